package org.tarjuma.engine.amazon;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.Test;
import org.tarjuma.engine.Capabilities;
import org.tarjuma.engine.EngineException;
import org.tarjuma.engine.EngineRequest;
import org.tarjuma.engine.EngineResult;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.EngineTesting;
import org.tarjuma.engine.ProviderContract;
import org.tarjuma.engine.TranslationEngine;
import org.tarjuma.testing.Fixtures;

class AmazonEngineTest extends ProviderContract {

  private static final String ACCESS_KEY_ID = "AKIDEXAMPLE0TARJUMA";
  private String terminology;

  @Override
  protected EngineSettings settings() {
    return EngineSettings.builder("amazon")
        .baseUrl(baseUrl())
        .key(ACCESS_KEY_ID)
        .secret(SECRET)
        .region("eu-west-1")
        .glossary(terminology)
        .timeout(TIMEOUT)
        .maxConcurrency(4)
        .build();
  }

  @Override
  protected TranslationEngine engine() {
    return new AmazonEngineFactory(Fixtures.LANGUAGES).create("amazon", settings());
  }

  @Override
  protected MappingBuilder endpoint() {
    return post(urlEqualTo("/"))
        .withHeader("X-Amz-Target", equalTo("AWSShineFrontendService_20170701.TranslateText"))
        .withHeader("Content-Type", equalTo("application/x-amz-json-1.1"))
        .withHeader(
            "Authorization",
            matching(
                "AWS4-HMAC-SHA256 Credential="
                    + ACCESS_KEY_ID
                    + "/\\d{8}/eu-west-1/translate/aws4_request, SignedHeaders=.*x-amz-date.*"
                    + " Signature=[0-9a-f]{64}"))
        .withHeader("X-Amz-Date", matching("\\d{8}T\\d{6}Z"));
  }

  @Override
  protected EngineRequest request() {
    return EngineTesting.request("ur", "ISPR said on Monday.");
  }

  @Override
  protected ResponseDefinitionBuilder ok() {
    return json(200, recorded("amazon/translate-ur.json"));
  }

  @Override
  protected ResponseDefinitionBuilder throttled() {
    // Amazon Translate throttles with HTTP 400, not 429.
    return json(400, recorded("amazon/error-throttled.json"));
  }

  @Override
  protected ResponseDefinitionBuilder badKey() {
    return json(400, recorded("amazon/error-unrecognized-client.json"));
  }

  @Override
  protected ResponseDefinitionBuilder quotaExhausted() {
    return json(400, recorded("amazon/error-limit-exceeded.json"));
  }

  @Override
  protected ResponseDefinitionBuilder fewerItems() {
    return null;
  }

  @Override
  protected boolean sendsRetryAfter() {
    return false;
  }

  @Test
  void sendsOneTextWithAmazonCodes() {
    wiremock.stubFor(
        endpoint()
            .withRequestBody(
                equalToJson(
                    "{\"Text\": \"ISPR said on Monday.\", \"SourceLanguageCode\": \"en\","
                        + " \"TargetLanguageCode\": \"ur\"}"))
            .willReturn(ok()));
    EngineResult result;
    try {
      result = engine().translate(request());
    } catch (RuntimeException e) {
      var r = wiremock.getAllServeEvents().getFirst().getRequest();
      System.out.println(
          "DEBUG " + r.getHeaders() + "\n" + r.getUrl() + "\n" + r.getBodyAsString());
      throw e;
    }
    assertThat(result.translations().getFirst().text()).isEqualTo("آئی ایس پی آر نے پیر کو کہا۔");
    assertThat(result.billedCharacters()).isEqualTo("ISPR said on Monday.".length());
  }

  @Test
  void namesTheTerminologyAndSendsDariAsFaAf() {
    terminology = "afpak-news";
    wiremock.stubFor(
        endpoint()
            .withRequestBody(
                equalToJson(
                    "{\"Text\": \"ISPR said an attack near the Durand Line killed 12 soldiers.\","
                        + " \"SourceLanguageCode\": \"en\", \"TargetLanguageCode\": \"fa-AF\","
                        + " \"TerminologyNames\": [\"afpak-news\"]}"))
            .willReturn(json(200, recorded("amazon/terminology-prs.json"))));
    TranslationEngine engine = engine();
    assertThat(engine.capabilities().glossary()).isEqualTo(Capabilities.GlossaryMechanism.RESOURCE);
    String text =
        engine
            .translate(
                EngineTesting.request(
                    "prs", "ISPR said an attack near the Durand Line killed 12 soldiers."))
            .translations()
            .getFirst()
            .text();
    assertThat(text).contains("آی اس پی آر", "خط دیورند", "۱۲", "حمله\u200Cای");
  }

  @Test
  void keepsMaskingPlaceholdersIntact() {
    String masked = "⟦1⟧ said an attack near the ⟦2⟧ killed 12 soldiers.";
    wiremock.stubFor(
        endpoint()
            .withRequestBody(equalToJson("{\"Text\": \"" + masked + "\"}", true, true))
            .willReturn(json(200, recorded("amazon/masked-ps.json"))));
    assertThat(
            engine()
                .translate(EngineTesting.request("ps", masked))
                .translations()
                .getFirst()
                .text())
        .contains("⟦1⟧", "⟦2⟧", "12");
  }

  @Test
  void oneTextOfAtMostTenThousandBytesPerRequest() {
    Capabilities.Limits limits = engine().capabilities().limits();
    assertThat(limits.maxItems()).isEqualTo(1);
    assertThat(limits.maxBytes()).isEqualTo(10_000);
  }

  @Test
  void unsupportedPairAndOversizedTextAreTold() {
    wiremock.stubFor(
        endpoint().willReturn(json(400, recorded("amazon/error-unsupported-pair.json"))));
    assertThatThrownBy(() -> engine().translate(request()))
        .isInstanceOfSatisfying(
            EngineException.class,
            e -> assertThat(e.failure()).isEqualTo(EngineException.Failure.UNSUPPORTED_LANGUAGE));
    wiremock.stubFor(endpoint().willReturn(json(400, recorded("amazon/error-text-size.json"))));
    assertThatThrownBy(() -> engine().translate(request()))
        .isInstanceOfSatisfying(
            EngineException.class,
            e -> assertThat(e.failure()).isEqualTo(EngineException.Failure.REJECTED));
  }
}
