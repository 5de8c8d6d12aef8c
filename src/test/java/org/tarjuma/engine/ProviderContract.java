package org.tarjuma.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarjuma.engine.EngineException.Failure;
import org.tarjuma.testing.Fixtures;

/**
 * The faults every provider adapter must map the same way, against WireMock. A provider's test
 * extends this, says how its endpoint is matched and how its provider answers, and adds its own
 * tests of request and response shape.
 */
public abstract class ProviderContract {

  protected static final Duration TIMEOUT = Duration.ofMillis(700);
  protected static final String SECRET = "sk-test-9f8e7d6c5b4a";

  protected WireMockServer wiremock;

  @BeforeEach
  void startWireMock() {
    wiremock = new WireMockServer(options().dynamicPort());
    wiremock.start();
  }

  @AfterEach
  void stopWireMock() {
    wiremock.stop();
  }

  protected String baseUrl() {
    return "http://localhost:" + wiremock.port();
  }

  /**
   * Settings of this provider against WireMock, with {@link #SECRET} as key and a short timeout.
   */
  protected abstract EngineSettings settings();

  /** The engine made by this provider's factory from {@link #settings()}. */
  protected abstract TranslationEngine engine();

  /** Matches the translate call (method, path, query, headers). */
  protected abstract MappingBuilder endpoint();

  /** The request the fault tests send. */
  protected EngineRequest request() {
    return EngineTesting.request("ur", "ISPR said on Monday.", "The talks ended.");
  }

  /** A valid answer to {@link #request()}. */
  protected abstract ResponseDefinitionBuilder ok();

  /** How the provider says "too many requests" (429, or Amazon's 400). */
  protected abstract ResponseDefinitionBuilder throttled();

  protected abstract ResponseDefinitionBuilder badKey();

  protected abstract ResponseDefinitionBuilder quotaExhausted();

  /** An answer with fewer items than sent; null where one text goes per request. */
  protected abstract ResponseDefinitionBuilder fewerItems();

  /** Whether the provider's throttling answer carries Retry-After that must be honoured. */
  protected boolean sendsRetryAfter() {
    return true;
  }

  protected static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  protected static String recorded(String path) {
    return Fixtures.resource("/engine/" + path);
  }

  private Failure failureOf(ResponseDefinitionBuilder answer) {
    wiremock.stubFor(endpoint().willReturn(answer));
    TranslationEngine engine = engine();
    try {
      engine.translate(request());
    } catch (EngineException e) {
      assertThat(e.getMessage()).doesNotContain(SECRET);
      return e.failure();
    }
    throw new AssertionError("the engine did not fail");
  }

  @Test
  void serverErrorIsRetryable() {
    assertThat(failureOf(json(500, "{\"error\":{\"code\":500,\"message\":\"boom\"}}")))
        .isEqualTo(Failure.RETRYABLE);
  }

  @Test
  void unavailableIsRetryable() {
    assertThat(failureOf(aResponse().withStatus(503))).isEqualTo(Failure.RETRYABLE);
  }

  @Test
  void throttlingIsRetryable() {
    assertThat(failureOf(throttled())).isEqualTo(Failure.RETRYABLE);
  }

  @Test
  void slowAnswerTimesOutAsRetryable() {
    long start = System.nanoTime();
    assertThat(failureOf(ok().withFixedDelay((int) TIMEOUT.toMillis() * 4)))
        .isEqualTo(Failure.RETRYABLE);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.multipliedBy(3));
  }

  @Test
  void connectionResetIsRetryable() {
    assertThat(failureOf(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)))
        .isEqualTo(Failure.RETRYABLE);
  }

  @Test
  void malformedJsonIsRetryable() {
    assertThat(failureOf(json(200, "{\"translations\": [ {\"text\": ")))
        .isEqualTo(Failure.RETRYABLE);
  }

  /** An answer longer than max-answer-ratio times the request (and 256 KiB) fails retryably. */
  @Test
  void anAnswerOverTheLimitIsRetryableAndNotRead() {
    String endless =
        "{\"translations\": [{\"text\": \""
            + "ا".repeat(org.tarjuma.engine.http.HttpTransport.MIN_ANSWER_BYTES)
            + "\"}]}";
    wiremock.stubFor(endpoint().willReturn(json(200, endless)));
    assertThatThrownBy(() -> engine().translate(request()))
        .isInstanceOfSatisfying(
            EngineException.class, e -> assertThat(e.failure()).isEqualTo(Failure.RETRYABLE))
        .hasMessageContaining(
            "answered more than "
                + org.tarjuma.engine.http.HttpTransport.MIN_ANSWER_BYTES
                + " bytes");
  }

  @Test
  void fewerItemsThanSentIsRetryable() {
    ResponseDefinitionBuilder fewer = fewerItems();
    if (fewer == null) {
      assertThat(request().items()).hasSize(1);
      return;
    }
    assertFewerItems(fewer);
  }

  /** Batch providers cannot say which text an answer belongs to: the request fails, retryably. */
  protected void assertFewerItems(ResponseDefinitionBuilder fewer) {
    assertThat(failureOf(fewer)).isEqualTo(Failure.RETRYABLE);
  }

  @Test
  void refusedKeyIsAuthentication() {
    assertThat(failureOf(badKey())).isEqualTo(Failure.AUTHENTICATION);
  }

  @Test
  void exhaustedQuotaIsQuota() {
    assertThat(failureOf(quotaExhausted())).isEqualTo(Failure.QUOTA_EXHAUSTED);
  }

  @Test
  void retriesUntilTheProviderAnswers() {
    wiremock.stubFor(
        endpoint()
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("second"));
    wiremock.stubFor(
        endpoint()
            .inScenario("flaky")
            .whenScenarioStateIs("second")
            .willReturn(throttled())
            .willSetStateTo("third"));
    wiremock.stubFor(endpoint().inScenario("flaky").whenScenarioStateIs("third").willReturn(ok()));

    EngineResult result =
        EngineTesting.guarded(engine(), settings(), EngineTesting.FAST).apply(request());

    assertThat(result.translations()).hasSize(request().items().size());
    assertThat(result.billedCharacters()).isPositive();
    assertThat(
            wiremock.findAll(anyRequestedFor(anyUrl())).stream()
                .filter(r -> r.getMethod().getName().equals("POST")))
        .hasSize(3);
  }

  @Test
  void waitsAsLongAsRetryAfterSays() {
    if (!sendsRetryAfter()) {
      assertThat(throttled().build().getHeaders().getHeader("Retry-After").isPresent()).isFalse();
      return;
    }
    wiremock.stubFor(
        endpoint()
            .inScenario("wait")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(throttled().withHeader("Retry-After", "1"))
            .willSetStateTo("ok"));
    wiremock.stubFor(endpoint().inScenario("wait").whenScenarioStateIs("ok").willReturn(ok()));
    long start = System.nanoTime();
    EngineTesting.guarded(engine(), settings(), EngineTesting.FAST).apply(request());
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void rejectedAnswerNeverCarriesTheKey() {
    wiremock.stubFor(endpoint().willReturn(badKey()));
    assertThatThrownBy(() -> engine().translate(request()))
        .isInstanceOf(EngineException.class)
        .hasMessageNotContaining(SECRET);
  }
}
