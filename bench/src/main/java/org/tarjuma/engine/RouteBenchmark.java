package org.tarjuma.engine;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjuma.engine.deepl.DeeplBench;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.language.Languages;
import org.tarjuma.segment.Format;
import org.tarjuma.segment.Segment;
import org.tarjuma.segment.Segmenter;
import org.tarjuma.testing.MapStores;

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

  public static void main(String[] args) throws Exception {
    Languages languages = Languages.standard();
    Glossary glossary = Glossary.load(Path.of("glossary"), languages);
    List<Segment> segments = newsSegments(languages);
    DeeplEcho firstEcho = new DeeplEcho(LATENCY_MS, FAILURE_RATE);
    DeeplEcho secondEcho = new DeeplEcho(LATENCY_MS, FAILURE_RATE);
    WireMockServer first = server(firstEcho);
    WireMockServer second = server(secondEcho);
    try {
      for (int run = 1; run <= 6; run++) {
        // Odd runs without faults: the same machine's own best, to compare the faulty runs with.
        double failureRate = run % 2 == 1 ? 0 : FAILURE_RATE;
        firstEcho.failureRate(failureRate);
        secondEcho.failureRate(failureRate);
        first.resetRequests();
        second.resetRequests();
        firstEcho.injected.set(0);
        secondEcho.injected.set(0);
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
        Usage usage =
            EngineTesting.usage(new SimpleMeterRegistry(), EngineTesting.ledgerDatabase());
        // A fresh cache each run, so every run pays for its segments.
        Translator translator =
            EngineTesting.translator(
                registry,
                EngineTesting.switches(EngineTesting.switchDatabase()),
                glossary,
                usage,
                new MapStores.Cache());

        long start = System.nanoTime();
        Translator.TargetResult result =
            translator
                .translate(
                    new Translator.Order(
                        "en", List.of("ur"), segments, "bench", null, null, java.util.Map.of()))
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
            firstEcho.injected.get() + secondEcho.injected.get(),
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
    return EngineSettings.builder("deepl")
        .baseUrl("http://localhost:" + server.port())
        .key("bench-key")
        .timeout(Duration.ofSeconds(10))
        .maxConcurrency(CONCURRENCY)
        .maxItems(BATCH)
        .build();
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

  private static WireMockServer server(DeeplEcho echo) {
    WireMockServer server =
        new WireMockServer(
            options()
                .dynamicPort()
                .containerThreads(64)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(32)
                .extensions(echo));
    server.start();
    server.stubFor(
        WireMock.post(WireMock.urlPathEqualTo("/v2/translate"))
            .willReturn(WireMock.aResponse().withTransformers(DeeplEcho.NAME)));
    return server;
  }
}
