package org.tarjuma.engine;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.tarjuma.engine.deepl.DeeplBench;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.language.Languages;
import org.tarjuma.segment.Format;
import org.tarjuma.segment.Segment;
import org.tarjuma.segment.Segmenter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The engines issue's load figure: 2,000 segments of news text through a route of two DeepL-shaped
 * WireMock engines that answer in 200 ms and fail 5% of requests with 503. Prints the wall time
 * against the ideal (segments ÷ batch size ÷ concurrency × 200 ms), the requests against the
 * minimum, and the segments lost. Run: {@code ./mvnw -Pbench verify
 * -Dbench.main=org.tarjuma.engine.RouteBenchmark}.
 */
public final class RouteBenchmark {

  private static final int SEGMENTS = 2000;
  private static final int LATENCY_MS = 200;
  private static final double FAILURE_RATE = 0.05;
  private static final int BATCH = 50;
  private static final int CONCURRENCY = 8;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static volatile double failureRate = FAILURE_RATE;

  public static void main(String[] args) throws Exception {
    Languages languages = Languages.standard();
    Glossary glossary = Glossary.load(Path.of("glossary"), languages);
    List<Segment> segments = newsSegments(languages);
    AtomicInteger injected = new AtomicInteger();
    WireMockServer first = server(injected);
    WireMockServer second = server(injected);
    try {
      for (int run = 1; run <= 6; run++) {
        // Odd runs without faults: the same machine's own best, to compare the faulty runs with.
        failureRate = run % 2 == 1 ? 0 : FAILURE_RATE;
        first.resetRequests();
        second.resetRequests();
        injected.set(0);
        Map<String, EngineSettings> engines = new LinkedHashMap<>();
        engines.put("deepl-a", settings(first));
        engines.put("deepl-b", settings(second));
        EngineRegistry registry =
            new EngineRegistry(
                new EngineProperties(
                    engines,
                    Map.of("ur", List.of("deepl-a", "deepl-b")),
                    new EngineProperties.Resilience(
                        4,
                        Duration.ofMillis(500),
                        Duration.ofSeconds(30),
                        50,
                        20,
                        Duration.ofSeconds(30))),
                List.of(DeeplBench.factory(languages), memoryFactory()),
                languages);
        Usage usage = new Usage(new SimpleMeterRegistry());
        Translator translator = new RoutingTranslator(registry, glossary, languages, usage);

        long start = System.nanoTime();
        Translator.TargetResult result =
            translator
                .translate(new Translator.Order("en", List.of("ur"), segments, "bench"))
                .get("ur");
        long wallMs = (System.nanoTime() - start) / 1_000_000;

        long lost = result.segments().stream().filter(s -> s.target() == null).count();
        long flagged = result.segments().stream().filter(s -> !s.flags().isEmpty()).count();
        int requests = first.getAllServeEvents().size() + second.getAllServeEvents().size();
        int minimum = (int) Math.ceil((double) SEGMENTS / BATCH);
        double ideal = (double) SEGMENTS / BATCH / CONCURRENCY * LATENCY_MS;
        System.out.printf(
            "run %d, %2.0f%% 503s: %d segments in %d ms, ideal %.0f ms (%d ÷ %d ÷ %d × %d ms):"
                + " %.2f× ideal; %d requests for a minimum of %d (%d answered 503, %d to the second"
                + " engine); %d segments lost, %d flagged%n",
            run,
            failureRate * 100,
            SEGMENTS,
            wallMs,
            ideal,
            SEGMENTS,
            BATCH,
            CONCURRENCY,
            LATENCY_MS,
            wallMs / ideal,
            requests,
            minimum,
            injected.get(),
            second.getAllServeEvents().size(),
            lost,
            flagged);
      }
    } finally {
      first.stop();
      second.stop();
    }
  }

  private static EngineSettings settings(WireMockServer server) {
    return new EngineSettings(
        "deepl",
        "http://localhost:" + server.port(),
        "bench-key",
        null,
        null,
        null,
        null,
        null,
        null,
        Duration.ofSeconds(10),
        CONCURRENCY,
        BATCH,
        null,
        null,
        null);
  }

  private static EngineFactory memoryFactory() {
    return EngineTesting.factory(
        "memory",
        (name, settings) ->
            new FakeEngine(
                name,
                Capabilities.GlossaryMechanism.NONE,
                new Capabilities.Limits(1000, 0, 0, 1, false),
                r -> new EngineResult(List.of(), 0)));
  }

  /** 2,000 distinct sentences made from the seed article's. */
  private static List<Segment> newsSegments(Languages languages) throws Exception {
    String seed = Files.readString(Path.of("seeds/kandahar-strikes.txt"));
    List<Segment> base =
        Segmenter.create(languages).segment(seed, Format.TEXT, languages.require("en")).segments();
    List<Segment> out = new ArrayList<>();
    for (int i = 0; i < SEGMENTS; i++) {
      String text = base.get(i % base.size()).text() + " (" + (i / base.size() + 1) + ")";
      out.add(new Segment(HexFormat.of().toHexDigits(i), i, text, 0, text.length(), List.of()));
    }
    return out;
  }

  private static WireMockServer server(AtomicInteger injected) {
    WireMockServer server =
        new WireMockServer(
            options()
                .dynamicPort()
                .containerThreads(64)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(32)
                .extensions(new DeeplEcho(injected)));
    server.start();
    server.stubFor(
        WireMock.post(WireMock.urlPathEqualTo("/v2/translate"))
            .willReturn(WireMock.aResponse().withTransformers("deepl-echo")));
    return server;
  }

  /** Answers each text with itself (placeholders kept) after 200 ms; 5% of answers are 503s. */
  private static final class DeeplEcho implements ResponseDefinitionTransformerV2 {
    private final AtomicInteger injected;

    DeeplEcho(AtomicInteger injected) {
      this.injected = injected;
    }

    @Override
    public String getName() {
      return "deepl-echo";
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      if (ThreadLocalRandom.current().nextDouble() < failureRate) {
        injected.incrementAndGet();
        return new ResponseDefinitionBuilder().withStatus(503).withFixedDelay(LATENCY_MS).build();
      }
      JsonNode request = JSON.readTree(event.getRequest().getBodyAsString());
      ObjectNode answer = JSON.createObjectNode();
      for (JsonNode text : request.get("text")) {
        answer.withArray("translations").addObject().put("text", text.asString() + "۔");
      }
      return new ResponseDefinitionBuilder()
          .withStatus(200)
          .withHeader("Content-Type", "application/json")
          .withBody(answer.toString())
          .withFixedDelay(LATENCY_MS)
          .build();
    }
  }
}
