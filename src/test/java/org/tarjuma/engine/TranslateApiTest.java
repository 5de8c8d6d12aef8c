package org.tarjuma.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.testing.ApiClient.assertProblem;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.Fixtures;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/translate} and {@code GET /api/v1/usage} against WireMock engines: Azure for
 * Urdu (dynamic dictionary), DeepL for Pashto and Dari (masking), DeepL as Urdu's fallback.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:translate;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "management.endpoints.web.exposure.include=health,configprops,env,metrics",
      "tarjuma.resilience.initial-backoff=10ms"
    })
class TranslateApiTest {

  static final String AZURE_KEY = "azure-key-7c1d9e0b3f";
  static final String DEEPL_KEY = "deepl-key-4a8b2c:fx";
  static final String SENTENCE = "ISPR said an attack near the Durand Line killed 12 soldiers.";
  static final WireMockServer WIREMOCK = new WireMockServer(options().dynamicPort());

  static {
    WIREMOCK.start();
  }

  @DynamicPropertySource
  static void engines(DynamicPropertyRegistry registry) {
    String base = "http://localhost:" + WIREMOCK.port();
    registry.add("tarjuma.engines.azure.type", () -> "azure");
    registry.add("tarjuma.engines.azure.base-url", () -> base);
    registry.add("tarjuma.engines.azure.key", () -> AZURE_KEY);
    registry.add("tarjuma.engines.azure.region", () -> "westeurope");
    registry.add("tarjuma.engines.azure.price-per-million-chars", () -> "10.00");
    registry.add("tarjuma.engines.deepl.type", () -> "deepl");
    registry.add("tarjuma.engines.deepl.base-url", () -> base);
    registry.add("tarjuma.engines.deepl.key", () -> DEEPL_KEY);
    registry.add("tarjuma.engines.deepl.price-per-million-chars", () -> "25.00");
    registry.add("tarjuma.routing.ur", () -> "azure,deepl");
    registry.add("tarjuma.routing.ps", () -> "deepl");
    registry.add("tarjuma.routing.prs", () -> "deepl");
  }

  @AfterAll
  static void stop() {
    WIREMOCK.stop();
  }

  @LocalServerPort int port;

  ApiClient api() {
    return new ApiClient(port);
  }

  @BeforeEach
  void stubs() {
    WIREMOCK.resetAll();
    WIREMOCK.stubFor(
        post(urlPathEqualTo("/translate"))
            .withQueryParam("to", equalTo("ur"))
            .withRequestBody(containing("mstrans:dictionary translation=\\\"ڈیورنڈ لائن\\\""))
            .willReturn(json(Fixtures.resource("/engine/azure/dictionary-ur.json"))));
    for (String lang : new String[] {"ps", "prs"}) {
      WIREMOCK.stubFor(
          post(urlPathEqualTo("/v2/translate"))
              .withRequestBody(matchingJsonPath("$.target_lang", equalTo(lang.toUpperCase())))
              .withRequestBody(matchingJsonPath("$.text[0]", containing("⟦2⟧")))
              .willReturn(json(Fixtures.resource("/engine/deepl/masked-" + lang + ".json"))));
    }
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }

  private HttpResponse<String> translate(String body, String outlet) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api().uri("/api/v1/translate"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (outlet != null) {
      request.header("X-Tarjuma-Outlet", outlet);
    }
    return api().send(request.build());
  }

