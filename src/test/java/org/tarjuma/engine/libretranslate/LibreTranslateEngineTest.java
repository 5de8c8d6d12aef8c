package org.tarjuma.engine.libretranslate;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarjuma.engine.EngineException;
import org.tarjuma.engine.EngineRequest;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.EngineTesting;
import org.tarjuma.engine.ProviderContract;
import org.tarjuma.engine.TranslationEngine;
import org.tarjuma.testing.Fixtures;

class LibreTranslateEngineTest extends ProviderContract {

  @BeforeEach
  void servesLanguages() {
    wiremock.stubFor(
        get(urlPathEqualTo("/languages"))
            .willReturn(json(200, recorded("libretranslate/languages.json"))));
  }

  @Override
  protected EngineSettings settings() {
    return EngineSettings.builder("libretranslate")
        .baseUrl(baseUrl())
        .key(SECRET)
        .timeout(TIMEOUT)
        .maxConcurrency(4)
        .build();
  }

  @Override
  protected TranslationEngine engine() {
    return new LibreTranslateEngineFactory(Fixtures.LANGUAGES).create("libre", settings());
  }

  @Override
  protected MappingBuilder endpoint() {
    return post(urlPathEqualTo("/translate"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(matchingJsonPath("$.api_key", equalTo(SECRET)));
  }

  @Override
  protected ResponseDefinitionBuilder ok() {
    return json(200, recorded("libretranslate/translate-ur.json"));
  }

  @Override
  protected ResponseDefinitionBuilder throttled() {
    return json(429, recorded("libretranslate/error-429.json"));
  }

  @Override
  protected ResponseDefinitionBuilder badKey() {
    return json(403, recorded("libretranslate/error-403-key.json"));
  }

  @Override
  protected ResponseDefinitionBuilder quotaExhausted() {
    return json(403, recorded("libretranslate/error-403-banned.json"));
  }

  @Override
  protected ResponseDefinitionBuilder fewerItems() {
    return json(200, recorded("libretranslate/fewer.json"));
  }

  @Test
  void learnsFromTheServerThatOnlyUrduIsServed() {
    assertThat(engine().capabilities().languages()).containsOnlyKeys("ur");
  }

  @Test
  void sendsQAsAnArray() {
    wiremock.stubFor(
        endpoint()
            .withRequestBody(
                equalToJson(
                    "{\"q\": [\"ISPR said on Monday.\", \"The talks ended.\"], \"source\": \"en\","
                        + " \"target\": \"ur\", \"format\": \"text\", \"api_key\": \""
                        + SECRET
                        + "\"}"))
            .willReturn(ok()));
    assertThat(engine().translate(request()).translations()).hasSize(2);
  }

  @Test
  void htmlGoesWithFormatHtml() {
    wiremock.stubFor(
        endpoint().withRequestBody(matchingJsonPath("$.format", equalTo("html"))).willReturn(ok()));
    var request =
        new EngineRequest(
            "en",
            java.util.List.of("ur"),
            EngineRequest.TextType.HTML,
            java.util.List.of(
                new EngineRequest.Item("1", "<span class=\"t1\">ISPR</span> said."),
                new EngineRequest.Item("2", "The talks ended.")));
    assertThat(engine().translate(request).translations()).hasSize(2);
  }

  @Test
  void keepsMaskingPlaceholdersIntact() {
    String masked = "⟦1⟧ said an attack near the ⟦2⟧ killed 12 soldiers.";
    wiremock.stubFor(
        endpoint()
            .withRequestBody(matchingJsonPath("$.q[0]", equalTo(masked)))
            .willReturn(json(200, recorded("libretranslate/masked-ur.json"))));
    assertThat(
            engine()
                .translate(EngineTesting.request("ur", masked))
                .translations()
                .getFirst()
                .text())
        .contains("⟦1⟧", "⟦2⟧", "12");
  }

  @Test
  void unsupportedTargetIsSaidSo() {
    wiremock.stubFor(
        endpoint().willReturn(json(400, recorded("libretranslate/error-400-ps.json"))));
    assertThatThrownBy(() -> engine().translate(request()))
        .isInstanceOfSatisfying(
            EngineException.class,
            e -> assertThat(e.failure()).isEqualTo(EngineException.Failure.UNSUPPORTED_LANGUAGE));
  }

  @Test
  void aServerThatCannotTellItsLanguagesStopsTheStart() {
    wiremock.resetAll();
    wiremock.stubFor(get(urlPathEqualTo("/languages")).willReturn(json(500, "{\"error\":\"x\"}")));
    assertThatThrownBy(this::engine)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("tarjuma.engines.libre: could not read the languages of");
  }
}
