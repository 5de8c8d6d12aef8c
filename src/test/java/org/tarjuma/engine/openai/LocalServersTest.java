package org.tarjuma.engine.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarjuma.engine.EngineException;
import org.tarjuma.engine.EngineResult;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.EngineTesting;
import org.tarjuma.engine.TranslationEngine;
import org.tarjuma.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chat engine against answers shaped like those of the local servers: Ollama, llama.cpp's
 * llama-server and vLLM (fixtures under engine/openai/&lt;server&gt;/), keyless as they run.
 */
class LocalServersTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String[] SENT = {"ISPR said on Monday.", "The talks ended."};
  private static final List<String> URDU =
      List.of("آئی ایس پی آر نے پیر کو کہا۔", "مذاکرات ختم ہو گئے۔");

  private WireMockServer wiremock;

  @BeforeEach
  void start() {
    wiremock = new WireMockServer(options().dynamicPort());
    wiremock.start();
  }

  @AfterEach
  void stop() {
    wiremock.stop();
  }

  private TranslationEngine engine() {
    return engine("http://localhost:" + wiremock.port());
  }

  private TranslationEngine engine(String baseUrl) {
    EngineSettings settings =
        EngineSettings.builder("openai")
            .baseUrl(baseUrl)
            .model("qwen3:14b")
            .timeout(Duration.ofSeconds(10))
            .maxConcurrency(1)
            .build();
    return new ChatEngineFactory(Fixtures.LANGUAGES).create("local", settings);
  }

  private static ResponseDefinitionBuilder answer(int status, String fixture) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(Fixtures.resource("/engine/openai/" + fixture));
  }

  private EngineResult translate(TranslationEngine engine) {
    return engine.translate(EngineTesting.request("ur", SENT));
  }

  private List<JsonNode> bodies() {
    return wiremock.getAllServeEvents().reversed().stream()
        .map(e -> JSON.readTree(e.getRequest().getBodyAsString()))
        .toList();
  }

  /**
   * Each server's answer gives the two translations and none of the drafts in the thinking (a think
   * block, one the template opened, reasoning_content, reasoning), with or without usage; billed
   * are the characters sent.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "ollama/translate-ur.json",
        "ollama/think-in-content-ur.json",
        "ollama/reasoning-ur.json",
        "ollama/no-usage-ur.json",
        "llamacpp/translate-ur.json",
        "llamacpp/reasoning-content-ur.json",
        "llamacpp/think-unopened-ur.json",
        "vllm/translate-ur.json",
        "vllm/reasoning-ur.json"
      })
  void readsTheAnswerNotTheThinking(String fixture) {
    wiremock.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(answer(200, fixture)));

    EngineResult result = translate(engine());

    assertThat(result.translations())
        .extracting(EngineResult.Translated::itemId, EngineResult.Translated::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", URDU.get(0)),
            org.assertj.core.groups.Tuple.tuple("2", URDU.get(1)));
    assertThat(result.billedCharacters()).isEqualTo(SENT[0].length() + SENT[1].length());
    assertThat(bodies()).hasSize(1);
  }

  /** The request asks for a JSON schema: every number sent a required string, nothing else. */
  @Test
  void asksForASchemaOfTheNumbers() {
    wiremock.stubFor(
        post(urlPathEqualTo("/v1/chat/completions"))
            .willReturn(answer(200, "ollama/translate-ur.json")));

    translate(engine());

    JsonNode format = bodies().getFirst().get("response_format");
    assertThat(format.get("type").asString()).isEqualTo("json_schema");
    JsonNode schema = format.at("/json_schema/schema");
    assertThat(format.at("/json_schema/name").asString()).isEqualTo("translations");
    assertThat(schema.get("required").valueStream().map(JsonNode::asString))
        .containsExactly("1", "2");
    assertThat(schema.at("/properties/2/type").asString()).isEqualTo("string");
    assertThat(schema.get("properties").properties()).hasSize(2);
    assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
  }

  /**
   * A server that refuses the schema (llama.cpp's 500, vLLM's 400) is asked again at once without
   * it, and never sent it again.
   */
  @ParameterizedTest
  @CsvSource({"500, llamacpp/error-500-response-format.json", "400, vllm/error-400-schema.json"})
  void aServerRefusingTheSchemaIsAskedWithoutIt(int status, String refusal) {
    wiremock.stubFor(
        post(urlPathEqualTo("/v1/chat/completions"))
            .atPriority(5)
            .willReturn(answer(200, "llamacpp/translate-ur.json")));
    wiremock.stubFor(
        post(urlPathEqualTo("/v1/chat/completions"))
            .withRequestBody(matchingJsonPath("$.response_format"))
            .atPriority(1)
            .willReturn(answer(status, refusal)));
    TranslationEngine engine = engine();

    assertThat(translate(engine).translations())
        .extracting(EngineResult.Translated::text)
        .containsExactlyElementsOf(URDU);
    assertThat(translate(engine).translations()).hasSize(2);

    assertThat(bodies()).hasSize(3);
    assertThat(bodies().get(0).has("response_format")).isTrue();
    assertThat(bodies().get(1).has("response_format")).isFalse();
    assertThat(bodies().get(2).has("response_format")).isFalse();
  }

  /** An error that is not about the schema fails as it is, with no second request. */
  @ParameterizedTest
  @CsvSource({"404, ollama/error-404-model.json", "400, error-400-context.json"})
  void otherErrorsAreNotTakenForARefusedSchema(int status, String error) {
    wiremock.stubFor(
        post(urlPathEqualTo("/v1/chat/completions")).willReturn(answer(status, error)));

    assertThatThrownBy(() -> translate(engine()))
        .isInstanceOfSatisfying(
            EngineException.class,
            e -> assertThat(e.failure()).isEqualTo(EngineException.Failure.REJECTED));
    assertThat(bodies()).hasSize(1);
    assertThat(bodies().getFirst().has("response_format")).isTrue();
  }

  /**
   * A model that spent its tokens thinking (vLLM: content null, finish_reason length) answered
   * nothing: asked again, then a retryable failure; the draft in its reasoning is never taken.
   */
  @Test
  void aModelThatOnlyThoughtAnsweredNothing() {
    wiremock.stubFor(
        post(urlPathEqualTo("/v1/chat/completions"))
            .willReturn(answer(200, "vllm/reasoning-only.json")));

    assertThatThrownBy(() -> translate(engine()))
        .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.retryable()).isTrue());
    assertThat(bodies()).hasSize(3);
  }

  /** A base URL copied with /v1 from a server's documentation is not doubled. */
  @Test
  void aBaseUrlEndingInV1IsNotDoubled() {
    wiremock.stubFor(
        post(urlPathEqualTo("/v1/chat/completions"))
            .willReturn(answer(200, "ollama/translate-ur.json")));

    EngineResult result =
        engine("http://localhost:" + wiremock.port() + "/v1/")
            .translate(EngineTesting.request("ur", SENT));

    assertThat(result.translations()).hasSize(2);
    assertThat(wiremock.getAllServeEvents().getFirst().getRequest().getUrl())
        .isEqualTo("/v1/chat/completions");
  }
}
