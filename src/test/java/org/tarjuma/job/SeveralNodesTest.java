package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuma.engine.DeeplEcho;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.AppProcess;
import org.tarjuma.testing.PageSession;
import tools.jackson.databind.JsonNode;

/**
 * Three instances of the application, each a process of its own, on one embedded PostgreSQL and one
 * slow engine: jobs of a node killed with SIGKILL are taken by the others within one lease and
 * finish paying only for what was in flight at the kill; jobs of a node stopped with SIGTERM are
 * given back and taken at once; the instances list shows each node, its heartbeat and its jobs;
 * overlapping articles over the three are paid once each within one concurrency limit, a session
 * made on one node opens pages on the others, and a pause made on one is seen on the others.
 */
class SeveralNodesTest {

  private static final Duration LEASE = Duration.ofSeconds(6);
  private static final int JOBS = 6;
  private static final int SENTENCES = 6;

  private DeeplEcho echo = new DeeplEcho(300, 0);
  private final List<AppProcess> nodes = new ArrayList<>();
  private WireMockServer engine;
  private EmbeddedPostgres postgres;
  @TempDir Path dir;

  @AfterEach
  void stop() throws Exception {
    nodes.forEach(AppProcess::close);
    if (engine != null) {
      engine.stop();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  private List<String> arguments() {
    return arguments(1, 1);
  }

  private List<String> arguments(int maxItems, int maxConcurrency) {
    return nodeSettings(postgres, engine, dir, LEASE, maxItems, maxConcurrency);
  }

  /**
   * The settings of a node on this PostgreSQL with no seeds, a short lease, quick claim rounds and
   * heartbeats, and Urdu routed to the DeepL-shaped engine {@code slow} with these limits.
   */
  static List<String> nodeSettings(
      EmbeddedPostgres postgres,
      WireMockServer engine,
      Path dir,
      Duration lease,
      int maxItems,
      int maxConcurrency) {
    return List.of(
        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=postgres",
        "--tarjuma.memory.seed-path=" + dir.resolve("no-seeds"),
        "--tarjuma.jobs.chunk=2",
        "--tarjuma.jobs.lease=" + lease.toSeconds() + "s",
        "--tarjuma.jobs.claim-interval=300ms",
        "--tarjuma.cluster.heartbeat=1s",
        "--tarjuma.jobs.allow-private-callbacks=true",
        "--tarjuma.jobs.callback-secret=whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "--tarjuma.engines.slow.type=deepl",
        "--tarjuma.engines.slow.base-url=http://localhost:" + engine.port(),
        "--tarjuma.engines.slow.key=k",
        "--tarjuma.engines.slow.max-items=" + maxItems,
        "--tarjuma.engines.slow.max-concurrency=" + maxConcurrency,
        "--tarjuma.routing.ur=slow");
  }

  /** Three nodes with these settings, up: the first creates the schema, then two start at once. */
  private void startThree(List<String> arguments) {
    nodes.add(AppProcess.launch(dir, arguments).awaitUp(Duration.ofSeconds(120)));
    List<AppProcess> others =
        List.of(AppProcess.launch(dir, arguments), AppProcess.launch(dir, arguments));
    nodes.addAll(others);
    CompletableFuture.allOf(
            others.stream()
                .map(n -> CompletableFuture.runAsync(() -> n.awaitUp(Duration.ofSeconds(120))))
                .toArray(CompletableFuture[]::new))
        .join();
  }

  @Test
  void aKilledNodesJobsFinishElsewhereWithinOneLeaseAndAStoppedNodesAtOnce() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    engine = echo.serve();
    engine.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/callback"))
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(204)));
    startThree(arguments());
    AppProcess a = nodes.get(0);
    AppProcess b = nodes.get(1);
    AppProcess c = nodes.get(2);
    ApiClient admin = b.api();

    List<String> ids = new ArrayList<>();
    for (int j = 1; j <= JOBS; j++) {
      StringBuilder text = new StringBuilder();
      for (int i = 1; i <= SENTENCES; i++) {
        text.append("Report ").append(i).append(" came from district ").append(j).append(". ");
      }
      String body =
          "{\"text\": \""
              + text.toString().strip()
              + "\", \"targets\": [\"ur\"], \"callbackUrl\": \"http://localhost:"
              + engine.port()
              + "/callback\"}";
      ids.add(ApiClient.json(a.api().post("/api/v1/jobs", body)).get("id").asString());
    }
    String aId = nodeId(admin, a.port());
    assertThat(held(admin).get(aId)).containsExactlyInAnyOrderElementsOf(ids);

    waitUntil(() -> echo.texts.get() >= 4, Duration.ofSeconds(60));
    a.kill();
    Instant killed = Instant.now();
    int paidBeforeKill = echo.texts.get();

