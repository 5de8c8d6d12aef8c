package org.tarjuma.job;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.tarjuma.engine.DeeplEcho;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.AppProcess;
import tools.jackson.databind.JsonNode;

/**
 * The several-instances issue's fault "a node whose clock is 5 s off never takes a live lease",
 * with nodes whose clocks really are off: three processes on one embedded PostgreSQL, one on this
 * machine's clock, one 5 s ahead and one 5 s behind (Debian's {@code faketime} library, preloaded;
 * {@code apt-get install faketime}). Each node runs jobs of its own against a slow engine for
 * longer than a lease, while every job's lease holder is read from the database every 50 ms; then
 * the node 5 s ahead is killed and the time until a live node holds its jobs is measured. Prints
 * the nodes' clocks as their HTTP {@code Date} headers show them, the live leases taken (target 0),
 * the takeover time against the lease, and texts paid twice. Run: {@code ./mvnw -Pbench verify
 * -Dbench.main=org.tarjuma.job.ClockSkewBenchmark -DskipTests}.
 */
public final class ClockSkewBenchmark {

  private static final Duration LEASE = Duration.ofSeconds(6);
  private static final int JOBS_PER_NODE = 6;
  private static final int SENTENCES = 6;

  public static void main(String[] args) throws Exception {
    Optional<Path> faketime = faketime();
    if (faketime.isEmpty()) {
      System.err.println(
          "ClockSkewBenchmark needs Debian's faketime library: apt-get install faketime");
      System.exit(2);
    }
    Path logs = Files.createTempDirectory("tarjuma-skew");
    DeeplEcho echo = new DeeplEcho(300, 0, true);
    List<AppProcess> nodes = new ArrayList<>();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      WireMockServer engine = echo.serve();
      try {
        List<String> arguments =
            new ArrayList<>(SeveralNodesTest.nodeSettings(postgres, engine, logs, LEASE, 1, 2));
        arguments.addAll(List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        List<String> jvm = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1");
        nodes.add(AppProcess.launch(logs, Map.of(), jvm, arguments));
        nodes.getFirst().awaitUp(Duration.ofMinutes(3)); // the first creates the schema
        nodes.add(AppProcess.launch(logs, skewed(faketime.get(), "+5s"), jvm, arguments));
        nodes.add(AppProcess.launch(logs, skewed(faketime.get(), "-5s"), jvm, arguments));
        nodes.forEach(n -> n.awaitUp(Duration.ofMinutes(3)));
        run(postgres, echo, engine, nodes);
      } finally {
        nodes.forEach(AppProcess::close);
        engine.stop();
      }
    }
  }

