package org.tarjuma.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.Tarjuma;
import org.tarjuma.engine.DeeplEcho;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.PageSession;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes of the application in one JVM on one embedded PostgreSQL: what an admin, a curator or a
 * translator changes on node A holds on node B within a second (a paused engine, a glossary entry,
 * an approved translation among the fuzzy suggestions and in exact lookups, a revoked key, a
 * disabled user's session); and B, cut from its notifications while A changes all of that, has it
 * all once it has connected again. Polling is set to ten minutes, so only a notification or a
 * reconnection can bring it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

  private static final Logger log = LoggerFactory.getLogger(TwoNodesTest.class);
  private static final Duration WITHIN = Duration.ofSeconds(1);
  private static final Duration RECONNECT = Duration.ofSeconds(5);
  private static final String ENTRY =
      """
      {"english": {"preferred": {"text": "%s"}, "variants": [], "partOfSpeech": "properNoun",
        "domains": ["places"]},
       "targets": {"ur": {"preferred": "%s", "status": "APPROVED"}}}
      """;

  @TempDir static Path dir;
  private final DeeplEcho echo = new DeeplEcho(0, 0);
  private EmbeddedPostgres postgres;
  private WireMockServer engine;
  private ConfigurableApplicationContext nodeA;
  private ConfigurableApplicationContext nodeB;
  private ApiClient a;
  private ApiClient b;
  private int portA;
  private int portB;

  @BeforeAll
  void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    engine = echo.serve();
    nodeA = node();
    nodeB = node();
    portA = port(nodeA);
    portB = port(nodeB);
    a = new ApiClient(portA);
    b = new ApiClient(portB);
  }

  @AfterAll
  void stop() throws Exception {
    for (ConfigurableApplicationContext node :
        new ConfigurableApplicationContext[] {nodeB, nodeA}) {
      if (node != null) {
        node.close();
      }
    }
    if (engine != null) {
      engine.stop();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  private ConfigurableApplicationContext node() {
    // Arguments, not default properties: application.properties names the database too.
    return new SpringApplicationBuilder(Tarjuma.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres",
            "--tarjuma.memory.seed-path=" + dir.resolve("no-seeds"),
            "--tarjuma.engines.deepl.type=deepl",
            "--tarjuma.engines.deepl.base-url=http://localhost:" + engine.port(),
            "--tarjuma.engines.deepl.key=k",
            "--tarjuma.routing.ur=deepl",
            "--tarjuma.cluster.poll-fallback=10m",
            "--tarjuma.cluster.reconnect-backoff=" + RECONNECT.toMillis() + "ms");
  }

  private static int port(ConfigurableApplicationContext node) {
    return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
  }

  @Test
  void aPauseAndAResumeOnOneNodeAreSeenOnTheOtherWithinASecond() {
    assertThat(paused(b, "deepl")).isFalse();
    assertThat(a.post("/api/v1/engines/deepl/pause", "").statusCode()).isEqualTo(200);
    Duration paused = within(() -> paused(b, "deepl"), "the pause on B");

    assertThat(a.post("/api/v1/engines/deepl/resume", "").statusCode()).isEqualTo(200);
    Duration resumed = within(() -> !paused(b, "deepl"), "the resume on B");

    assertThat(paused).isLessThan(WITHIN);
    assertThat(resumed).isLessThan(WITHIN);
  }

  @Test
  void aGlossaryEntryAddedOnOneNodeIsMatchedOnTheOtherWithinASecond() {
    assertThat(matches(b, "On Zarghun Ghar today.")).doesNotContain("zarghun-ghar");
    HttpResponse<String> created =
        a.post("/api/v1/glossary/terms", ENTRY.formatted("Zarghun Ghar", "زرغون غر"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

    Duration matched =
        within(() -> matches(b, "On Zarghun Ghar today.").contains("zarghun-ghar"), "the match");
    assertThat(matched).isLessThan(WITHIN);
  }

  @Test
  void aTranslationApprovedOnOneNodeIsSuggestedOnTheOtherWithinASecond() {
    String first = "Traders said hundreds of trucks had waited at the border for days.";
    String sentence =
        "The border crossing at Torkham reopened on Monday after three days of talks.";
    String job = translated(first + " " + sentence);
    // B builds its fuzzy index now, from a memory of one approval: only a change can add the next.
    approve(job, 0, "تاجروں نے کہا کہ سیکڑوں ٹرک کئی دنوں سے سرحد پر انتظار کر رہے تھے۔");
    assertThat(suggested(b, first)).hasSize(1);
    assertThat(suggested(b, sentence)).isEmpty();

    // B has looked the sentence up in the memory, and keeps that it found nothing there.
    String approved = "طورخم کی سرحدی گزرگاہ تین دن کی بات چیت کے بعد پیر کو کھل گئی۔";
    assertThat(translatedOn(b, sentence)).isNotEqualTo(approved);

    approve(job, 1, approved);
    Duration suggested = within(() -> !suggested(b, sentence).isEmpty(), "the suggestion on B");
    Duration used = within(() -> translatedOn(b, sentence).equals(approved), "the memory on B");

    assertThat(suggested(b, sentence)).isEqualTo(suggested(a, sentence)).hasSize(1);
    assertThat(suggested).isLessThan(WITHIN);
    assertThat(used).isLessThan(WITHIN);
  }

  @Test
  void aKeyRevokedOnOneNodeIsRefusedOnTheOtherAtOnce() {
    JsonNode created =
        ApiClient.json(a.post("/api/v1/keys", "{\"label\": \"CMS\", \"role\": \"curator\"}"));
    ApiClient withKey = b.as(created.get("key").asString());
    assertThat(withKey.get("/api/v1/glossary/terms?size=1").statusCode()).isEqualTo(200);

    assertThat(delete(a, "/api/v1/keys/" + created.get("info").get("id").asString()))
        .isEqualTo(204);
    Duration refused =
        within(() -> withKey.get("/api/v1/glossary/terms?size=1").statusCode() == 401, "refusal");

    assertThat(refused).isLessThan(WITHIN);
  }

  @Test
  void aUserDisabledOnOneNodeIsSignedOutOnBothWithinASecondAndCannotSignInAgain() {
    createTranslator("farida");
    PageSession onA = PageSession.signIn(portA, "farida", "farida-strong-password");
    PageSession onB = PageSession.signIn(portB, "farida", "farida-strong-password");
    assertThat(onB.get("/articles").statusCode()).isEqualTo(200);

    assertThat(delete(a, "/api/v1/users/farida")).isEqualTo(204);
    Duration signedOut = within(() -> signedOut(onB), "the end of the session on B");

    assertThat(signedOut).isLessThan(WITHIN);
    assertThat(signedOut(onA)).as("on the node that disabled her, at once").isTrue();
    assertThat(
            PageSession.tryToSignIn(portB, "farida", "farida-strong-password")
                .headers()
                .firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).contains("/login?error"));
  }

  @Test
  void aNodeCutFromItsNotificationsHasEverythingItMissedOnceConnectedAgain() {
    String sentence = "Traders in Chaman said the gate stayed closed for a fifth day.";
    String job = translated(sentence + " Officials gave no reason.");
    assertThat(suggested(b, sentence)).isEmpty();
    String approved = "چمن کے تاجروں نے کہا کہ سرحدی گیٹ پانچویں روز بھی بند رہا۔";
    assertThat(translatedOn(b, sentence)).isNotEqualTo(approved);
    createTranslator("gulalai");
    PageSession onB = PageSession.signIn(portB, "gulalai", "gulalai-strong-password");
    assertThat(onB.get("/articles").statusCode()).isEqualTo(200);
    JdbcTemplate database = new JdbcTemplate(postgres.getPostgresDatabase());

    // B's listening connection ends; B connects again after RECONNECT.
    Integer listener = listenerOf(database, nodeId(portB));
    assertThat(listener).as("B's listening connection").isNotNull();
    long cut = System.nanoTime();
    assertThat(
            database.queryForObject(
                "SELECT pg_terminate_backend(?, 5000)", Boolean.class, listener))
        .isTrue();
    assertThat(a.post("/api/v1/engines/deepl/pause", "").statusCode()).isEqualTo(200);
    assertThat(a.post("/api/v1/glossary/terms", ENTRY.formatted("Kajaki Dam", "کجکی ڈیم")))
        .satisfies(created -> assertThat(created.statusCode()).isEqualTo(201));
    approve(job, 0, approved);
    assertThat(delete(a, "/api/v1/users/gulalai")).isEqualTo(204);

    // B did not hear any of it: it had no connection while A made the changes. Sessions are in the
    // database, so the disabled user's session ended on B at once all the same.
    assertThat(listenerOf(database, nodeId(portB))).as("B still cut off").isNull();
    assertThat(paused(b, "deepl")).isFalse();
    assertThat(matches(b, "Near Kajaki Dam.")).doesNotContain("kajaki-dam");
    assertThat(suggested(b, sentence)).isEmpty();
    assertThat(translatedOn(b, sentence)).isNotEqualTo(approved);
    assertThat(signedOut(onB)).isTrue();

    within(
        () ->
            paused(b, "deepl")
                && matches(b, "Near Kajaki Dam.").contains("kajaki-dam")
                && !suggested(b, sentence).isEmpty()
                && translatedOn(b, sentence).equals(approved),
        Duration.ofSeconds(20),
        "everything on B after its reconnection");
    Duration caughtUp = Duration.ofNanos(System.nanoTime() - cut);
    log.info("B had all it missed {} ms after its connection was cut", caughtUp.toMillis());
    assertThat(caughtUp).isLessThan(RECONNECT.plusSeconds(5));
    assertThat(listenerOf(database, nodeId(portB))).isNotNull().isNotEqualTo(listener);

    assertThat(a.post("/api/v1/engines/deepl/resume", "").statusCode()).isEqualTo(200);
    within(() -> !paused(b, "deepl"), "the resume on B");
  }

  /** Waits up to ten seconds for {@code condition} and answers how long it took. */
  private static Duration within(BooleanSupplier condition, String what) {
    Duration took = within(condition, Duration.ofSeconds(10), what);
    log.info("{}: {} ms", what, took.toMillis());
    return took;
  }

  private static Duration within(BooleanSupplier condition, Duration atMost, String what) {
    long start = System.nanoTime();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - start > atMost.toNanos()) {
        throw new AssertionError(what + ": not within " + atMost);
      }
      sleep(10);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private static boolean paused(ApiClient node, String engine) {
    for (JsonNode e : ApiClient.json(node.get("/api/v1/engines")).get("engines")) {
      if (e.get("name").asString().equals(engine)) {
        return e.get("paused").asBoolean();
      }
    }
    throw new AssertionError("no engine " + engine);
  }

  private static List<String> matches(ApiClient node, String text) {
    JsonNode found =
        ApiClient.json(
            node.post(
                "/api/v1/glossary/match",
                "{\"text\": " + ApiClient.JSON.writeValueAsString(text) + "}"));
    return found.get("matches").findValuesAsString("entryId");
  }

  private static List<String> suggested(ApiClient node, String sentence) {
    HttpResponse<String> answer =
        node.get(
            "/api/v1/memory/suggestions?lang=ur&text="
                + URLEncoder.encode(sentence, StandardCharsets.UTF_8));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return ApiClient.json(answer).findValuesAsString("target");
  }

  /** The sentence in Urdu as the node translates it: from its memory before any engine. */
  private static String translatedOn(ApiClient node, String sentence) {
    HttpResponse<String> answer =
        node.post(
            "/api/v1/translate",
            "{\"text\": "
                + ApiClient.JSON.writeValueAsString(sentence)
                + ", \"targets\": [\"ur\"]}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return ApiClient.json(answer).get("translations").get("ur").get("text").asString();
  }

  private static boolean signedOut(PageSession session) {
    HttpResponse<String> page = session.get("/articles");
    return page.statusCode() == 302
        && page.headers().firstValue("Location").orElse("").endsWith("/login");
  }

  /** Submits the text to node A and waits for its translation. */
  private String translated(String text) {
    String id =
        ApiClient.json(
                a.post(
                    "/api/v1/jobs",
                    "{\"text\": "
                        + ApiClient.JSON.writeValueAsString(text)
                        + ", \"targets\": [\"ur\"]}"))
            .get("id")
            .asString();
    within(
        () -> ApiClient.json(a.get("/api/v1/jobs/" + id)).get("status").asString().equals("done"),
        Duration.ofSeconds(60),
        "job " + id);
    return id;
  }

  /** An admin approves a segment's translation on node A's review page. */
  private void approve(String job, int position, String target) {
    PageSession admin = PageSession.signIn(portA, "admin", "test-admin-password");
    HttpResponse<String> approved =
        admin.post(
            "/articles/" + job + "/segments/ur/" + position,
            Map.of("action", "approve", "target", target, "version", "0"));
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
  }

  private void createTranslator(String name) {
    a.addTranslator(name);
  }

  private static int delete(ApiClient node, String path) {
    return node.send(HttpRequest.newBuilder(node.uri(path)).DELETE().build()).statusCode();
  }

  private String nodeId(int port) {
    for (JsonNode n : ApiClient.json(a.get("/api/v1/instances"))) {
      if (n.get("port").asInt() == port && n.get("alive").asBoolean()) {
        return n.get("id").asString();
      }
    }
    throw new AssertionError("no live instance on port " + port);
  }

  /** The backend of the node's listening connection, by its name; null when it has none. */
  private static Integer listenerOf(JdbcTemplate database, String nodeId) {
    String name = NotifiedChanges.applicationName(nodeId);
    List<Integer> pids =
        database.queryForList(
            "SELECT pid FROM pg_stat_activity WHERE application_name = ?", Integer.class, name);
    assertThat(pids).hasSizeLessThanOrEqualTo(1);
    return pids.isEmpty() ? null : pids.getFirst();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
