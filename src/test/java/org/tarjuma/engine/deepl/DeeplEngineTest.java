package org.tarjuma.engine.deepl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.Test;
import org.tarjuma.engine.EngineException;
import org.tarjuma.engine.EngineResult;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.EngineTesting;
import org.tarjuma.engine.ProviderContract;
import org.tarjuma.engine.TranslationEngine;
import org.tarjuma.testing.Fixtures;

class DeeplEngineTest extends ProviderContract {

  @Override
  protected EngineSettings settings() {
    return EngineSettings.builder("deepl")
        .baseUrl(baseUrl())
        .key(SECRET)
        .timeout(TIMEOUT)
        .maxConcurrency(4)
        .build();
  }

  @Override
  protected TranslationEngine engine() {
    return new DeeplEngineFactory(Fixtures.LANGUAGES).create("deepl", settings());
  }

  @Override
  protected MappingBuilder endpoint() {
    return post(urlPathEqualTo("/v2/translate"))
        .withHeader("Authorization", equalTo("DeepL-Auth-Key " + SECRET))
        .withHeader("Content-Type", equalTo("application/json"))
        .withHeader("User-Agent", equalTo("Tarjuma/0.1"));
  }

  @Override
  protected ResponseDefinitionBuilder ok() {
    return json(200, recorded("deepl/translate-ur.json"));
  }

  @Override
  protected ResponseDefinitionBuilder throttled() {
    return aResponse().withStatus(429);
  }

  @Override
  protected ResponseDefinitionBuilder badKey() {
    return aResponse().withStatus(403);
  }

  @Override
  protected ResponseDefinitionBuilder quotaExhausted() {
    return json(456, recorded("deepl/error-456.json"));
  }

  @Override
  protected ResponseDefinitionBuilder fewerItems() {
    return json(200, recorded("deepl/fewer.json"));
  }

  @Test
  void sendsTextsWithUpperCaseCodesAndCountsBilledCharacters() {
    wiremock.stubFor(
        endpoint()
            .withRequestBody(
                equalToJson(
                    "{\"text\": [\"ISPR said on Monday.\", \"The talks ended.\"],"
                        + " \"source_lang\": \"EN\", \"target_lang\": \"UR\","
                        + " \"show_billed_characters\": true}"))
            .willReturn(ok()));
    EngineResult result = engine().translate(request());
    assertThat(result.translations())
        .extracting(EngineResult.Translated::text)
        .containsExactly("آئی ایس پی آر نے پیر کو کہا۔", "مذاکرات ختم ہو گئے۔");
    assertThat(result.billedCharacters()).isEqualTo(36);
  }

  @Test
  void dariGoesAsPrs() {
    wiremock.stubFor(
        endpoint()
            .withRequestBody(matchingJsonPath("$.target_lang", equalTo("PRS")))
            .willReturn(ok()));
    assertThat(engine().translate(EngineTesting.request("prs", "a", "b")).translations())
        .allSatisfy(t -> assertThat(t.target()).isEqualTo("prs"));
  }

  @Test
  void keepsMaskingPlaceholdersIntact() {
    String masked = "⟦1⟧ said an attack near the ⟦2⟧ killed 12 soldiers.";
    wiremock.stubFor(
        endpoint()
            .withRequestBody(matchingJsonPath("$.text[0]", equalTo(masked)))
            .willReturn(json(200, recorded("deepl/masked-ur.json"))));
    String text =
        engine().translate(EngineTesting.request("ur", masked)).translations().getFirst().text();
    assertThat(text).contains("⟦1⟧", "⟦2⟧", "12");
  }

  @Test
  void missingTargetLanguageIsUnsupported() {
    wiremock.stubFor(endpoint().willReturn(json(400, recorded("deepl/error-400-target.json"))));
    assertThatThrownBy(() -> engine().translate(request()))
        .isInstanceOfSatisfying(
            EngineException.class,
            e -> assertThat(e.failure()).isEqualTo(EngineException.Failure.UNSUPPORTED_LANGUAGE));
  }

  @Test
  void aFreeKeyWithTheProAddressIsCaughtAtStart() {
    EngineSettings settings = EngineSettings.of("deepl", "https://api.deepl.com", "abc:fx");
    assertThat(new DeeplEngineFactory(Fixtures.LANGUAGES).problems("deepl", settings))
        .containsExactly(
            "tarjuma.engines.deepl.base-url: a DeepL Free key (ending in :fx) works only with"
                + " https://api-free.deepl.com");
    assertThat(
            new DeeplEngineFactory(Fixtures.LANGUAGES)
                .problems(
                    "deepl", EngineSettings.of("deepl", "https://api-free.deepl.com", "abc:fx")))
        .isEmpty();
  }

  @Test
  void limitsAreFiftyTextsAndUnder128KiB() {
    var limits = engine().capabilities().limits();
    assertThat(limits.maxItems()).isEqualTo(50);
    assertThat(limits.maxBytes()).isLessThan(128 * 1024);
    assertThat(engine().capabilities().glossary())
        .isEqualTo(org.tarjuma.engine.Capabilities.GlossaryMechanism.MASKING);
  }
}