  private static void run(
      EmbeddedPostgres postgres, DeeplEcho echo, WireMockServer engine, List<AppProcess> nodes)
      throws Exception {
    String[] names = {"on time", "5 s ahead", "5 s behind"};
    Map<String, String> nameOf = new HashMap<>();
    JsonNode instances = ApiClient.json(nodes.getFirst().api().get("/api/v1/instances"));
    for (int i = 0; i < nodes.size(); i++) {
      for (JsonNode n : instances) {
        if (n.get("port").asInt() == nodes.get(i).port()) {
          nameOf.put(n.get("id").asString(), names[i]);
        }
      }
      System.out.printf(
          "node %s: its clock reads %+.1f s from this machine's%n",
          names[i], offsetSeconds(nodes.get(i).api()));
    }

    List<String> ids = new ArrayList<>();
    Map<String, String> submittedTo = new HashMap<>();
    for (int n = 0; n < nodes.size(); n++) {
      for (int j = 1; j <= JOBS_PER_NODE; j++) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= SENTENCES; i++) {
          text.append("Report ")
              .append(i)
              .append(" came from district ")
              .append(n * 100 + j)
              .append(". ");
        }
        String body = "{\"text\": \"" + text.toString().strip() + "\", \"targets\": [\"ur\"]}";
        String id =
            ApiClient.json(nodes.get(n).api().post("/api/v1/jobs", body)).get("id").asString();
        ids.add(id);
        submittedTo.put(id, names[n]);
      }
    }

    // Every job's holder as the database has it, every 50 ms; a change of holder while the
    // holder is alive is a live lease taken.
    Map<String, String> holder = new ConcurrentHashMap<>();
    List<String> handovers = new CopyOnWriteArrayList<>();
    Set<String> dead = ConcurrentHashMap.newKeySet();
    AtomicBoolean watching = new AtomicBoolean(true);
    Thread watcher =
        Thread.ofPlatform()
            .start(
                () -> {
                  try (Connection db = postgres.getPostgresDatabase().getConnection();
                      Statement st = db.createStatement()) {
                    while (watching.get()) {
                      try (ResultSet rs =
                          st.executeQuery(
                              "SELECT id, lease_owner FROM job WHERE lease_owner IS NOT NULL")) {
                        while (rs.next()) {
                          String id = rs.getString(1);
                          String owner = nameOf.getOrDefault(rs.getString(2), rs.getString(2));
                          String before = holder.put(id, owner);
                          if (before != null && !before.equals(owner)) {
                            handovers.add(
                                id
                                    + " from "
                                    + before
                                    + (dead.contains(before) ? " (dead)" : "")
                                    + " to "
                                    + owner);
                          }
                        }
                      }
                      Thread.sleep(50);
                    }
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                });

    Instant start = Instant.now();
    Thread.sleep(LEASE.plusSeconds(4).toMillis()); // longer than a lease: every holder renewed
    List<String> liveTaken = List.copyOf(handovers);
    System.out.printf(
        "all three alive for %d ms (lease %d s, renewed every %d ms): %d jobs' holders read"
            + " every 50 ms, %d live leases taken (target 0)%s%n",
        Duration.between(start, Instant.now()).toMillis(),
        LEASE.toSeconds(),
        LEASE.toMillis() / 4,
        holder.size(),
        liveTaken.size(),
        liveTaken.isEmpty()
            ? ""
            : ", such as " + liveTaken.subList(0, Math.min(3, liveTaken.size())));

    // The node 5 s ahead dies; its unfinished jobs must be taken within a lease, not 5 s later.
    ApiClient admin = nodes.getFirst().api();
    Set<String> ahead = new HashSet<>();
    holder.forEach(
        (id, h) -> {
          if (h.equals(names[1]) && !done(admin, id)) {
            ahead.add(id);
          }
        });
    dead.add(names[1]);
    nodes.get(1).kill();
    Instant killed = Instant.now();
    Duration takeover = null;
    while (Duration.between(killed, Instant.now()).compareTo(LEASE.multipliedBy(3)) < 0) {
      if (ahead.stream().allMatch(id -> done(admin, id) || !names[1].equals(holder.get(id)))) {
        takeover = Duration.between(killed, Instant.now());
        break;
      }
      Thread.sleep(50);
    }
    System.out.printf(
        "the node 5 s ahead killed holding %d unfinished jobs: all held by a live node after %s"
            + " (lease %d s, claim interval 300 ms)%n",
        ahead.size(),
        takeover == null
            ? "more than " + LEASE.multipliedBy(3).toMillis() + " ms"
            : takeover.toMillis() + " ms",
        LEASE.toSeconds());

    Instant until = Instant.now().plusSeconds(120);
    while (!ids.stream().allMatch(id -> done(admin, id)) && Instant.now().isBefore(until)) {
      Thread.sleep(200);
    }
    watching.set(false);
    watcher.join();
    long finished = ids.stream().filter(id -> done(admin, id)).count();
    Map<String, Integer> sent = DeeplEcho.paid(engine);
    long twice = sent.values().stream().filter(v -> v > 1).count();
    List<String> afterKill = new ArrayList<>(handovers.subList(liveTaken.size(), handovers.size()));
    long fromLive = afterKill.stream().filter(h -> !h.contains("(dead)")).count();
    System.out.printf(
        "%d of %d jobs done; %d holder changes after the kill, %d of them from a live node"
            + " (target 0); %d texts paid for %d distinct, %d paid twice (at most the 2 in"
            + " flight at the kill)%n",
        finished,
        ids.size(),
        afterKill.size(),
        fromLive,
        sent.values().stream().mapToInt(Integer::intValue).sum(),
        sent.size(),
        twice);
    Map<String, Long> perNode = new LinkedHashMap<>();
    for (String name : names) {
      perNode.put(name, submittedTo.values().stream().filter(name::equals).count());
    }
    System.out.println("jobs submitted per node: " + perNode);
  }

  private static boolean done(ApiClient api, String id) {
    return ApiClient.json(api.get("/api/v1/jobs/" + id)).get("status").asString().equals("done");
  }

  /**
   * The node's clock against this machine's, from its {@code Date} header (whole seconds): the mean
   * over 20 readings 0.1 s apart, plus half a second for the truncation.
   */
  private static double offsetSeconds(ApiClient api) throws InterruptedException {
    double sum = 0;
    int n = 20;
    for (int i = 0; i < n; i++) {
      HttpResponse<String> response = api.get("/actuator/health");
      Instant now = Instant.now();
      Instant date =
          ZonedDateTime.parse(
                  response.headers().firstValue("Date").orElseThrow(),
                  DateTimeFormatter.RFC_1123_DATE_TIME)
              .toInstant();
      sum += Duration.between(now, date).toMillis() / 1000.0;
      Thread.sleep(100);
    }
    return sum / n + 0.5;
  }

  /**
   * The environment of a JVM whose wall clock is {@code offset} off. Its monotonic clock stays true
   * (a JVM hangs otherwise, says libfaketime's README), and the library's monotonic fix stays off:
   * with it on, the JVM's timed waits return at once and its idle threads spin.
   */
  private static Map<String, String> skewed(Path library, String offset) {
    return Map.of(
        "LD_PRELOAD",
        library.toString(),
        "FAKETIME",
        offset,
        "FAKETIME_DONT_FAKE_MONOTONIC",
        "1",
        "FAKETIME_FORCE_MONOTONIC_FIX",
        "0");
  }

  /** Debian's multi-threaded faketime library, wherever the architecture puts it. */
  private static Optional<Path> faketime() throws java.io.IOException {
    Path lib = Path.of("/usr/lib");
    if (!Files.isDirectory(lib)) {
      return Optional.empty();
    }
    try (Stream<Path> dirs = Files.list(lib)) {
      return dirs.map(d -> d.resolve("faketime/libfaketimeMT.so.1"))
          .filter(Files::isRegularFile)
          .findFirst();
    }
  }
}