    // Every unfinished job is held by a live node within one lease (and one claim interval).
    Duration takeover = null;
    while (Duration.between(killed, Instant.now()).compareTo(LEASE.multipliedBy(3)) < 0) {
      Map<String, List<String>> held = held(admin);
      Set<String> unfinished = unfinished(admin, ids);
      Set<String> byLive = new HashSet<>();
      held.forEach(
          (node, jobs) -> {
            if (!node.equals(aId)) {
              byLive.addAll(jobs);
            }
          });
      if (!unfinished.isEmpty() && byLive.containsAll(unfinished)) {
        takeover = Duration.between(killed, Instant.now());
        break;
      }
      Thread.sleep(100);
    }
    assertThat(takeover).as("every unfinished job taken by a live node").isNotNull();
    assertThat(takeover).isLessThanOrEqualTo(LEASE.plusSeconds(2));
    System.out.printf(
        "SeveralNodesTest: a killed node's jobs taken after %d ms (lease %d s)%n",
        takeover.toMillis(), LEASE.toSeconds());

    // The live node holding the most jobs stops as a supervisor stops it: its jobs are given back
    // and taken by the other at once.
    String bId = nodeId(admin, b.port());
    Map<String, List<String>> heldNow = held(admin);
    boolean bLeaves =
        heldNow.getOrDefault(bId, List.of()).size()
            >= heldNow.getOrDefault(nodeId(admin, c.port()), List.of()).size();
    AppProcess leaving = bLeaves ? b : c;
    AppProcess staying = bLeaves ? c : b;
    String leavingId = nodeId(admin, leaving.port());
    String stayingId = nodeId(admin, staying.port());
    ApiClient survivor = staying.api();
    List<String> heldByLeaving = held(survivor).getOrDefault(leavingId, List.of());
    assertThat(heldByLeaving).isNotEmpty();
    leaving.stop();
    Instant stopped = Instant.now();
    waitUntil(
        () -> {
          Set<String> unfinished = unfinished(survivor, heldByLeaving);
          return held(survivor).getOrDefault(stayingId, List.of()).containsAll(unfinished);
        },
        LEASE);
    Duration handover = Duration.between(stopped, Instant.now());
    assertThat(handover).isLessThan(LEASE);
    System.out.printf(
        "SeveralNodesTest: a stopped node's jobs taken %d ms after it exited%n",
        handover.toMillis());

    ApiClient last = survivor;
    waitUntil(() -> unfinished(last, ids).isEmpty(), Duration.ofSeconds(90));
    for (String id : ids) {
      JsonNode status = ApiClient.json(last.get("/api/v1/jobs/" + id));
      assertThat(status.get("status").asString()).as(id).isEqualTo("done");
      assertThat(status.get("languages").get("ur").get("done").asInt()).isEqualTo(SENTENCES);
    }

    // Every job called back, the killed node's and the stopped node's too (from the outbox).
    Instant callbacksUntil = Instant.now().plusSeconds(20);
    Set<String> calledBack = new HashSet<>();
    while (calledBack.size() < ids.size() && Instant.now().isBefore(callbacksUntil)) {
      for (var event : engine.getAllServeEvents()) {
        if (event.getRequest().getUrl().equals("/callback")) {
          calledBack.add(
              ApiClient.JSON.readTree(event.getRequest().getBodyAsString()).get("id").asString());
        }
      }
      Thread.sleep(100);
    }
    assertThat(calledBack).containsExactlyInAnyOrderElementsOf(ids);

    // Paid twice: at most the one text in flight at the kill (max-items 1, max-concurrency 1); the
    // stopped node finished its requests in flight before it gave its jobs back.
    Map<String, Integer> sent = DeeplEcho.paid(engine);
    assertThat(sent).hasSize(JOBS * SENTENCES);
    assertThat(sent.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
        .hasSizeLessThanOrEqualTo(1);
    assertThat(paidBeforeKill).isLessThan(JOBS * SENTENCES);

    // The instances list: A dead (no heartbeat), the stopped node stopped, the last one alive
    // holding nothing.
    JsonNode instances = ApiClient.json(last.get("/api/v1/instances"));
    Map<String, JsonNode> byId = new HashMap<>();
    instances.forEach(n -> byId.put(n.get("id").asString(), n));
    assertThat(byId).containsKeys(aId, leavingId, stayingId);
    assertThat(byId.get(aId).get("alive").asBoolean()).isFalse();
    assertThat(byId.get(leavingId).get("alive").asBoolean()).isFalse();
    assertThat(byId.get(leavingId).get("stoppedAt").isNull()).isFalse();
    assertThat(byId.get(stayingId).get("alive").asBoolean()).isTrue();
    assertThat(byId.get(stayingId).get("lastHeartbeat").isNull()).isFalse();
    assertThat(byId.get(stayingId).get("holds")).isEmpty();
  }

