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
    return EngineSettings.builder("google")
        .baseUrl(baseUrl())
        .key(SECRET)
        .project("tarjuma-news")
        .location(glossary == null ? null : "us-central1")
        .glossary(glossary)
        .timeout(TIMEOUT)
        .maxConcurrency(4)
        .build();
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
  void mintsTokensFromAServiceAccountKeyAndReusesThem(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + java.util.Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    var key = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
    key.put("type", "service_account");
    key.put("project_id", "tarjuma-news");
    key.put("private_key_id", "k1");
    key.put("private_key", pem);
    key.put("client_email", "translator@tarjuma-news.iam.gserviceaccount.com");
    key.put("client_id", "1");
    key.put("token_uri", baseUrl() + "/token");
    java.nio.file.Path file = dir.resolve("sa.json");
    java.nio.file.Files.writeString(file, key.toString());
    wiremock.stubFor(
        post(urlPathEqualTo("/token"))
            .withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.containing(
                    "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer"))
            .willReturn(
                json(
                    200,
                    "{\"access_token\": \"ya29.minted\", \"expires_in\": 3600, \"token_type\": \"Bearer\"}")));
    wiremock.stubFor(
        post(urlPathEqualTo("/v3/projects/tarjuma-news/locations/global:translateText"))
            .withHeader("Authorization", equalTo("Bearer ya29.minted"))
            .willReturn(ok()));
    EngineSettings settings =
        EngineSettings.builder("google")
            .baseUrl(baseUrl())
            .project("tarjuma-news")
            .timeout(TIMEOUT)
            .maxConcurrency(4)
            .credentials(file.toString())
            .build();
    GoogleEngineFactory factory = new GoogleEngineFactory(Fixtures.LANGUAGES);
    assertThat(factory.problems("google", settings)).isEmpty();
    TranslationEngine engine = factory.create("google", settings);

    try {
      engine.translate(request());
    } catch (RuntimeException e) {
      wiremock
          .getAllServeEvents()
          .forEach(
              ev ->
                  System.out.println(
                      "DEBUG "
                          + ev.getRequest().getUrl()
                          + " "
                          + ev.getRequest().getHeader("Authorization")
                          + " "
                          + ev.getRequest().getBodyAsString()));
      throw e;
    }
    engine.translate(request());

    assertThat(
            wiremock
                .countRequestsMatching(
                    com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                            urlPathEqualTo("/token"))
                        .build())
                .getCount())
        .isEqualTo(1);
  }

  @Test
  void anUnreadableServiceAccountKeyStopsTheStart() {
    EngineSettings settings =
        EngineSettings.builder("google")
            .baseUrl(baseUrl())
            .project("p")
            .credentials("/nonexistent/sa.json")
            .build();
    assertThatThrownBy(() -> new GoogleEngineFactory(Fixtures.LANGUAGES).create("g", settings))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "tarjuma.engines.g.credentials: /nonexistent/sa.json is not a readable Google"
                + " service-account key (NoSuchFileException)");
  }

  @Test
  void aGlossaryNeedsARegion() {
    EngineSettings settings =
        EngineSettings.builder("google")
            .baseUrl(baseUrl())
            .key(SECRET)
            .project("p")
            .glossary("afpak")
            .build();
    assertThat(new GoogleEngineFactory(Fixtures.LANGUAGES).problems("g", settings))
        .containsExactly(
            "tarjuma.engines.g.location must be a region such as us-central1 when a glossary is set");
  }
}
