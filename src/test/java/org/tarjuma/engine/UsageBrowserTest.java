package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tarjuma.testing.Browser;
import org.tarjuma.web.FormulaGuard;

/**
 * The usage page in a real browser (Debian's chromium and chromium-driver, headless): charts drawn
 * with as many series as their tables, the range changing what is shown, the CSV link giving what
 * the tables show. The ledger's rows lie in December 2021. Screenshots go to target/screenshots/.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:usage-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class UsageBrowserTest {

  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final AtomicBoolean HISTORY = new AtomicBoolean();
  private static WebDriver browser;

  @LocalServerPort int port;
  @Autowired UsageLedger ledger;

  @BeforeAll
  static void start() throws Exception {
    Files.createDirectories(SHOTS);
    browser = Browser.chrome();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void history() {
    if (HISTORY.compareAndSet(false, true)) {
      ledger.append(UsageLedgerTest.history());
      ledger.append(UsageSeriesTest.timed());
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  /** Signs in as the admin and opens the usage page over {@code from} to {@code to}. */
  private void open(String from, String to) {
    browser.manage().deleteAllCookies();
    browser.get(url("/admin/usage"));
    browser
        .findElement(By.name("username"))
        .sendKeys("admin" + Keys.TAB + "test-admin-password" + Keys.ENTER);
    waiting().until(d -> d.getCurrentUrl().contains("/admin/usage"));
    browser.get(url("/admin/usage?from=" + from + "&to=" + to));
    drawn();
  }

  /** Waits until every chart with a table has been drawn. */
  private void drawn() {
    waiting()
        .withMessage("every plot drawn")
        .until(
            d ->
                d.findElements(By.cssSelector(".plot")).stream()
                    .allMatch(p -> p.getAttribute("data-series") != null));
  }

  private WebElement chart(String id) {
    return browser.findElement(By.cssSelector("section[data-chart='" + id + "']"));
  }

  /** The series names in a chart's table header. */
  private static List<String> seriesOf(WebElement chart) {
    List<String> names = new ArrayList<>();
    List<WebElement> heads = chart.findElements(By.cssSelector("table.series thead th"));
    heads.stream().skip(1).forEach(th -> names.add(th.getAttribute("textContent")));
    return names;
  }

  private void screenshot(String name) throws Exception {
    Files.write(
        SHOTS.resolve(name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void everyChartIsDrawnWithAsManySeriesAsItsTableAndALabel() throws Exception {
    open("2021-12-01", "2021-12-03");
    screenshot("usage");
    List<WebElement> plots = browser.findElements(By.cssSelector("section.chart .plot"));
    assertThat(plots).hasSize(6);
    for (WebElement plot : plots) {
      WebElement section = plot.findElement(By.xpath("./ancestor::section[1]"));
      String id = section.getAttribute("data-chart");
      List<String> series = seriesOf(section);
      assertThat(plot.findElements(By.tagName("canvas"))).as(id).isNotEmpty();
      assertThat(plot.getAttribute("data-series")).as(id).isEqualTo(String.valueOf(series.size()));
      // uPlot's legend: the day, then one line per series, named as the table's columns.
      List<String> legend = new ArrayList<>();
      plot.findElements(By.cssSelector(".u-legend .u-series .u-label"))
          .forEach(l -> legend.add(l.getText()));
      assertThat(legend).as(id).isEqualTo(concat("Day", series));
      assertThat(plot.getAttribute("role")).isEqualTo("img");
      assertThat(plot.getAttribute("aria-label")).as(id).contains(series.size() + " series");
    }
    assertThat(seriesOf(chart("engine-latency")))
        .containsExactly("azure p50", "azure p95", "deepl p50", "deepl p95");
  }

  @Test
  void theRangeChangesWhatIsShown() {
    open("2021-12-01", "2021-12-01");
    WebElement outlets = chart("characters-by-outlet");
    assertThat(seriesOf(outlets)).containsExactly("Dawn, \"Karachi\"", "dawn");
    assertThat(outlets.findElements(By.cssSelector("table.series tbody tr"))).hasSize(1);
    assertThat(chart("failures-by-outcome").getText()).contains("Nothing in this period.");

    ((JavascriptExecutor) browser)
        .executeScript("document.querySelector('input[name=to]').value = '2021-12-03'");
    browser.findElement(By.cssSelector(".usage-range button")).click();
    waiting().until(d -> d.getCurrentUrl().contains("to=2021-12-03"));
    drawn();
    outlets = chart("characters-by-outlet");
    assertThat(seriesOf(outlets)).containsExactly("Dawn, \"Karachi\"", "dawn", "tolo");
    assertThat(outlets.findElements(By.cssSelector("table.series tbody tr"))).hasSize(3);
    assertThat(outlets.findElement(By.cssSelector(".plot")).getAttribute("data-series"))
        .isEqualTo("3");
    assertThat(seriesOf(chart("failures-by-outcome")))
        .containsExactly("quota_exhausted", "retryable");
  }

  @Test
  void theCsvLinkGivesWhatTheTablesShow() throws Exception {
    open("2021-12-01", "2021-12-03");
    String href = browser.findElement(By.linkText("CSV of what is shown")).getAttribute("href");
    assertThat(href).endsWith("/admin/usage/csv?from=2021-12-01&to=2021-12-03");
    // The download in the browser's own session, as its link would fetch it.
    String csv =
        (String)
            ((JavascriptExecutor) browser)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0]).then(r => r.text()).then(done);",
                    href);
    List<String> fromCsv = new ArrayList<>();
    for (CSVRecord r :
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))) {
      fromCsv.add(
          String.join(
              "|",
              r.get("chart"),
              FormulaGuard.unguard(r.get("series")),
              r.get("day"),
              r.get("value")));
    }
    assertThat(fromCsv).hasSize(tables().size()).isEqualTo(tables());
  }

  @Test
  void aBadDateSaysWhatIsWrongAndDrawsNothing() {
    open("2021-12-01", "2021-12-03");
    browser.get(url("/admin/usage?from=2021-12-32"));
    assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
        .contains("'from' must be an ISO date such as 2026-12-01; got '2021-12-32'.");
    assertThat(browser.findElements(By.cssSelector("section.chart"))).isEmpty();
  }

  /** Every table cell as {@code chart|series|day|value}, in the page's order; a gap blank. */
  private List<String> tables() {
    List<String> cells = new ArrayList<>();
    for (WebElement section : browser.findElements(By.cssSelector("section.chart"))) {
      List<String> series = seriesOf(section);
      List<WebElement> rows = section.findElements(By.cssSelector("table.series tbody tr"));
      for (int s = 0; s < series.size(); s++) {
        for (WebElement row : rows) {
          String value = row.findElements(By.tagName("td")).get(s).getAttribute("textContent");
          cells.add(
              String.join(
                  "|",
                  section.getAttribute("data-chart"),
                  series.get(s),
                  row.findElement(By.tagName("th")).getAttribute("textContent"),
                  value.equals("–") ? "" : value));
        }
      }
    }
    return cells;
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(rest);
    return all;
  }
}
