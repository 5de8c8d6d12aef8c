package org.tarjuma.job;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.tarjuma.Tarjuma;
import org.tarjuma.engine.DeeplEcho;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.AppProcess;
import tools.jackson.databind.JsonNode;

/**
 * The several-instances issue's figures, in one run on one embedded PostgreSQL: (1) the seed
 * article, every sentence a memory hit, as a job on one node (p50, target ≤ 10 ms); (2) three
 * nodes, each a process of its own, and 200 overlapping articles submitted over them at once
 * against a 200 ms engine with max-concurrency 8: wall time against the engine-bound ideal (target
 * ≤ 1.5×), texts paid twice (target 0) and the peak of requests in flight at the provider (target ≤
 * 8); then the same articles again, every sentence a cache hit, which shows what the machine needs
 * for this load with no engine at all. After each round, the CPU time each part used in it: the
 * node processes, PostgreSQL's, and this process (the outlets' client and the engine). Run: {@code
 * ./mvnw -Pbench verify -Dbench.main=org.tarjuma.job.ClusterBenchmark -DskipTests}; through {@code
 * JAVA_TOOL_OPTIONS}: {@code -Dnodes=3} (0: part one only), {@code -DskipSeed=true} (part two
 * only), {@code -Djfr=true} (a flight recording per node), {@code -Dpoll=500} (ms between an
 * outlet's status reads), {@code -DengineMs=200} (the engine's answer time), {@code -DhitRounds=1}
 * (how many all-hit rounds), and those of {@link JobBenchmark} for part one.
 */
public final class ClusterBenchmark {

  private static final long POLL_MILLIS = Long.getLong("poll", 500);

  /** How long the engine takes to answer a request. */
  private static final int ENGINE_MILLIS = Integer.getInteger("engineMs", 200);