  @Test
  void translatesIntoUrduPashtoAndDariWithTheGlossaryForms() {
    long deeplBefore = characters("engines", "engine", "deepl");
    HttpResponse<String> response =
        translate(
            "{\"text\": \""
                + SENTENCE
                + "\", \"format\": \"text\", \"source\": \"en\","
                + " \"targets\": [\"ur\", \"ps\", \"prs\"]}",
            "dawn");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode translations = ApiClient.json(response).get("translations");
    assertThat(translations.get("ur").get("text").asString())
        .isEqualTo("آئی ایس پی آر نے کہا کہ ڈیورنڈ لائن کے قریب ایک حملے میں 12 فوجی ہلاک ہو گئے۔");
    // DeepL wrote 12; the outlet's Pashto digits are Eastern (the default), so ۱۲.
    assertThat(translations.get("ps").get("text").asString())
        .isEqualTo("آی اېس پي آر وویل چې ډیورنډ کرښې ته نږدې په یوه برید کې ۱۲ سرتیري ووژل شول.");
    assertThat(translations.get("prs").get("text").asString())
        .isEqualTo("آی اس پی آر گفت که در حمله\u200Cای در نزدیکی خط دیورند ۱۲ سرباز کشته شدند.");
    JsonNode ur = translations.get("ur").get("segments").get(0);
    assertThat(ur.get("id").asString()).hasSize(16);
    assertThat(ur.get("source").asString()).isEqualTo(SENTENCE);
    assertThat(ur.get("engine").asString()).isEqualTo("azure");
    assertThat(ur.get("flags")).isEmpty();
    assertThat(translations.get("ps").get("segments").get(0).get("engine").asString())
        .isEqualTo("deepl");

    // DeepL's billed_characters: 54 for Pashto, 54 for Dari; Azure: the marked-up text, once.
    assertThat(characters("engines", "engine", "deepl") - deeplBefore).isEqualTo(108);
    assertThat(characters("outlets", "outlet", "dawn")).isGreaterThan(108);
    assertThat(ApiClient.json(api().get("/api/v1/usage")).get("since").asString()).isNotBlank();
  }

  private long characters(String list, String field, String name) {
    JsonNode usage = ApiClient.json(api().get("/api/v1/usage"));
    return usage
        .get(list)
        .valueStream()
        .filter(e -> e.get(field).asString().equals(name))
        .mapToLong(e -> e.get("characters").asLong())
        .sum();
  }

  @Test
  void costIsCharactersTimesThePrice() {
    translate(
        "{\"text\": \""
            + "ISPR said a fourth attack near the Durand Line killed 12 soldiers."
            + "\", \"targets\": [\"prs\"]}",
        "tolo");
    JsonNode tolo =
        ApiClient.json(api().get("/api/v1/usage"))
            .get("outlets")
            .valueStream()
            .filter(o -> o.get("outlet").asString().equals("tolo"))
            .findFirst()
            .orElseThrow();
    assertThat(tolo.get("characters").asLong()).isEqualTo(54);
    assertThat(tolo.get("cost").decimalValue()).isEqualByComparingTo("0.00135"); // 54 × 25 / 10⁶
  }

  @Test
  void urduFallsBackToDeeplWhenAzureRefusesTheKey() {
    WIREMOCK.stubFor(
        post(urlPathEqualTo("/translate"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.resource("/engine/azure/error-401000.json"))));
    WIREMOCK.stubFor(
        post(urlPathEqualTo("/v2/translate"))
            .withRequestBody(matchingJsonPath("$.target_lang", equalTo("UR")))
            .willReturn(json(Fixtures.resource("/engine/deepl/masked-ur.json"))));

    JsonNode ur =
        ApiClient.json(
                translate(
                    "{\"text\": \""
                        + "ISPR said a second attack near the Durand Line killed 12 soldiers."
                        + "\", \"targets\": [\"ur\"]}",
                    null))
            .get("translations")
            .get("ur");

    assertThat(ur.get("segments").get(0).get("engine").asString()).isEqualTo("deepl");
    assertThat(ur.get("text").asString()).contains("آئی ایس پی آر", "ڈیورنڈ لائن");
    assertThat(ur.get("problems").get(0).asString())
        .startsWith("azure: Azure Translator answered HTTP 401: 401000")
        .doesNotContain(AZURE_KEY);
    WIREMOCK.verify(1, postRequestedFor(urlPathEqualTo("/translate")));
  }

