package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tarjuma.testing.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The review pages in a real browser: Debian's chromium and chromium-driver, headless (installed by
 * .ci/run). Screenshots go to target/screenshots/.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:review-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class ReviewBrowserTest {

  private static final Path SHOTS = Path.of("target", "screenshots");
  private static WebDriver browser;

  @LocalServerPort int port;

  @BeforeAll
  static void start() throws Exception {
    Files.createDirectories(SHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
    browser =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build(),
            options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private String submit(String json) {
    ApiClient api = new ApiClient(port);
    var response = api.post("/api/v1/jobs", json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    String id = ApiClient.json(response).get("id").asString();
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until) {
      JsonNode status = ApiClient.json(api.get("/api/v1/jobs/" + id));
      if (status.get("status").asString().equals("done")) {
        return id;
      }
      sleep(100);
    }
    throw new AssertionError("job " + id + " did not finish");
  }

  private void signIn() {
    browser.manage().deleteAllCookies();
    browser.get(url("/articles"));
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    browser.findElement(By.name("username")).sendKeys("admin");
    browser.findElement(By.name("password")).sendKeys("test-admin-password");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .withMessage(() -> "signed in, at " + browser.getCurrentUrl())
        .until(d -> d.getCurrentUrl().contains("/articles"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Articles");
  }

  private void screenshot(String name) throws Exception {
    Files.write(
        SHOTS.resolve(name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void theSeedArticleShowsInThreeLanguagesRightToLeftInTheirFonts() throws Exception {
    String seed = Files.readString(Path.of("seeds/kandahar-strikes.txt"));
    String id =
        submit(
            ApiClient.JSON
                .createObjectNode()
                .put("text", seed)
                .put("articleId", "kandahar-strikes")
                .set("targets", ApiClient.JSON.valueToTree(List.of("ur", "ps", "prs")))
                .toString());
    signIn();
    WebElement link = browser.findElement(By.linkText("kandahar-strikes"));
    screenshot("articles");
    link.click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().endsWith("/articles/" + id));

    List<WebElement> rows = browser.findElements(By.cssSelector("tr.segment"));
    assertThat(rows).hasSize(128);
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeAsyncScript("document.fonts.ready.then(arguments[arguments.length - 1]);");
    for (String lang : List.of("ur", "ps", "prs")) {
      WebElement cell = rows.get(1).findElement(By.cssSelector("td.t-" + lang));
      assertThat(cell.getAttribute("dir")).isEqualTo("rtl");
      assertThat(cell.getAttribute("lang")).isEqualTo(lang);
      assertThat(cell.getText()).isNotBlank();
      assertThat(cell.getCssValue("direction")).isEqualTo("rtl");
    }
    assertThat(rows.get(1).findElement(By.cssSelector("td.t-ur")).getCssValue("font-family"))
        .contains("Noto Nastaliq Urdu");
    assertThat(rows.get(1).findElement(By.cssSelector("td.t-ps")).getCssValue("font-family"))
        .contains("Noto Naskh Arabic");
    // The fonts were loaded, from this server: the browser has the faces, not a fallback.
    assertThat(
            js.executeScript(
                "return document.fonts.check('16px \"Noto Nastaliq Urdu\"', 'پاکستان')"))
        .isEqualTo(true);
    assertThat(
            js.executeScript("return document.fonts.check('16px \"Noto Naskh Arabic\"', 'پښتو')"))
        .isEqualTo(true);
    Object faces =
        js.executeScript(
            "return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => n.endsWith('.woff2'))");
    assertThat(faces.toString())
        .contains("localhost:" + port + "/fonts/")
        .doesNotContain("googleapis");

    // Glossary terms are marked in the source with their forms on hover.
    WebElement term = browser.findElement(By.cssSelector("mark.term[data-entry]"));
    assertThat(term.getAttribute("title")).contains("ur: ");
    screenshot("seed-article");
  }

  @Test
  void untrustedTextShowsAsTextAndRunsNothing() throws Exception {
    String id =
        submit(
            "{\"text\": \"The <script>window.pwned = 1</script> spokesman spoke."
                + " An <img src=x onerror=\\\"window.pwned = 2\\\"> image followed.\","
                + " \"targets\": [\"ur\"], \"articleId\": \"hostile-<b>one</b>\"}");
    signIn();
    browser.get(url("/articles/" + id));
    String page = browser.findElement(By.tagName("main")).getText();
    assertThat(page).contains("<script>window.pwned = 1</script>", "onerror=");
    assertThat(page).contains("hostile-<b>one</b>");
    assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined"))
        .isEqualTo(true);
    assertThat(browser.findElements(By.cssSelector("main img, main script, main b"))).isEmpty();
    browser.get(url("/articles"));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("hostile-<b>one</b>");
    assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined"))
        .isEqualTo(true);
    screenshot("untrusted");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
