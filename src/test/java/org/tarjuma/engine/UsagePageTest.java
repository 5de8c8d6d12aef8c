package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.testing.ApiClient.assertProblem;
import static org.tarjuma.testing.ApiClient.json;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.PageSession;
import tools.jackson.databind.JsonNode;

/**
 * {@code /admin/usage}: the page, its data as JSON and as CSV over a range of days, what a bad
 * range answers, and who may see it. The fixed ledger rows lie in December 2021; live jobs today.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:usage-page;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class UsagePageTest {

  static final DeeplEcho ECHO = new DeeplEcho(0, 0);
  static final WireMockServer WIREMOCK = ECHO.serve();
  static final String DECEMBER = "from=2021-12-01&to=2021-12-03";
  static final List<String> CHARTS =
      List.of(
          "characters-by-outlet",
          "cost-by-outlet",
          "characters-by-engine",
          "cost-by-engine",
          "segment-origins",
          "engine-latency",
          "failures-by-outcome",
          "qa-flags-by-language");
  private static final AtomicBoolean HISTORY = new AtomicBoolean();

  @DynamicPropertySource
  static void engines(DynamicPropertyRegistry registry) {
    DeeplEcho.route(registry, WIREMOCK.port(), "ur", "ps");
  }

  @AfterAll
  static void stop() {
    WIREMOCK.stop();
  }

  @LocalServerPort int port;
  @Autowired UsageLedger ledger;

  @BeforeEach
  void history() {
    if (HISTORY.compareAndSet(false, true)) {
      ledger.append(UsageLedgerTest.history());
      ledger.append(UsageSeriesTest.timed());
    }
  }

  private ApiClient admin() {
    return new ApiClient(port);
  }

  /** An admin signed in through the form: the page and its data take a session, not a key. */
  private PageSession page() {
    return PageSession.signIn(port, "admin", "test-admin-password");
  }

  private JsonNode chart(JsonNode data, String id) {
    for (JsonNode chart : data.get("charts")) {
      if (chart.get("id").asString().equals(id)) {
        return chart;
      }
    }
    throw new AssertionError("no chart " + id + " in " + data);
  }

  /** A series' values, {@code null} for a gap. */
  private static List<String> values(JsonNode chart, String series) {
    for (JsonNode s : chart.get("series")) {
      if (s.get("name").asString().equals(series)) {
        List<String> values = new ArrayList<>();
        s.get("values")
            .forEach(v -> values.add(v.isNull() ? null : v.decimalValue().toPlainString()));
        return values;
      }
    }
    throw new AssertionError("no series " + series + " in " + chart);
  }

  @Test
  void theDataGivesEveryChartADayBySeriesOverTheRange() {
    HttpResponse<String> answer = page().get("/admin/usage/data?" + DECEMBER);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode data = json(answer);
    assertThat(data.get("from").asString()).isEqualTo("2021-12-01");
    assertThat(data.get("to").asString()).isEqualTo("2021-12-03");
    List<String> ids = new ArrayList<>();
    data.get("charts").forEach(c -> ids.add(c.get("id").asString()));
    assertThat(ids).isEqualTo(CHARTS);
    JsonNode outlets = chart(data, "characters-by-outlet");
    assertThat(outlets.get("days").toString())
        .isEqualTo("[\"2021-12-01\",\"2021-12-02\",\"2021-12-03\"]");
    assertThat(values(outlets, "tolo")).containsExactly("0", "0", "60");
    assertThat(values(outlets, "dawn")).containsExactly("410", "0", "0");
    assertThat(values(chart(data, "engine-latency"), "deepl p95"))
        .containsExactly("190", null, null);
    assertThat(values(chart(data, "failures-by-outcome"), "retryable"))
        .containsExactly("0", "2", "0");
    assertThat(chart(data, "qa-flags-by-language").get("series")).isEmpty();
  }

  @Test
  void theCsvHoldsTheSameSeriesAsTheData() throws Exception {
    HttpResponse<String> csv = page().get("/admin/usage/csv?" + DECEMBER);
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"tarjuma-usage-2021-12-01-2021-12-03.csv\"");
    List<String> fromCsv = new ArrayList<>();
    for (CSVRecord r :
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.body()))) {
      fromCsv.add(
          String.join("|", r.get("chart"), r.get("series"), r.get("day"), number(r.get("value"))));
    }
    List<String> fromData = new ArrayList<>();
    for (JsonNode chart : json(page().get("/admin/usage/data?" + DECEMBER)).get("charts")) {
      for (JsonNode s : chart.get("series")) {
        for (int i = 0; i < chart.get("days").size(); i++) {
          JsonNode v = s.get("values").get(i);
          fromData.add(
              String.join(
                  "|",
                  chart.get("id").asString(),
                  s.get("name").asString(),
                  chart.get("days").get(i).asString(),
                  v.isNull() ? "" : number(v.decimalValue().toPlainString())));
        }
      }
    }
    assertThat(fromCsv)
        .isEqualTo(fromData)
        .contains("cost-by-outlet|Dawn, \"Karachi\"|2021-12-01|0.0004");
  }

  @Test
  void thePageHasAPlotAndADataTablePerChartAndServesItsChartLibrary() {
    PageSession page = page();
    HttpResponse<String> answer = page.get("/admin/usage?" + DECEMBER);
    assertThat(answer.statusCode()).isEqualTo(200);
    String html = answer.body();
    CHARTS.forEach(id -> assertThat(html).contains("data-chart=\"" + id + "\""));
    assertThat(html)
        .contains("value=\"2021-12-01\"", "value=\"2021-12-03\"")
        .contains("href=\"/admin/usage/csv?from=2021-12-01&amp;to=2021-12-03\"")
        .contains("role=\"img\"", "aria-label=\"Engine latency per day")
        .contains("<th scope=\"col\">deepl p95</th>", "<td>190</td>", "<td>–</td>")
        .contains("<p class=\"empty\">Nothing in this period.</p>")
        .contains("src=\"/webjars/uplot/dist/uPlot.iife.min.js\"");
    // No job in December 2021: its origins and QA flags are empty, and have no table.
    assertThat(html.split("<table class=\"series\">", -1)).hasSize(CHARTS.size() - 2 + 1);
    assertThat(html.split("Nothing in this period.</p>", -1)).hasSize(2 + 1);
    HttpResponse<String> library = page.get("/webjars/uplot/dist/uPlot.iife.min.js");
    assertThat(library.statusCode()).isEqualTo(200);
    assertThat(library.body()).contains("uPlot");
  }

  @Test
  void withoutARangeTheLast30DaysTodayIncluded() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    JsonNode data = json(page().get("/admin/usage/data"));
    assertThat(data.get("to").asString()).isEqualTo(today.toString());
    assertThat(data.get("from").asString()).isEqualTo(today.minusDays(29).toString());
    assertThat(data.get("charts").get(0).get("days")).hasSize(30);
  }

  @Test
  void aBadRangeIsA400ThatSaysWhyNeverA5xx() {
    PageSession page = page();
    HttpResponse<String> onPage = page.get("/admin/usage?from=2021-13-01&to=2021-12-03");
    assertThat(onPage.statusCode()).isEqualTo(400);
    assertThat(onPage.body())
        .contains("role=\"alert\"", "&#39;from&#39; must be an ISO date such as 2026-12-01")
        .contains("value=\"2021-13-01\"")
        .doesNotContain("data-chart=");
    HttpResponse<String> data = page().get("/admin/usage/data?to=yesterday");
    assertProblem(data, 400, "'to' must be an ISO date");
    assertThat(json(data).get("field").asString()).isEqualTo("to");
    HttpResponse<String> csv = page.get("/admin/usage/csv?from=2021-12-05&to=2021-12-01");
    assertProblem(csv, 400, "must not be after 'to'");
    assertThat(json(csv).get("field").asString()).isEqualTo("from");
  }

  @Test
  void onlyAnAdminMaySeeIt() {
    admin().addTranslator("usage-reader");
    PageSession translator =
        PageSession.signIn(port, "usage-reader", "usage-reader-strong-password");
    for (String path : List.of("/admin/usage", "/admin/usage/data", "/admin/usage/csv")) {
      assertThat(translator.get(path).statusCode()).as(path).isEqualTo(403);
      HttpResponse<String> anonymous = admin().as(null).get(path);
      assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
      assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
    }
  }

  @Test
  void segmentsFromEngineAndCacheAndTheirQaFlagsCountOnTheirJobsDay() {
    String article = "{\"text\": \"The river rose. The bridge held.\", \"targets\": [\"ur\"]}";
    done(admin().post("/api/v1/jobs", article));
    done(admin().post("/api/v1/jobs", article));
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    JsonNode data = json(page().get("/admin/usage/data?from=" + today + "&to=" + today));
    // Two jobs of two segments: the first job's from the engine, the second's from the cache.
    assertThat(values(chart(data, "segment-origins"), "engine")).containsExactly("50.0");
    assertThat(values(chart(data, "segment-origins"), "cache")).containsExactly("50.0");
    // The echo answers in English: every segment is flagged by QA.
    assertThat(values(chart(data, "qa-flags-by-language"), "ur")).containsExactly("4");
    assertThat(values(chart(data, "engine-latency"), "deepl p50")).doesNotContainNull();
  }

  /** A number as digits without trailing zeros ({@code 0.0004}), blank as blank. */
  private static String number(String value) {
    return value.isEmpty() ? "" : new BigDecimal(value).stripTrailingZeros().toPlainString();
  }

  private void done(HttpResponse<String> submitted) {
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
    String id = json(submitted).get("id").asString();
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until) {
      if (json(admin().get("/api/v1/jobs/" + id)).get("status").asString().equals("done")) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("job " + id + " did not finish");
  }
}
