package org.tarjuma.engine.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjuma.engine.EngineException;
import org.tarjuma.engine.EngineRequest;
import org.tarjuma.engine.EngineResult;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.ProviderContract;
import org.tarjuma.engine.TranslationEngine;
import org.tarjuma.testing.Fixtures;

class AzureEngineTest extends ProviderContract {

  @Override
  protected EngineSettings settings() {
    return EngineSettings.builder("azure")
        .baseUrl(baseUrl())
        .key(SECRET)
        .region("westeurope")
        .timeout(TIMEOUT)
        .maxConcurrency(4)
        .pricePerMillionChars(new java.math.BigDecimal("10.00"))
        .build();
  }

  @Override
  protected TranslationEngine engine() {
    return new AzureEngineFactory(Fixtures.LANGUAGES).create("azure", settings());
  }

  @Override
  protected MappingBuilder endpoint() {
    return post(urlPathEqualTo("/translate"))
        .withQueryParam("api-version", equalTo("3.0"))
        .withQueryParam("from", equalTo("en"))
        .withHeader("Ocp-Apim-Subscription-Key", equalTo(SECRET))
        .withHeader("Ocp-Apim-Subscription-Region", equalTo("westeurope"))
        .withHeader("X-ClientTraceId", matching("[0-9a-f-]{36}"))
        .withHeader("Content-Type", containing("application/json"));
  }

  @Override
  protected ResponseDefinitionBuilder ok() {
    return json(200, recorded("azure/translate-ur.json"));
  }

  @Override
  protected ResponseDefinitionBuilder throttled() {
    return json(429, recorded("azure/error-429001.json"));
  }

  @Override
  protected ResponseDefinitionBuilder badKey() {
    return json(401, recorded("azure/error-401000.json"));
  }

  @Override
  protected ResponseDefinitionBuilder quotaExhausted() {
    return json(403, recorded("azure/error-403001.json"));
  }

  @Override
  protected ResponseDefinitionBuilder fewerItems() {
    return json(200, recorded("azure/fewer.json"));
  }

  @Test
  void sendsEveryTargetInOneCallAndBillsEachTarget() {
    wiremock.stubFor(
        endpoint()
            .withQueryParam("to", equalTo("prs"))
            .withRequestBody(
                equalToJson(
                    "[{\"Text\": \"The minister said on Monday that 12 people died.\"},"
                        + " {\"Text\": \"The talks ended.\"}]"))
            .willReturn(json(200, recorded("azure/translate-three.json"))));
    EngineRequest request =
        new EngineRequest(
            "en",
            List.of("ur", "ps", "prs"),
            EngineRequest.TextType.PLAIN,
            List.of(
                new EngineRequest.Item("a", "The minister said on Monday that 12 people died."),
                new EngineRequest.Item("b", "The talks ended.")));

    EngineResult result = engine().translate(request);

    assertThat(result.translations())
        .extracting(EngineResult.Translated::itemId, EngineResult.Translated::target)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", "ur"),
            org.assertj.core.groups.Tuple.tuple("a", "ps"),
            org.assertj.core.groups.Tuple.tuple("a", "prs"),
            org.assertj.core.groups.Tuple.tuple("b", "ur"),
            org.assertj.core.groups.Tuple.tuple("b", "ps"),
            org.assertj.core.groups.Tuple.tuple("b", "prs"));
    assertThat(result.translations().get(2).text()).contains("۱۲");
    assertThat(result.billedCharacters()).isEqualTo(request.characters() * 3);
    String url = wiremock.getAllServeEvents().getFirst().getRequest().getUrl();
    assertThat(url).contains("to=ur&to=ps&to=prs").doesNotContain("textType");
  }

  @Test
  void dynamicDictionaryMarkupTravelsInTheText() {
    String marked =
        "<mstrans:dictionary translation=\"آئی ایس پی آر\">ISPR</mstrans:dictionary> said an attack"
            + " near the <mstrans:dictionary translation=\"ڈیورنڈ لائن\">Durand"
            + " Line</mstrans:dictionary> killed 12 soldiers.";
    wiremock.stubFor(
        endpoint()
            .withQueryParam("to", equalTo("ur"))
            .withRequestBody(equalToJson("[{\"Text\": " + quote(marked) + "}]"))
            .willReturn(json(200, recorded("azure/dictionary-ur.json"))));

    EngineResult result =
        engine()
            .translate(
                new EngineRequest(
                    "en",
                    List.of("ur"),
                    EngineRequest.TextType.PLAIN,
                    List.of(new EngineRequest.Item("1", marked))));

    assertThat(result.translations().getFirst().text()).contains("آئی ایس پی آر", "ڈیورنڈ لائن");
  }

  @Test
  void markupGoesAsHtml() {
    wiremock.stubFor(
        endpoint()
            .withQueryParam("textType", equalTo("html"))
            .willReturn(json(200, recorded("azure/translate-ur.json"))));
    engine()
        .translate(
            new EngineRequest(
                "en",
                List.of("ur"),
                EngineRequest.TextType.HTML,
                List.of(
                    new EngineRequest.Item("1", "<span class=\"t1\">ISPR</span> said on Monday."),
                    new EngineRequest.Item("2", "The talks ended."))));
    wiremock.verify(1, postRequestedFor(urlPathEqualTo("/translate")));
  }

  @Test
  void unknownTargetIsUnsupportedLanguage() {
    wiremock.stubFor(endpoint().willReturn(json(400, recorded("azure/error-400036.json"))));
    assertThatThrownBy(() -> engine().translate(request()))
        .isInstanceOfSatisfying(
            EngineException.class,
            e -> {
              assertThat(e.failure()).isEqualTo(EngineException.Failure.UNSUPPORTED_LANGUAGE);
              assertThat(e.getMessage()).contains("400036");
            });
  }

  @Test
  void servesUrduPashtoAndDariUnderAzureCodes() {
    assertThat(engine().capabilities().languages())
        .containsEntry("ur", "ur")
        .containsEntry("ps", "ps")
        .containsEntry("prs", "prs");
    assertThat(engine().capabilities().limits().maxItems()).isEqualTo(1000);
    assertThat(engine().capabilities().limits().maxChars()).isEqualTo(50_000);
  }

  private static String quote(String text) {
    return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text);
  }
}
