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
 * Glossary terms put into sentences in the form their grammar needs, once per mechanism, against
 * WireMock engines answering with real target sentences: Azure's dictionary for Urdu (the inserted
 * form inflected before a postposition), DeepL's masking for Pashto (each placeholder's form chosen
 * from the words around it), a chat model for Dari (its own inflected forms accepted, unflagged,
 * without a second request).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:inflected;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.resilience.initial-backoff=10ms"
    })
class InflectedTermsApiTest {

  static final WireMockServer WIREMOCK = new WireMockServer(options().dynamicPort());

  static {
    WIREMOCK.start();
  }

  @DynamicPropertySource
  static void engines(DynamicPropertyRegistry registry) {
    String base = "http://localhost:" + WIREMOCK.port();
    registry.add("tarjuma.engines.azure.type", () -> "azure");
    registry.add("tarjuma.engines.azure.base-url", () -> base);
    registry.add("tarjuma.engines.azure.key", () -> "azure-key-inflected");
    registry.add("tarjuma.engines.azure.region", () -> "westeurope");
    registry.add("tarjuma.engines.deepl.type", () -> "deepl");
    registry.add("tarjuma.engines.deepl.base-url", () -> base);
    registry.add("tarjuma.engines.deepl.key", () -> "deepl-key-inflected:fx");
    registry.add("tarjuma.engines.chat.type", () -> "openai");
    registry.add("tarjuma.engines.chat.base-url", () -> base);
    registry.add("tarjuma.engines.chat.model", () -> "qwen3:14b");
    registry.add("tarjuma.routing.ur", () -> "azure");
    registry.add("tarjuma.routing.ps", () -> "deepl");
    registry.add("tarjuma.routing.prs", () -> "chat");
  }

  @AfterAll
  static void stop() {
    WIREMOCK.stop();
  }

  @LocalServerPort int port;

  @BeforeEach
  void reset() {
    WIREMOCK.resetAll();
  }

  private JsonNode translate(String text, String lang) {
    HttpResponse<String> response =
        new ApiClient(port)
            .send(
                HttpRequest.newBuilder(new ApiClient(port).uri("/api/v1/translate"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"text\": \""
                                + text
                                + "\", \"format\": \"text\", \"source\": \"en\", \"targets\": [\""
                                + lang
                                + "\"]}"))
                    .build());
    assertThat(response.statusCode()).isEqualTo(200);
    return ApiClient.json(response).get("translations").get(lang);
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }

  /** Azure inserts the form it was given; before کے the sentence gets the oblique حملے. */
  @Test
  void azureDictionaryFormIsInflectedBeforeAPostposition() {
    WIREMOCK.stubFor(
        post(urlPathEqualTo("/translate"))
            .withQueryParam("to", equalTo("ur"))
            .willReturn(json(Fixtures.resource("/engine/azure/inflected-ur.json"))));

    JsonNode ur = translate("The army chief spoke about the drone strike in Kandahar.", "ur");

    assertThat(ur.get("text").asString())
        .isEqualTo("آرمی چیف نے قندھار میں ڈرون حملے کے بارے میں بات کی۔");
    assertThat(ur.get("segments").get(0).get("flags")).isEmpty();
    WIREMOCK.verify(
        1,
        postRequestedFor(urlPathEqualTo("/translate"))
            .withRequestBody(containing("mstrans:dictionary translation=\\\"ڈرون حملہ\\\"")));
  }

  /**
   * DeepL gets placeholders; each comes back in the form the Pashto around it needs: oblique after
   * له (ملګرو ملتونو, خبرو اترو, ډیورنډ کرښې), the plural کډوال for "refugees".
   */
  @Test
  void maskedTermsComeBackInTheCaseAndNumberTheSentenceNeeds() {
    WIREMOCK.stubFor(
        post(urlPathEqualTo("/v2/translate"))
            .withRequestBody(matchingJsonPath("$.target_lang", equalTo("PS")))
            .withRequestBody(matchingJsonPath("$.text[0]", containing("⟦4⟧")))
            .willReturn(json(Fixtures.resource("/engine/deepl/inflected-ps.json"))));

    JsonNode ps =
        translate("Refugees crossed the Durand Line after talks with the United Nations.", "ps");

    assertThat(ps.get("text").asString())
        .isEqualTo("کډوال له ملګرو ملتونو سره له خبرو اترو وروسته له ډیورنډ کرښې واوښتل.");
    assertThat(ps.get("segments").get(0).get("flags")).isEmpty();
    WIREMOCK.verify(
        1,
        postRequestedFor(urlPathEqualTo("/v2/translate"))
            .withRequestBody(
                matchingJsonPath(
                    "$.text[0]", equalTo("⟦1⟧ crossed the ⟦2⟧ after ⟦3⟧ with the ⟦4⟧."))));
  }

  /**
   * A chat model told the forms and their inflections answers with حملات دقیق and پناهگاه‌های امن:
   * matched as the entries' forms, shipped as written, no second request.
   */
  @Test
  void aChatModelsInflectedFormsShipUnchangedAndUnflagged() {
    WIREMOCK.stubFor(
        post(urlPathEqualTo("/v1/chat/completions"))
            .willReturn(json(Fixtures.resource("/engine/openai/inflected-prs.json"))));

    JsonNode prs =
        translate(
            "Pakistan said its precision strikes hit militant safe havens in Afghanistan.", "prs");

    assertThat(prs.get("text").asString())
        .isEqualTo(
            "پاکستان گفت که حملات دقیق آن پناهگاه‌های امن جنگجویان را در افغانستان هدف قرار داد.");
    assertThat(prs.get("segments").get(0).get("flags")).isEmpty();
    assertThat(WIREMOCK.getAllServeEvents()).hasSize(1);
    String body = WIREMOCK.getAllServeEvents().getFirst().getRequest().getBodyAsString();
    assertThat(body)
        .contains("حملات دقیق", "پناهگاه‌های امن", "in the grammatical form the sentence needs");
  }
}