  @Test
  void keepsTheSourceFormat() {
    WIREMOCK.stubFor(
        post(urlPathEqualTo("/v2/translate"))
            .withRequestBody(matchingJsonPath("$.text[0]", equalTo("News")))
            .withRequestBody(matchingJsonPath("$.text[1]", equalTo("<1>⟦1⟧</1> said so.")))
            .willReturn(
                json(
                    "{\"translations\": [{\"detected_source_language\": \"EN\", \"text\":"
                        + " \"خبرونه\"}, {\"detected_source_language\": \"EN\", \"text\":"
                        + " \"<1>⟦1⟧</1> وویل.\"}]}")));
    JsonNode ps =
        ApiClient.json(
                translate(
                    "{\"text\": \"# News\\n\\n**ISPR** said so.\\n\", \"format\": \"markdown\","
                        + " \"targets\": [\"ps\"]}",
                    null))
            .get("translations")
            .get("ps");
    WIREMOCK
        .getAllServeEvents()
        .forEach(e -> System.out.println("DEBUG " + e.getRequest().getBodyAsString() + " " + ps));
    assertThat(ps.get("text").asString()).isEqualTo("# خبرونه\n\n**آی اېس پي آر** وویل.\n");
    assertThat(ps.get("segments").get(1).get("source").asString())
        .isEqualTo("<1>ISPR</1> said so.");
    assertThat(ps.get("segments").get(1).get("flags")).isEmpty();
  }

  @Test
  void aSentenceIsPaidForOnceThenComesFromTheCache() {
    String body =
        "{\"text\": \"ISPR said a fifth attack near the Durand Line killed 12 soldiers.\","
            + " \"targets\": [\"ps\"]}";
    JsonNode first = ApiClient.json(translate(body, "dawn")).get("translations").get("ps");
    int calls = WIREMOCK.getAllServeEvents().size();
    JsonNode second = ApiClient.json(translate(body, "dawn")).get("translations").get("ps");

    assertThat(first.get("segments").get(0).get("origin").asString()).isEqualTo("engine");
    assertThat(first.get("billedCharacters").asLong()).isEqualTo(54);
    assertThat(second.get("segments").get(0).get("origin").asString()).isEqualTo("cache");
    assertThat(second.get("segments").get(0).get("engine").asString()).isEqualTo("deepl");
    assertThat(second.get("billedCharacters").asLong()).isZero();
    assertThat(second.get("text")).isEqualTo(first.get("text"));
    assertThat(WIREMOCK.getAllServeEvents()).hasSize(calls);
  }

  @Test
  void refusesMoreThanTenThousandCharactersPointingToJobs() {
    String text = "The day was long. ".repeat(600);
    assertProblem(
        translate("{\"text\": \"" + text + "\", \"targets\": [\"ur\"]}", null),
        413,
        "POST /api/v1/jobs");
  }

  @Test
  void badRequestsAreExplained() {
    assertProblem(translate("{\"text\": \" \", \"targets\": [\"ur\"]}", null), 400, "'text'");
    assertProblem(translate("{\"text\": \"Hi.\"}", null), 400, "prs, ps, ur");
    assertProblem(
        translate("{\"text\": \"Hi.\", \"source\": \"ur\", \"targets\": [\"ps\"]}", null),
        400,
        "from English");
    assertProblem(translate("{\"text\": \"Hi.\", \"targets\": [\"xx\"]}", null), 400, "xx");
  }

  @Test
  void secretsReachNoActuatorEndpoint() {
    for (String path :
        new String[] {"/actuator/configprops", "/actuator/env", "/actuator/health"}) {
      HttpResponse<String> response = api().get(path);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).doesNotContain(AZURE_KEY, DEEPL_KEY);
    }
    assertThat(api().get("/actuator/configprops").body()).contains("tarjuma.engines");
  }

  @Test
  void countsCharactersAsAMetric() {
    translate(
        "{\"text\": \""
            + "ISPR said a third attack near the Durand Line killed 12 soldiers."
            + "\", \"targets\": [\"ps\"]}",
        "khyber-news");
    JsonNode metric =
        ApiClient.json(
            api().get("/actuator/metrics/tarjuma.engine.characters?tag=outlet:khyber-news"));
    assertThat(metric.get("measurements").get(0).get("value").asDouble()).isEqualTo(54.0);
  }
}
