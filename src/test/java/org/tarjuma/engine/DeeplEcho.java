package org.tarjuma.engine;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A WireMock stand-in for DeepL's {@code /v2/translate} that answers every text with itself plus an
 * Urdu full stop (placeholders and tags kept), after a delay, failing a share of requests with 503.
 * Counts the texts it was sent.
 */
public final class DeeplEcho implements ResponseDefinitionTransformerV2 {

  public static final String NAME = "deepl-echo";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  public final AtomicInteger texts = new AtomicInteger();
  public final AtomicInteger injected = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  public final AtomicInteger peakInFlight = new AtomicInteger();
  private final int latencyMs;
  private volatile double failureRate;
  private final boolean holdThread;

  public DeeplEcho(int latencyMs, double failureRate) {
    this(latencyMs, failureRate, false);
  }

  /**
   * @param holdThread wait out the latency on the request's thread, so that {@link #peakInFlight}
   *     counts the requests in flight at once (rather than WireMock's delayed answer)
   */
  public DeeplEcho(int latencyMs, double failureRate, boolean holdThread) {
    this.latencyMs = latencyMs;
    this.failureRate = failureRate;
    this.holdThread = holdThread;
  }

  public void failureRate(double rate) {
    this.failureRate = rate;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    if (ThreadLocalRandom.current().nextDouble() < failureRate) {
      injected.incrementAndGet();
      return new ResponseDefinitionBuilder().withStatus(503).withFixedDelay(latencyMs).build();
    }
    if (holdThread) {
      peakInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        Thread.sleep(latencyMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        inFlight.decrementAndGet();
      }
    }
    JsonNode request = JSON.readTree(event.getRequest().getBodyAsString());
    ObjectNode answer = JSON.createObjectNode();
    answer.putArray("translations");
    for (JsonNode text : request.get("text")) {
      texts.incrementAndGet();
      answer.withArray("translations").addObject().put("text", text.asString() + "۔");
    }
    return new ResponseDefinitionBuilder()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(answer.toString())
        .withFixedDelay(holdThread ? 0 : latencyMs)
        .build();
  }

  /** A started WireMock server on a free port where this stand-in answers {@code /v2/translate}. */
  public com.github.tomakehurst.wiremock.WireMockServer serve() {
    var server =
        new com.github.tomakehurst.wiremock.WireMockServer(
            com.github.tomakehurst.wiremock.core.WireMockConfiguration.options()
                .dynamicPort()
                .containerThreads(64)
                .extensions(this));
    server.start();
    server.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v2/translate"))
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                    .withTransformers(NAME)));
    return server;
  }

  /**
   * Routes {@code langs} of a test application to a DeepL engine at this WireMock port, where this
   * transformer answers.
   */
  public static void route(
      org.springframework.test.context.DynamicPropertyRegistry registry,
      int port,
      String... langs) {
    registry.add("tarjuma.engines.deepl.type", () -> "deepl");
    registry.add("tarjuma.engines.deepl.base-url", () -> "http://localhost:" + port);
    registry.add("tarjuma.engines.deepl.key", () -> "k");
    for (String lang : langs) {
      registry.add("tarjuma.routing." + lang, () -> "deepl");
    }
  }

  /**
   * How many times {@code engine} was paid for each text: the texts of the requests to {@code
   * /v2/translate} it answered with 200, counted per text.
   */
  public static java.util.Map<String, Integer> paid(
      com.github.tomakehurst.wiremock.WireMockServer engine) {
    java.util.Map<String, Integer> paid = new java.util.HashMap<>();
    for (ServeEvent event : engine.getAllServeEvents()) {
      if (event.getResponse().getStatus() == 200
          && event.getRequest().getUrl().startsWith("/v2/translate")) {
        for (JsonNode text : JSON.readTree(event.getRequest().getBodyAsString()).get("text")) {
          paid.merge(text.asString(), 1, Integer::sum);
        }
      }
    }
    return paid;
  }
}