  @Test
  void overlappingArticlesOnThreeNodesPayEachSentenceOnceWithinOneConcurrencyLimit()
      throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    echo = new DeeplEcho(200, 0, true);
    engine = echo.serve();
    startThree(arguments(2, 2));
    AppProcess first = nodes.get(0);
    List<AppProcess> others = nodes.subList(1, 3);

    // Twelve articles, each the same eight sentences and two of its own, four to each node at once.
    StringBuilder shared = new StringBuilder();
    for (int i = 1; i <= 8; i++) {
      shared.append("The council met for session ").append(i).append(". ");
    }
    List<CompletableFuture<String>> submitted = new ArrayList<>();
    for (int j = 1; j <= 12; j++) {
      AppProcess node = nodes.get(j % 3);
      String text = shared + "Outlet " + j + " filed first. Outlet " + j + " filed again.";
      String body = "{\"text\": \"" + text + "\", \"targets\": [\"ur\"]}";
      submitted.add(
          CompletableFuture.supplyAsync(
              () -> ApiClient.json(node.api().post("/api/v1/jobs", body)).get("id").asString()));
    }
    List<String> ids = submitted.stream().map(CompletableFuture::join).toList();
    ApiClient api = first.api();

    // Signed in on one node, the same session opens the admins' page on the other two, which lists
    // the three nodes alive.
    PageSession page = PageSession.signIn(first.port(), "admin", "test-admin-password");
    for (AppProcess node : others) {
      HttpResponse<String> engines = page.at(node.port()).get("/admin/engines");
      assertThat(engines.statusCode()).isEqualTo(200);
      assertThat(engines.body().split("class=\"state\">alive</td>", -1)).hasSize(4);
    }
    waitUntil(() -> unfinished(api, ids).isEmpty(), Duration.ofSeconds(120));

    Map<String, Integer> sent = DeeplEcho.paid(engine);
    // 8 shared sentences and 24 of the articles' own, each sent once in all.
    assertThat(sent).hasSize(8 + 24);
    assertThat(sent.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
        .isEmpty();
    // max-concurrency 2 held by the three nodes together.
    assertThat(echo.peakInFlight.get()).isBetween(1, 2);

    // A pause made on one node is seen by the other two within a second, and so is the resume.
    for (String change : List.of("pause", "resume")) {
      assertThat(api.post("/api/v1/engines/slow/" + change, "{}").statusCode()).isEqualTo(200);
      Instant made = Instant.now();
      for (AppProcess node : others) {
        waitUntil(
            () -> paused(node.api(), "slow") == change.equals("pause"), Duration.ofSeconds(1));
      }
      System.out.printf(
          "SeveralNodesTest: %s seen on both other nodes after %d ms%n",
          change, Duration.between(made, Instant.now()).toMillis());
    }
    System.out.printf(
        "SeveralNodesTest: %d texts sent for %d distinct, peak %d in flight%n",
        sent.values().stream().mapToInt(Integer::intValue).sum(),
        sent.size(),
        echo.peakInFlight.get());
  }

  private static boolean paused(ApiClient api, String engine) {
    for (JsonNode e : ApiClient.json(api.get("/api/v1/engines")).get("engines")) {
      if (e.get("name").asString().equals(engine)) {
        return e.get("paused").asBoolean();
      }
    }
    throw new AssertionError("no engine " + engine);
  }

  private static String nodeId(ApiClient api, int port) {
    for (JsonNode n : ApiClient.json(api.get("/api/v1/instances"))) {
      if (n.get("port").asInt() == port) {
        return n.get("id").asString();
      }
    }
    throw new AssertionError("no instance on port " + port);
  }

  private static Map<String, List<String>> held(ApiClient api) {
    Map<String, List<String>> out = new HashMap<>();
    for (JsonNode n : ApiClient.json(api.get("/api/v1/instances"))) {
      List<String> jobs = new ArrayList<>();
      JsonNode held = n.get("holds").get("jobs");
      if (held != null) {
        held.forEach(j -> jobs.add(j.asString()));
      }
      out.put(n.get("id").asString(), jobs);
    }
    return out;
  }

  private static Set<String> unfinished(ApiClient api, List<String> ids) {
    Set<String> out = new HashSet<>();
    for (String id : ids) {
      String status = ApiClient.json(api.get("/api/v1/jobs/" + id)).get("status").asString();
      if (!status.equals("done")) {
        assertThat(status).as(id).isNotEqualTo("failed");
        out.add(id);
      }
    }
    return out;
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition, Duration within)
      throws InterruptedException {
    Instant until = Instant.now().plus(within);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("not within " + within);
      }
      Thread.sleep(100);
    }
  }
}
