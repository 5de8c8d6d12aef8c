package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.testing.ApiClient.assertProblem;
import static org.tarjuma.testing.ApiClient.json;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tarjuma.testing.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/usage} over the usage ledger: the rows live requests write, the totals per
 * day, outlet, engine and language over a period, CSV, and what is refused. The fixed rows of
 * {@link UsageLedgerTest#history()} lie in December 2021, away from the rows of live requests.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:usage-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class UsageApiTest {

  static final DeeplEcho ECHO = new DeeplEcho(0, 0);
  static final WireMockServer WIREMOCK = ECHO.serve();
  static final String DECEMBER = "from=2021-12-01&to=2021-12-04";
  private static final AtomicBoolean HISTORY = new AtomicBoolean();

  @DynamicPropertySource
  static void engines(DynamicPropertyRegistry registry) {
    DeeplEcho.route(registry, WIREMOCK.port(), "ur", "ps");
    registry.add("tarjuma.engines.deepl.price-per-million-chars", () -> "25.00");
  }

  @AfterAll
  static void stop() {
    WIREMOCK.stop();
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired UsageLedger ledger;

  private ApiClient admin() {
    return new ApiClient(port);
  }

  @BeforeEach
  void history() {
    if (HISTORY.compareAndSet(false, true)) {
      ledger.append(UsageLedgerTest.history());
    }
  }

  private HttpResponse<String> post(String path, String body, String outlet) {
    return admin()
        .send(
            HttpRequest.newBuilder(admin().uri(path))
                .header("Content-Type", "application/json")
                .header("X-Tarjuma-Outlet", outlet)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
  }

  /** engine, lang, characters, cost, outcome, job of an outlet's rows, engines by name. */
  private List<List<Object>> rows(String outlet) {
    return jdbc.query(
        "SELECT engine, lang, characters, cost, outcome, job_id FROM usage_ledger"
            + " WHERE outlet = ? ORDER BY engine, lang",
        (rs, n) ->
            java.util.Arrays.asList(
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getBigDecimal(4),
                rs.getString(5),
                rs.getString(6)),
        outlet);
  }

  @Test
  void everyRequestIsARowWithItsOutletLanguageCostAndJob() {
    HttpResponse<String> text =
        post(
            "/api/v1/translate",
            "{\"text\": \"The harvest was late this year.\", \"targets\": [\"ur\"]}",
            "kabul-times");
    assertThat(text.statusCode()).as(text.body()).isEqualTo(200);
    long billed = json(text).get("translations").get("ur").get("billedCharacters").asLong();
    assertThat(billed).isPositive();
    assertThat(rows("kabul-times"))
        .as("a short text has no job")
        .containsExactly(
            java.util.Arrays.asList("deepl", "ur", billed, price(billed).setScale(12), "ok", null),
            java.util.Arrays.asList("memory", "ur", 0L, BigDecimal.ZERO.setScale(12), "ok", null));

    HttpResponse<String> submitted =
        post(
            "/api/v1/jobs",
            "{\"text\": \"The river rose. The bridge held.\", \"source\": \"en\","
                + " \"targets\": [\"ur\", \"ps\"]}",
            "pajhwok");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
    String job = json(submitted).get("id").asString();
    awaitDone(job);
    List<List<Object>> rows = rows("pajhwok");
    assertThat(rows).extracting(r -> r.get(5)).containsOnly(job);
    assertThat(rows).extracting(r -> r.get(4)).containsOnly("ok");
    assertThat(rows)
        .filteredOn(r -> r.get(0).equals("deepl"))
        .extracting(r -> r.get(1))
        .containsOnly("ps", "ur");
    long jobCharacters = rows.stream().mapToLong(r -> (Long) r.get(2)).sum();
    assertThat(jobCharacters).isPositive();
    assertThat(groups("groupBy=outlet"))
        .filteredOn(g -> g.get("key").asString().equals("pajhwok"))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.get("characters").asLong()).isEqualTo(jobCharacters);
              assertThat(g.get("cost").decimalValue()).isEqualByComparingTo(price(jobCharacters));
            });
  }

  @Test
  void withoutGroupByTheAnswerKeepsItsShape() {
    JsonNode usage = json(admin().get("/api/v1/usage?" + DECEMBER));
    assertThat(usage.get("since").asString()).isEqualTo("2021-12-01T00:00:00Z");
    assertThat(usage.get("engines").findValuesAsString("engine"))
        .containsExactly("azure", "deepl", "memory");
    JsonNode deepl = usage.get("engines").get(1);
    assertThat(deepl.get("characters").asLong()).isEqualTo(260);
    assertThat(deepl.get("cost").decimalValue()).isEqualByComparingTo("0.0065");
    assertThat(deepl.get("requests").toString()).isEqualTo("{\"ok\":2,\"quota_exhausted\":1}");
    assertThat(usage.get("engines").get(2).get("requests").toString()).isEqualTo("{}");
    // The body as sent: a client's JSON reader may print 0.0004 as 4.0E-4.
    assertThat(admin().get("/api/v1/usage?" + DECEMBER).body())
        .contains(
            "\"outlets\":[{\"outlet\":\"Dawn, \\\"Karachi\\\"\",\"characters\":40,\"cost\":0.0004},"
                + "{\"outlet\":\"dawn\",\"characters\":200,\"cost\":0.005},"
                + "{\"outlet\":\"tolo\",\"characters\":60,\"cost\":0.0015}]");
    assertThat(json(admin().get("/api/v1/usage")).get("since").asString())
        .isEqualTo("2021-12-01T09:00:00Z");
  }

  @Test
  void groupedByDayOutletEngineOrLanguage() {
    assertThat(admin().get("/api/v1/usage?" + DECEMBER + "&groupBy=day").body())
        .isEqualTo(
            "{\"groupBy\":\"day\",\"from\":\"2021-12-01T00:00:00Z\",\"to\":\"2021-12-04T00:00:00Z\","
                + "\"groups\":[{\"key\":\"2021-12-01\",\"characters\":240,\"cost\":0.0054,\"requests\":2},"
                + "{\"key\":\"2021-12-02\",\"characters\":0,\"cost\":0,\"requests\":1},"
                + "{\"key\":\"2021-12-03\",\"characters\":60,\"cost\":0.0015,\"requests\":1}]}");
    assertThat(keys("outlet")).containsExactly("Dawn, \"Karachi\"", "dawn", "tolo");
    assertThat(keys("engine")).containsExactly("azure", "deepl");
    assertThat(keys("language")).containsExactly("prs", "ps", "ur");
    assertThat(groups(DECEMBER + "&groupBy=engine").get(1).get("requests").asLong()).isEqualTo(3);
    assertThat(groups(DECEMBER + "&groupBy=language").get(2).get("characters").asLong())
        .isEqualTo(140);
  }

  @Test
  void fromIsInclusiveAndToExclusiveAsDatesOrInstants() {
    assertThat(keysOf("from=2021-12-01&to=2021-12-02&groupBy=day")).containsExactly("2021-12-01");
    assertThat(keysOf("from=2021-12-02&to=2021-12-03&groupBy=day")).containsExactly("2021-12-02");
    assertThat(keysOf("from=2021-12-01T09:00:00Z&to=2021-12-01T23:59:59.999Z&groupBy=outlet"))
        .containsExactly("dawn");
    assertThat(keysOf("from=2021-12-01T14:00:00%2B05:00&to=2021-12-02&groupBy=outlet"))
        .as("09:00 UTC is 14:00 in Karachi")
        .containsExactly("Dawn, \"Karachi\"", "dawn");
    assertThat(keysOf("to=2021-12-01T23:59:59.999Z&groupBy=engine")).containsExactly("deepl");
  }

  @Test
  void csvHasAHeaderAndALinePerGroupOrPerEngine() {
    HttpResponse<String> outlets =
        admin().get("/api/v1/usage?" + DECEMBER + "&groupBy=outlet", "text/csv");
    assertThat(outlets.statusCode()).isEqualTo(200);
    assertThat(outlets.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(outlets.body())
        .isEqualTo(
            "outlet,characters,cost,requests\r\n"
                + "\"Dawn, \"\"Karachi\"\"\",40,0.0004,1\r\n"
                + "dawn,200,0.005,1\r\n"
                + "tolo,60,0.0015,2\r\n");
    assertThat(admin().get("/api/v1/usage?" + DECEMBER, "text/csv").body())
        .isEqualTo(
            "engine,characters,cost,requests,ok,retryable,quota_exhausted,authentication,"
                + "rejected,unsupported_language\r\n"
                + "azure,40,0.0004,1,1,0,0,0,0,0\r\n"
                + "deepl,260,0.0065,3,2,0,1,0,0,0\r\n"
                + "memory,0,0,0,0,0,0,0,0,0\r\n");
    assertThat(admin().get("/api/v1/usage?" + DECEMBER, "application/json").body())
        .startsWith("{\"since\":");
  }

  @Test
  void aBadGroupingOrDateIsRefusedSayingWhatIsAccepted() {
    for (String accept : List.of("application/json", "text/csv")) {
      assertProblem(
          admin().get("/api/v1/usage?groupBy=week", accept),
          400,
          "Unknown groupBy 'week'. Accepted: day, outlet, engine, language");
      assertProblem(
          admin().get("/api/v1/usage?from=yesterday", accept),
          400,
          "'from' must be an ISO date (2026-12-01");
      assertProblem(
          admin().get("/api/v1/usage?to=2021-12-01T10:00", accept),
          400,
          "an instant with its offset");
      assertProblem(
          admin().get("/api/v1/usage?from=2021-12-02&to=2021-12-01", accept),
          400,
          "must be before 'to'");
    }
  }

  @Test
  void anOutletNameLongerThanTheLedgerKeepsIsRefusedBeforeAnythingIsSent() {
    int sent = ECHO.texts.get();
    assertProblem(
        post(
            "/api/v1/translate",
            "{\"text\": \"The talks ended.\", \"targets\": [\"ur\"]}",
            "x".repeat(121)),
        400,
        "X-Tarjuma-Outlet takes at most 120 characters");
    assertThat(ECHO.texts.get()).isEqualTo(sent);
  }

  @Test
  void onlyAnAdminMayReadIt() {
    HttpResponse<String> created =
        admin()
            .post(
                "/api/v1/keys",
                "{\"label\": \"Dawn CMS\", \"role\": \"outlet\", \"outlet\": \"dawn\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    ApiClient dawn = admin().as(json(created).get("key").asString());
    assertProblem(dawn.get("/api/v1/usage"), 403, "The role 'outlet' may not GET /api/v1/usage");
    assertProblem(dawn.get("/api/v1/usage?groupBy=day", "text/csv"), 403, "may not");
    assertProblem(admin().as(null).get("/api/v1/usage"), 401, "");
  }

  private static BigDecimal price(long characters) {
    return new BigDecimal("25").multiply(BigDecimal.valueOf(characters)).movePointLeft(6);
  }

  private List<JsonNode> groups(String query) {
    return json(admin().get("/api/v1/usage?" + query)).get("groups").valueStream().toList();
  }

  private List<String> keys(String groupBy) {
    return keysOf(DECEMBER + "&groupBy=" + groupBy);
  }

  private List<String> keysOf(String query) {
    HttpResponse<String> answer = admin().get("/api/v1/usage?" + query);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json(answer).get("groups").findValuesAsString("key");
  }

  private void awaitDone(String id) {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      String status = json(admin().get("/api/v1/jobs/" + id)).get("status").asString();
      if (status.equals("done")) {
        return;
      }
      assertThat(status).isNotEqualTo("failed");
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("job " + id + " did not finish");
  }
}
