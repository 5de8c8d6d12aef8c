package org.tarjuma.engine.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarjuma.engine.EngineException;
import org.tarjuma.engine.EngineRequest;
import org.tarjuma.engine.EngineResult;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.EngineTesting;
import org.tarjuma.engine.ProviderContract;
import org.tarjuma.engine.TranslationEngine;
import org.tarjuma.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChatEngineTest extends ProviderContract {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  protected EngineSettings settings() {
    return EngineSettings.builder("openai")
        .baseUrl(baseUrl())
        .key(SECRET)
        .model("qwen3:14b")
        .timeout(TIMEOUT)
        .maxConcurrency(4)
        .build();
  }

  @Override
  protected TranslationEngine engine() {
    return new ChatEngineFactory(Fixtures.LANGUAGES).create("local-llm", settings());
  }

  @Override
  protected MappingBuilder endpoint() {
    return post(urlPathEqualTo("/v1/chat/completions"))
        .withHeader("Authorization", equalTo("Bearer " + SECRET))
        .withRequestBody(matchingJsonPath("$.model", equalTo("qwen3:14b")))
        .withRequestBody(matchingJsonPath("$.temperature", equalTo("0")));
  }

  @Override
  protected ResponseDefinitionBuilder ok() {
    return json(200, recorded("openai/translate-ur.json"));
  }

  @Override
  protected ResponseDefinitionBuilder throttled() {
    return json(429, recorded("openai/error-429.json"));
  }

  @Override
  protected ResponseDefinitionBuilder badKey() {
    return json(401, recorded("openai/error-401-vllm.json"));
  }

  @Override
  protected ResponseDefinitionBuilder quotaExhausted() {
    return json(429, recorded("openai/error-429-quota.json"));
  }

  @Override
  protected ResponseDefinitionBuilder fewerItems() {
    return json(200, recorded("openai/fewer.json"));
  }

  /** A chat model that drops an item is asked again for that item alone. */
  @Override
  protected void assertFewerItems(ResponseDefinitionBuilder fewer) {
    wiremock.stubFor(
        endpoint()
            .inScenario("drop")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(fewer)
            .willSetStateTo("again"));
    wiremock.stubFor(
        endpoint()
            .inScenario("drop")
            .whenScenarioStateIs("again")
            .willReturn(json(200, recorded("openai/second-only.json"))));

    EngineResult result = engine().translate(request());

    assertThat(result.translations())
        .extracting(EngineResult.Translated::itemId, EngineResult.Translated::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", "آئی ایس پی آر نے پیر کو کہا۔"),
            org.assertj.core.groups.Tuple.tuple("2", "مذاکرات ختم ہو گئے۔"));
    List<JsonNode> asked = userMessages();
    assertThat(asked).hasSize(2);
    assertThat(asked.get(1).properties()).hasSize(1);
    assertThat(asked.get(1).get("1").asString()).isEqualTo("The talks ended.");
  }

  @Test
  void sendsNumberedSegmentsAndTheGlossaryFormsInThePrompt() {
    wiremock.stubFor(endpoint().willReturn(json(200, recorded("openai/glossary-ps.json"))));
    EngineRequest.Item item =
        new EngineRequest.Item(
            "s1",
            "ISPR said an attack near the Durand Line killed 12 soldiers.",
            List.of(
                new EngineRequest.TermHint("ISPR", Map.of("ps", "آی اېس پي آر")),
                new EngineRequest.TermHint("Durand Line", Map.of("ps", "ډیورنډ کرښه"))),
            null);
    EngineResult result =
        engine()
            .translate(
                new EngineRequest(
                    "en", List.of("ps"), EngineRequest.TextType.PLAIN, List.of(item)));

    assertThat(result.translations().getFirst().text())
        .contains("آی اېس پي آر", "ډیورنډ کرښې", "12");
    JsonNode body =
        JSON.readTree(wiremock.getAllServeEvents().getFirst().getRequest().getBodyAsString());
    String system = body.at("/messages/0/content").asString();
    assertThat(body.at("/messages/0/role").asString()).isEqualTo("system");
    assertThat(system)
        .contains("Pashto (پښتو)", "ISPR → آی اېس پي آر", "Durand Line → ډیورنډ کرښه");
    assertThat(body.at("/stream").asBoolean()).isFalse();
    assertThat(userMessages().getFirst().get("1").asString()).isEqualTo(item.text());
  }

  @Test
  void asksAgainOnlyForTheItemInTheMiddleThatWasSkipped() {
    wiremock.stubFor(
        endpoint()
            .inScenario("skip")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(json(200, recorded("openai/three-missing-second.json")))
            .willSetStateTo("again"));
    wiremock.stubFor(
        endpoint()
            .inScenario("skip")
            .whenScenarioStateIs("again")
            .willReturn(json(200, recorded("openai/second-only.json"))));

    EngineResult result =
        engine()
            .translate(
                EngineTesting.request(
                    "ur", "The minister spoke.", "The talks ended.", "It ended."));

    assertThat(result.translations())
        .extracting(EngineResult.Translated::itemId)
        .containsExactlyInAnyOrder("1", "2", "3");
    assertThat(
            result.translations().stream()
                .filter(t -> t.itemId().equals("2"))
                .findFirst()
                .orElseThrow()
                .text())
        .isEqualTo("مذاکرات ختم ہو گئے۔");
    assertThat(userMessages().get(1).get("1").asString()).isEqualTo("The talks ended.");
  }

  @Test
  void anItemNeverAnsweredIsLeftForTheNextEngine() {
    wiremock.stubFor(
        endpoint()
            .inScenario("refuse")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(json(200, recorded("openai/three-missing-second.json")))
            .willSetStateTo("refusing"));
    wiremock.stubFor(
        endpoint()
            .inScenario("refuse")
            .whenScenarioStateIs("refusing")
            .willReturn(json(200, recorded("openai/refusal.json"))));

    EngineResult result =
        engine()
            .translate(
                EngineTesting.request(
                    "ur", "The minister spoke.", "The talks ended.", "It ended."));

    assertThat(result.translations())
        .extracting(EngineResult.Translated::itemId)
        .containsExactly("1", "3");
    assertThat(userMessages()).hasSize(3).allSatisfy(m -> assertThat(m).isNotNull());
    assertThat(userMessages().get(2).properties()).hasSize(1);
  }

  /** A key too long to be an item's number is passed over; the items numbered as sent are read. */
  @Test
  void aKeyTooLongForANumberIsPassedOver() {
    String content =
        "{\"1\": \"آئی ایس پی آر نے پیر کو کہا۔\", \"2\": \"مذاکرات ختم ہو گئے۔\","
            + " \"98765432109876543210\": \"x\"}";
    wiremock.stubFor(
        endpoint()
            .willReturn(
                json(
                    200,
                    JSON.writeValueAsString(
                        Map.of(
                            "choices",
                            List.of(
                                Map.of(
                                    "message",
                                    Map.of("role", "assistant", "content", content))))))));
    EngineResult result = engine().translate(request());
    assertThat(result.translations())
        .extracting(EngineResult.Translated::text)
        .containsExactly("آئی ایس پی آر نے پیر کو کہا۔", "مذاکرات ختم ہو گئے۔");
  }

  @Test
  void aModelThatNeverAnswersInJsonFailsRetryably() {
    wiremock.stubFor(endpoint().willReturn(json(200, recorded("openai/refusal.json"))));
    assertThatThrownBy(() -> engine().translate(request()))
        .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.retryable()).isTrue());
  }

  @Test
  void tooLongForTheContextIsRejected() {
    wiremock.stubFor(endpoint().willReturn(json(400, recorded("openai/error-400-context.json"))));
    assertThatThrownBy(() -> engine().translate(request()))
        .isInstanceOfSatisfying(
            EngineException.class,
            e -> {
              assertThat(e.failure()).isEqualTo(EngineException.Failure.REJECTED);
              assertThat(e.getMessage()).contains("context size");
            });
  }

  @Test
  void noKeyNoAuthorizationHeader() {
    wiremock.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(ok()));
    EngineSettings keyless =
        EngineSettings.builder("openai")
            .baseUrl(baseUrl())
            .model("llama3")
            .timeout(TIMEOUT)
            .maxConcurrency(1)
            .build();
    new ChatEngineFactory(Fixtures.LANGUAGES).create("ollama", keyless).translate(request());
    assertThat(wiremock.getAllServeEvents().getFirst().getRequest().containsHeader("Authorization"))
        .isFalse();
  }

  private List<JsonNode> userMessages() {
    return wiremock.getAllServeEvents().reversed().stream()
        .map(e -> JSON.readTree(e.getRequest().getBodyAsString()))
        .map(body -> JSON.readTree(body.at("/messages/1/content").asString()))
        .toList();
  }
}
