package org.tarjuma.engine.google;

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
import org.tarjuma.engine.Capabilities;
import org.tarjuma.engine.EngineException;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.EngineTesting;
import org.tarjuma.engine.ProviderContract;
import org.tarjuma.engine.TranslationEngine;
import org.tarjuma.testing.Fixtures;

class GoogleEngineTest extends ProviderContract {

  private String glossary;

  @Override
  protected EngineSettings settings() {
    return new EngineSettings(
        "google",
        baseUrl(),
        SECRET,
        null,
        null,
        "tarjuma-news",
        glossary == null ? null : "us-central1",
        null,
        glossary,
        TIMEOUT,
        4,
        null,
        null,
        null);
  }

  @Override
  protected TranslationEngine engine() {
    return new GoogleEngineFactory(Fixtures.LANGUAGES).create("google", settings());
  }

  @Override
  protected MappingBuilder endpoint() {
    return post(urlPathEqualTo("/v3/projects/tarjuma-news/locations/global:translateText"))
        .withHeader("Authorization", equalTo("Bearer " + SECRET))
        .withHeader("x-goog-user-project", equalTo("tarjuma-news"));
  }

  @Override
  protected ResponseDefinitionBuilder ok() {
    return json(200, recorded("google/translate-ur.json"));
  }

  @Override
  protected ResponseDefinitionBuilder throttled() {
    return json(429, recorded("google/error-429.json"));
  }

  @Override
  protected ResponseDefinitionBuilder badKey() {
    return json(401, recorded("google/error-401.json"));
  }

  @Override
  protected ResponseDefinitionBuilder quotaExhausted() {
    return json(403, recorded("google/error-403-daily.json"));
  }

  @Override
  protected ResponseDefinitionBuilder fewerItems() {
    return json(200, recorded("google/fewer.json"));
  }

  @Test
  void sendsContentsWithPlainMimeType() {
    wiremock.stubFor(
        endpoint()
            .withRequestBody(
                equalToJson(
                    "{\"contents\": [\"ISPR said on Monday.\", \"The talks ended.\"],"
                        + " \"mimeType\": \"text/plain\", \"sourceLanguageCode\": \"en\","
                        + " \"targetLanguageCode\": \"ur\"}"))
            .willReturn(ok()));
    assertThat(engine().translate(request()).translations()).hasSize(2);
  }

  @Test
  void dariGoesAsFaAfAndKeepsPlaceholders() {
    String masked = "⟦1⟧ said an attack near the ⟦2⟧ killed 12 soldiers.";
    wiremock.stubFor(
        endpoint()
            .withRequestBody(matchingJsonPath("$.targetLanguageCode", equalTo("fa-AF")))
            .withRequestBody(matchingJsonPath("$.contents[0]", equalTo(masked)))
            .willReturn(json(200, recorded("google/masked-prs.json"))));
    String text =
        engine().translate(EngineTesting.request("prs", masked)).translations().getFirst().text();
    assertThat(text).contains("⟦1⟧", "⟦2⟧", "۱۲");
  }

  @Test
  void aConfiguredGlossaryIsNamedAndItsTranslationsUsed() {
    glossary = "afpak";
    wiremock.stubFor(
        post(urlPathEqualTo("/v3/projects/tarjuma-news/locations/us-central1:translateText"))
            .withRequestBody(
                matchingJsonPath(
                    "$.glossaryConfig.glossary",
                    equalTo("projects/tarjuma-news/locations/us-central1/glossaries/afpak")))
            .willReturn(json(200, recorded("google/glossary-ur.json"))));
    TranslationEngine engine = engine();
    assertThat(engine.capabilities().glossary()).isEqualTo(Capabilities.GlossaryMechanism.RESOURCE);
    assertThat(engine.translate(request()).translations().get(1).text())
        .isEqualTo("مذاکرات ختم ہو گئے۔");
  }

  @Test
  void rateLimitAsForbiddenIsRetryable() {
    wiremock.stubFor(endpoint().willReturn(json(403, recorded("google/error-403-rate.json"))));
    assertThatThrownBy(() -> engine().translate(request()))
        .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.retryable()).isTrue());
  }

  @Test
  void invalidLanguageIsUnsupported() {
    wiremock.stubFor(endpoint().willReturn(json(400, recorded("google/error-400-language.json"))));
    assertThatThrownBy(() -> engine().translate(request()))
        .isInstanceOfSatisfying(
            EngineException.class,
            e -> assertThat(e.failure()).isEqualTo(EngineException.Failure.UNSUPPORTED_LANGUAGE));
  }

  @Test
  void aGlossaryNeedsARegion() {
    EngineSettings settings =
        new EngineSettings(
            "google", baseUrl(), SECRET, null, null, "p", null, null, "afpak", null, null, null,
            null, null);
    assertThat(new GoogleEngineFactory(Fixtures.LANGUAGES).problems("g", settings))
        .containsExactly(
            "tarjuma.engines.g.location must be a region such as us-central1 when a glossary is set");
  }
}
