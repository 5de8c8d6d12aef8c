package org.tarjuma.job;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A WireMock stand-in for DeepL's {@code /v2/translate} that answers the English sentences it knows
 * with their Urdu from seeds/kandahar-strikes.tmx, and any other text with itself (which QA flags
 * as untranslated).
 */
final class DeeplDictionary implements ResponseDefinitionTransformerV2 {

  static final Map<String, String> URDU =
      Map.of(
          "The path ahead remains uncertain.",
          "آگے کا راستہ غیر یقینی ہے۔",
          "The operation carried deep strategic messaging.",
          "اس آپریشن میں گہرا اسٹریٹجک پیغام پوشیدہ تھا۔",
          "The strikes have drawn measured reactions from regional stakeholders and global"
              + " observers.",
          "حملوں پر علاقائی فریقوں اور عالمی مبصرین کی جانب سے محتاط ردعمل سامنے آیا ہے۔",
          "Regional analysts have interpreted the strikes as both a tactical success and a"
              + " strategic gamble.",
          "علاقائی تجزیہ کاروں نے حملوں کو بیک وقت ایک حکمت عملی کی کامیابی اور ایک اسٹریٹجک جوا"
              + " قرار دیا ہے۔",
          "The operation underscores the reality that peace cannot coexist with impunity for"
              + " terror networks.",
          "آپریشن اس حقیقت کو واضح کرتا ہے کہ دہشت گرد نیٹ ورکس کو کھلی چھوٹ کے ساتھ امن قائم نہیں"
              + " رہ سکتا۔",
          "The strikes also destroyed key supply depots containing ammunition, explosives, and"
              + " communication equipment.",
          "حملوں میں گولہ بارود، دھماکا خیز مواد اور مواصلاتی آلات پر مشتمل رسد کے اہم ذخائر بھی"
              + " تباہ ہو گئے۔");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public String getName() {
    return "deepl-dictionary";
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    JsonNode request = JSON.readTree(event.getRequest().getBodyAsString());
    ObjectNode answer = JSON.createObjectNode();
    for (JsonNode text : request.get("text")) {
      answer
          .withArray("translations")
          .addObject()
          .put("text", URDU.getOrDefault(text.asString(), text.asString()));
    }
    return new ResponseDefinitionBuilder()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(answer.toString())
        .build();
  }

  /** A started WireMock server on a free port where this stand-in answers. */
  static WireMockServer serve() {
    WireMockServer server =
        new WireMockServer(
            WireMockConfiguration.options().dynamicPort().extensions(new DeeplDictionary()));
    server.start();
    server.stubFor(
        WireMock.post(WireMock.urlPathEqualTo("/v2/translate"))
            .willReturn(WireMock.aResponse().withTransformers("deepl-dictionary")));
    return server;
  }
}