  public static void main(String[] args) throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      DeeplEcho echo = new DeeplEcho(ENGINE_MILLIS, 0, true);
      WireMockServer engine = echo.serve();
      try {
        if (!Boolean.getBoolean("skipSeed")) {
          seedOnOneNode(url, engine);
        }
        int nodes = Integer.getInteger("nodes", 3);
        if (nodes > 0) {
          severalNodes(url, echo, engine, nodes);
        }
      } finally {
        engine.stop();
      }
    }
  }

  private static List<String> settings(String url, WireMockServer engine) {
    return List.of(
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=postgres",
        "--spring.main.banner-mode=off",
        "--logging.level.root=WARN",
        "--tarjuma.engines.deepl.type=deepl",
        "--tarjuma.engines.deepl.base-url=http://localhost:" + engine.port(),
        "--tarjuma.engines.deepl.key=k",
        "--tarjuma.engines.deepl.max-concurrency=8",
        "--tarjuma.routing.ur=deepl",
        "--tarjuma.routing.ps=deepl",
        "--tarjuma.routing.prs=deepl");
  }

  private static void seedOnOneNode(String url, WireMockServer engine) throws Exception {
    List<String> arguments = new ArrayList<>(settings(url, engine));
    arguments.add("--server.port=0");
    arguments.add("--tarjuma.security.admin-key=bench-admin-key-0123456789abcdef");
    ConfigurableApplicationContext app =
        new SpringApplication(Tarjuma.class).run(arguments.toArray(String[]::new));
    try {
      System.out.print("one node on PostgreSQL: ");
      JobBenchmark.seedArticle(
          URI.create(
              "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort()),
          engine);
    } finally {
      app.close();
    }
  }

  private static void severalNodes(String url, DeeplEcho echo, WireMockServer engine, int count)
      throws Exception {
    Path logs = Files.createTempDirectory("tarjuma-nodes");
    List<AppProcess> nodes = new ArrayList<>();
    try {
      List<String> arguments = new ArrayList<>(settings(url, engine));
      arguments.add("--tarjuma.memory.seed-path=" + logs.resolve("no-seeds"));
      for (int i = 0; i < count; i++) {
        List<String> jvm = new ArrayList<>(List.of("-Xmx1g"));
        if (Boolean.getBoolean("jfr")) {
          jvm.add(
              "-XX:StartFlightRecording=dumponexit=true,settings=profile,filename="
                  + logs.resolve("node-" + i + ".jfr"));
        }
        nodes.add(AppProcess.launch(logs, jvm, arguments));
        if (i == 0) {
          nodes.getFirst().awaitUp(Duration.ofMinutes(3)); // the first creates the schema
        }
      }
      nodes.forEach(n -> n.awaitUp(Duration.ofMinutes(3)));
      Map<String, Duration> idle = ProcessCpu.read();
      Thread.sleep(5000);
      System.out.println(
          "CPU used by idle nodes in 5 s (s): " + ProcessCpu.between(idle, ProcessCpu.read()));
      round(nodes, echo, engine, "Warm-up note", "warm-up: ");
      round(nodes, echo, engine, "Bulletin", "");
      // The floor of this machine for this load: the same articles, every sentence now a cache
      // hit, so no engine call at all.
      String again = "the same 200 again, all cache hits, no engine call: ";
      for (int r = 0; r < Integer.getInteger("hitRounds", 1); r++) {
        round(nodes, echo, engine, "Bulletin", again);
      }
    } finally {
      nodes.forEach(AppProcess::stop);
      System.out.println("node logs and recordings: " + logs);
    }
  }

  private static void round(
      List<AppProcess> nodes, DeeplEcho echo, WireMockServer engine, String word, String label)
      throws Exception {
    Set<String> distinct = new HashSet<>();
    List<String> articles = JobBenchmark.overlappingArticles(word, distinct);
    engine.resetRequests();
    echo.peakInFlight.set(0);
    Map<String, Duration> cpuBefore = ProcessCpu.read();
    long start = System.nanoTime();
    Instant started = Instant.now();
    List<JsonNode> statuses = submitAndAwait(nodes, articles);
    long seenMs = (System.nanoTime() - start) / 1_000_000;
    Map<String, Duration> cpuAfter = ProcessCpu.read();
    printTimeline(statuses, started, engine);
    System.out.printf(
        "  CPU used in the round (s): %s; over %.2f s on %d cores%n",
        ProcessCpu.between(cpuBefore, cpuAfter),
        seenMs / 1000.0,
        Runtime.getRuntime().availableProcessors());
    long wallMs =
        statuses.stream()
            .map(s -> Duration.between(started, Instant.parse(s.get("finishedAt").asString())))
            .max(Duration::compareTo)
            .orElseThrow()
            .toMillis();
    long twice = DeeplEcho.paid(engine).values().stream().filter(n -> n > 1).count();
    double ideal = Math.ceil(distinct.size() / 50.0) / 8.0 * ENGINE_MILLIS;
    System.out.printf(
        label
            + "%d nodes on one PostgreSQL, 200 overlapping articles (2,400 sentences, %d distinct),"
            + " engine %d ms, max-concurrency 8: %d ms, ideal %.0f ms (⌈%d ÷ 50⌉ ÷ 8 × %d ms):"
            + " %.1f× ideal (target ≤ 1.5×); %d requests, %d texts paid twice (target 0); peak"
            + " requests in flight at the engine %d (target ≤ 8); the last job seen done by the"
            + " client after %d ms, polling every %d ms%n",
        nodes.size(),
        distinct.size(),
        ENGINE_MILLIS,
        wallMs,
        ideal,
        distinct.size(),
        ENGINE_MILLIS,
        wallMs / ideal,
        engine.getAllServeEvents().size(),
        twice,
        echo.peakInFlight.get(),
        seenMs,
        POLL_MILLIS);
  }

  /**
   * Submits the articles over the nodes in turn, all at once, and waits for each job's end; its
   * status is polled as an outlet polls (the event stream ticks at the same pace). The wall time is
   * read from the jobs' {@code finishedAt}, so the pace does not change the figure.
   */
  private static List<JsonNode> submitAndAwait(List<AppProcess> nodes, List<String> articles)
      throws Exception {
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<JsonNode>> done = new ArrayList<>();
      for (int a = 0; a < articles.size(); a++) {
        ApiClient api = nodes.get(a % nodes.size()).api();
        String body =
            ApiClient.JSON
                .createObjectNode()
                .put("text", articles.get(a))
                .set("targets", ApiClient.JSON.createArrayNode().add("ur"))
                .toString();
        done.add(
            pool.submit(
                () -> {
                  String id = ApiClient.json(api.post("/api/v1/jobs", body)).get("id").asString();
                  while (true) {
                    JsonNode status = ApiClient.json(api.get("/api/v1/jobs/" + id));
                    String s = status.get("status").asString();
                    if (s.equals("done")) {
                      return status;
                    }
                    if (s.equals("failed")) {
                      throw new IllegalStateException("job " + id + " failed");
                    }
                    Thread.sleep(POLL_MILLIS);
                  }
                }));
      }
      List<JsonNode> statuses = new ArrayList<>();
      for (Future<JsonNode> f : done) {
        statuses.add(f.get());
      }
      return statuses;
    }
  }

  /**
   * Where the time went: when the jobs were created and ended after the first submission
   * (percentiles of 200), and the requests and texts the engine got in each second.
   */
  private static void printTimeline(
      List<JsonNode> statuses, Instant started, WireMockServer engine) {
    List<Long> createdMs = new ArrayList<>();
    List<Long> finishedMs = new ArrayList<>();
    for (JsonNode status : statuses) {
      createdMs.add(
          Duration.between(started, Instant.parse(status.get("createdAt").asString())).toMillis());
      finishedMs.add(
          Duration.between(started, Instant.parse(status.get("finishedAt").asString())).toMillis());
    }
    Collections.sort(createdMs);
    Collections.sort(finishedMs);
    int n = statuses.size();
    System.out.printf(
        "  jobs created after (ms): p10 %d, p50 %d, p90 %d, last %d; done after: p10 %d, p50 %d,"
            + " p90 %d%n",
        createdMs.get(n / 10),
        createdMs.get(n / 2),
        createdMs.get(n * 9 / 10),
        createdMs.getLast(),
        finishedMs.get(n / 10),
        finishedMs.get(n / 2),
        finishedMs.get(n * 9 / 10));
    long[] requests = new long[(int) (finishedMs.getLast() / 1000) + 1];
    long[] texts = new long[requests.length];
    for (var event : engine.getAllServeEvents()) {
      long at = event.getRequest().getLoggedDate().getTime() - started.toEpochMilli();
      int second = (int) Math.max(0, Math.min(requests.length - 1, at / 1000));
      requests[second]++;
      texts[second] +=
          ApiClient.JSON.readTree(event.getRequest().getBodyAsString()).get("text").size();
    }
    System.out.println("  engine requests per second: " + Arrays.toString(requests));
    System.out.println("  texts per second: " + Arrays.toString(texts));
  }
}
