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
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.Browser;
import tools.jackson.databind.JsonNode;

/**
 * The review pages in a real browser: chromium, headless ({@link Browser}: found, or installed when
 * missing). Screenshots go to target/screenshots/.
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
    browser = Browser.chrome();
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

  /** A user made through the admin API, with the password {@code <name>-strong-password}. */
  private void createUser(String name, String role, String... languages) {
    var body =
        ApiClient.JSON
            .createObjectNode()
            .put("username", name)
            .put("password", name + "-strong-password")
            .put("role", role)
            .set("languages", ApiClient.JSON.valueToTree(List.of(languages)));
    var user = new ApiClient(port).post("/api/v1/users", body.toString());
    assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
  }

  /** A wait that reads a cell again when htmx swapped it between finding and reading it. */
  private static WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  private void signIn() {
    signIn("admin", "test-admin-password");
  }

  /** Signs in with the keyboard alone: type, Tab, type, Enter. */
  private void signIn(String user, String password) {
    browser.manage().deleteAllCookies();
    browser.get(url("/articles"));
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    browser.findElement(By.name("username")).sendKeys(user + Keys.TAB + password + Keys.ENTER);
    waiting()
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
    waiting().until(d -> d.getCurrentUrl().endsWith("/articles/" + id));

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
  void qaFlagsShowOnTheirSegmentAndTheListFiltersByStatusAndFlags() throws Exception {
    ApiClient api = new ApiClient(port);
    String tmx =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence"
          o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/><body>
        <tu><tuv xml:lang="en"><seg>The convoy of 14 trucks crossed at the border.</seg></tuv>
            <tuv xml:lang="ur"><seg>قافلہ سرحد پار کر گیا۔</seg></tuv></tu>
        </body></tmx>
        """;
    var imported =
        api.send(
            java.net.http.HttpRequest.newBuilder(api.uri("/api/v1/memory/import"))
                .header("Content-Type", "application/x-tmx+xml")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(tmx))
                .build());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    String flagged =
        submit(
            "{\"text\": \"The convoy of 14 trucks crossed at the border.\", \"targets\":"
                + " [\"ur\"], \"articleId\": \"convoy-count\"}");
    // Not in the memory and no engine: done, its segment waiting for an engine, with no QA flag.
    submit(
        "{\"text\": \"The border market reopened on Tuesday.\", \"targets\": [\"ur\"],"
            + " \"articleId\": \"market-clean\"}");
    signIn();

    // The list, filtered with its own form: flagged and done.
    browser.findElement(By.name("qa")).click();
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("status")))
        .selectByValue("done");
    browser.findElement(By.cssSelector("form.filters button")).click();
    waiting().until(d -> d.getCurrentUrl().contains("qa=true"));
    assertThat(browser.getCurrentUrl()).contains("status=done");
    String listed = browser.findElement(By.cssSelector("table.jobs")).getText();
    assertThat(listed).contains("convoy-count", "QA 1").doesNotContain("market-clean");

    browser.get(url("/articles?status=done"));
    assertThat(browser.findElement(By.cssSelector("table.jobs")).getText())
        .contains("convoy-count", "market-clean");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("status")))
        .selectByValue("failed");
    browser.findElement(By.cssSelector("form.filters button")).click();
    waiting().until(d -> d.getCurrentUrl().contains("status=failed"));
    assertThat(browser.findElement(By.cssSelector("table.jobs")).getText())
        .contains("No article matches.")
        .doesNotContain("convoy-count");

    // The flag is on its segment, with what it means on hover.
    browser.get(url("/articles/" + flagged));
    WebElement flag = browser.findElement(By.cssSelector("#c-ur-0 ul.flags li"));
    assertThat(flag.getText()).isEqualTo("number:14");
    assertThat(flag.getAttribute("title")).contains("The number 14 of the source is missing");
    assertThat(browser.findElement(By.cssSelector(".progress[data-lang=ur]")).getText())
        .contains("1 of 1 done", "1 with QA flags");
    screenshot("qa-flags");
  }

  @Test
  void anAdminMakesAKeySeenOnceAndSeesTheEngines() throws Exception {
    browser.manage().deleteAllCookies();
    browser.get(url("/articles"));
    browser.findElement(By.name("username")).sendKeys("admin" + Keys.TAB + "not-it" + Keys.ENTER);
    waiting().until(d -> d.getCurrentUrl().contains("/login?error"));
    assertThat(browser.findElement(By.cssSelector("p.message")).getText())
        .isEqualTo("Wrong user name or password.");
    signIn();

    browser.findElement(By.linkText("Admin")).click();
    waiting().until(d -> d.getCurrentUrl().endsWith("/admin"));
    WebElement form = browser.findElement(By.cssSelector("form[aria-label='New API key']"));
    form.findElement(By.name("label")).sendKeys("Pajhwok CMS");
    new org.openqa.selenium.support.ui.Select(form.findElement(By.name("role")))
        .selectByValue("outlet");
    form.findElement(By.name("outlet")).sendKeys("pajhwok", Keys.ENTER);
    String key = waiting().until(d -> d.findElement(By.id("new-key"))).getText();
    assertThat(key).startsWith("tj_");
    assertThat(new ApiClient(port).as(key).get("/api/v1/languages").statusCode()).isEqualTo(200);
    screenshot("admin-new-key");
    browser.get(url("/admin"));
    assertThat(browser.findElements(By.id("new-key"))).isEmpty();
    assertThat(browser.getPageSource()).doesNotContain(key);

    browser.findElement(By.linkText("Engines")).click();
    waiting().until(d -> d.getCurrentUrl().endsWith("/admin/engines"));
    assertThat(browser.findElement(By.cssSelector("tr[data-engine=memory] .state")).getText())
        .isEqualTo("circuit closed");
    assertThat(browser.findElement(By.cssSelector("table.routes")).getText())
        .contains("ur", "memory");
    screenshot("admin-engines");
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

  @Test
  void aTranslatorReviewsWithTheKeyboardAloneAndApprovedTextComesBackFromMemory() throws Exception {
    ApiClient api = new ApiClient(port);
    createUser("amna", "translator", "ur");
    String id =
        submit(
            "{\"text\": \"The talks ended in Doha on Monday. Both sides met again. A third"
                + " round is planned.\", \"targets\": [\"ur\", \"ps\"]}");
    signIn("amna", "amna-strong-password");
    browser.get(url("/articles/" + id));
    JavascriptExecutor js = (JavascriptExecutor) browser;

    // Pashto is not hers: shown, not editable.
    assertThat(browser.findElements(By.cssSelector("#c-ps-0 textarea"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("#c-ur-0 textarea"))).hasSize(1);

    WebElement first = browser.findElement(By.cssSelector("#c-ur-0 textarea"));
    first.sendKeys(Keys.chord(Keys.CONTROL, "a"), "مذاکرات پیر کو دوحہ میں ختم ہو گئے۔");
    first.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
    WebDriverWait wait = waiting();
    Thread.sleep(2000);
    System.out.println(
        "DEBUGPAGE " + browser.findElement(By.cssSelector("tr.segment")).getAttribute("outerHTML"));
    wait.until(d -> "approved".equals(d.findElement(By.id("c-ur-0")).getAttribute("data-review")));
    // Ctrl+Enter approved it and moved on to the next segment.
    wait.until(d -> activeCell(js).equals("c-ur-1"));
    browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_DOWN));
    wait.until(d -> activeCell(js).equals("c-ur-2"));
    browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_UP));
    wait.until(d -> activeCell(js).equals("c-ur-1"));
    assertThat(browser.findElement(By.id("c-ur-0")).getText()).contains("approved by amna");
    screenshot("approved");

    // A language not hers is refused by the server too, not only hidden.
    Object refused = postFromPage(js, "/segments/ps/0", "action=save&version=0&target=x");
    assertThat(refused).isEqualTo(403L);

    // Someone else saves segment 2 while she still has the old version open: hers is refused.
    Object other =
        postFromPage(
            js,
            "/segments/ur/1",
            "action=save&version=0&target="
                + java.net.URLEncoder.encode(
                    "دونوں فریق پھر ملے۔", java.nio.charset.StandardCharsets.UTF_8));
    assertThat(other).isEqualTo(200L);
    WebElement second = browser.switchTo().activeElement();
    second.sendKeys(
        Keys.chord(Keys.CONTROL, "a"), "میرا ترجمہ۔", Keys.chord(Keys.CONTROL, Keys.ENTER));
    wait.until(d -> !d.findElements(By.cssSelector("#c-ur-1 .message")).isEmpty());
    assertThat(browser.findElement(By.cssSelector("#c-ur-1 .message")).getText())
        .contains("Someone else changed this segment");
    assertThat(browser.findElement(By.cssSelector("#c-ur-1 textarea")).getAttribute("value"))
        .isEqualTo("دونوں فریق پھر ملے۔");
    screenshot("conflict");

    // Reject, from the keyboard: Tab from the text box to its buttons, then Enter.
    WebElement third = browser.findElement(By.cssSelector("#c-ur-2 textarea"));
    third.sendKeys("ایک تیسرا دور طے ہے");
    third.sendKeys(Keys.TAB, Keys.TAB, Keys.ENTER); // Approve, then Reject
    wait.until(d -> "rejected".equals(d.findElement(By.id("c-ur-2")).getAttribute("data-review")));

    // The list filters by language.
    browser.get(url("/articles?lang=ps"));
    assertThat(browser.findElements(By.cssSelector("a[href='/articles/" + id + "']"))).hasSize(1);
    browser.get(url("/articles?lang=prs"));
    assertThat(browser.findElements(By.cssSelector("a[href='/articles/" + id + "']"))).isEmpty();

    // The approved sentence is translation memory now: a new article gets it without an engine.
    String again =
        submit("{\"text\": \"The talks ended in Doha on Monday.\", \"targets\": [\"ur\"]}");
    JsonNode result = ApiClient.json(api.get("/api/v1/jobs/" + again + "/result/ur?as=json"));
    JsonNode segment = result.get("segments").get(0);
    assertThat(segment.get("target").asString()).isEqualTo("مذاکرات پیر کو دوحہ میں ختم ہو گئے۔");
    assertThat(segment.get("origin").asString()).isEqualTo("memory");

    // A similar sentence is offered the approved one as a suggestion, never applied by itself.
    String similar =
        submit("{\"text\": \"The talks ended in Doha on Tuesday.\", \"targets\": [\"ur\"]}");
    browser.get(url("/articles/" + similar));
    assertThat(browser.findElement(By.cssSelector("#c-ur-0 textarea")).getAttribute("value"))
        .isEmpty();
    WebElement memoryButton = browser.findElement(By.cssSelector("#c-ur-0 button.suggest"));
    memoryButton.sendKeys(Keys.ENTER);
    wait.until(d -> !d.findElements(By.cssSelector("#c-ur-0 .suggestion-list li")).isEmpty());
    assertThat(browser.findElement(By.cssSelector("#c-ur-0 .suggestion-list")).getText())
        .contains("مذاکرات پیر کو دوحہ میں ختم ہو گئے۔", "%");
    assertThat(browser.findElement(By.cssSelector("#c-ur-0 textarea")).getAttribute("value"))
        .isEmpty();
  }

  @Test
  void aCuratorSeesTheImpactOfAnEntryThenEditsIt() throws Exception {
    ApiClient api = new ApiClient(port);
    createUser("bilal", "curator");
    signIn("bilal", "bilal-strong-password");
    browser.get(url("/glossary?q=ISPR"));
    browser.findElement(By.cssSelector("a[href='/glossary/terms/ispr']")).click();
    WebDriverWait wait = waiting();
    wait.until(d -> !d.findElements(By.cssSelector(".impact-count")).isEmpty());
    int[] before = impact(browser.findElement(By.cssSelector(".impact-count")).getText());

    // Two more sentences with ISPR in one more article: the count before saving says so.
    submit(
        "{\"text\": \"ISPR said the border was calm. Later ISPR added details.\","
            + " \"targets\": [\"ur\"]}");
    browser.navigate().refresh();
    wait.until(d -> !d.findElements(By.cssSelector(".impact-count")).isEmpty());
    String text = browser.findElement(By.cssSelector(".impact-count")).getText();
    assertThat(impact(text)).containsExactly(before[0] + 2, before[1] + 1);
    assertThat(text).startsWith("This change affects ");
    screenshot("glossary-impact");

    // A form the rules refuse: the API's message, nothing saved.
    WebElement urdu = browser.findElement(By.name("preferred.ur"));
    String original = urdu.getAttribute("value");
    urdu.clear();
    urdu.sendKeys("ABC", Keys.ENTER);
    wait.until(d -> !d.findElements(By.cssSelector("p.message")).isEmpty());
    assertThat(browser.findElement(By.cssSelector("p.message")).getText())
        .contains("The Urdu form 'ABC'");
    assertThat(
            ApiClient.json(api.get("/api/v1/glossary/terms/ispr"))
                .get("targets")
                .get("ur")
                .get("preferred")
                .asString())
        .isEqualTo(original);

    // A good one is saved and shows in the history under the curator's name.
    browser.get(url("/glossary/terms/ispr"));
    urdu = browser.findElement(By.name("preferred.ur"));
    urdu.clear();
    urdu.sendKeys("انٹر سروسز پبلک ریلیشنز", Keys.ENTER);
    wait.until(d -> !d.findElements(By.cssSelector("p.saved")).isEmpty());
    assertThat(browser.findElement(By.cssSelector("ol.history")).getText())
        .contains("by bilal", "targets.ur.preferred");
    assertThat(
            ApiClient.json(api.get("/api/v1/glossary/terms/ispr"))
                .get("targets")
                .get("ur")
                .get("preferred")
                .asString())
        .isEqualTo("انٹر سروسز پبلک ریلیشنز");

    // Saving without a change makes no revision.
    int revisions = browser.findElements(By.cssSelector("ol.history > li")).size();
    browser.findElement(By.name("preferred.ur")).sendKeys(Keys.ENTER);
    wait.until(d -> !d.findElements(By.cssSelector("p.saved")).isEmpty());
    assertThat(browser.findElements(By.cssSelector("ol.history > li"))).hasSize(revisions);
    screenshot("glossary-saved");
  }

  /** The page shows a form's cells and saves a curator's: an inflecting choice and a cell. */
  @Test
  void aCuratorSeesAndEditsTheFormsByGrammar() throws Exception {
    ApiClient api = new ApiClient(port);
    createUser("samina", "curator");
    signIn("samina", "samina-strong-password");
    browser.get(url("/glossary/terms/durand-line"));
    WebDriverWait wait = waiting();
    // Pashto: the rules' oblique of the curated inflecting name, and no plural (set so).
    assertThat(browser.findElement(By.name("cell.ps.sg.obl")).getAttribute("value"))
        .isEqualTo("ډیورنډ کرښې");
    assertThat(browser.findElement(By.name("cell.ps.pl.obl")).getAttribute("value")).isEqualTo("-");

    new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("inflects.ur")))
        .selectByValue("inflects");
    WebElement plural = browser.findElement(By.name("cell.ur.pl.dir"));
    plural.clear();
    plural.sendKeys("ڈیورنڈ لائنیں");
    browser.findElement(By.cssSelector("form.entry-form button[type=submit]")).click();
    wait.until(d -> !d.findElements(By.cssSelector("p.saved")).isEmpty());

    JsonNode ur =
        ApiClient.json(api.get("/api/v1/glossary/terms/durand-line"))
            .get("targets")
            .get("ur")
            .get("paradigms")
            .get("ڈیورنڈ لائن");
    assertThat(ur.get("inflects").asString()).isEqualTo("INFLECTS");
    assertThat(ur.get("cells").get("pl.dir").get(0).asString()).isEqualTo("ڈیورنڈ لائنیں");
    assertThat(ur.get("cells").has("sg.obl")).isFalse();
    assertThat(browser.findElement(By.id("grammar-ur")).getText()).contains("set by hand");
    // The Pashto cells set not to exist are still so after the save.
    JsonNode missing =
        ApiClient.json(api.get("/api/v1/glossary/terms/durand-line"))
            .at("/targets/ps/paradigms/ډیورنډ کرښه/cells/pl.obl");
    assertThat(missing.isArray()).isTrue();
    assertThat(missing).isEmpty();
    // A variant's cells too: the Dari طیاره بی‌پیلوت with its curated Arabic plural first.
    browser.get(url("/glossary/terms/uav"));
    assertThat(browser.findElement(By.name("cell.prs.v0.pl")).getAttribute("value"))
        .startsWith("طیارات بی‌پیلوت");
    screenshot("glossary-grammar");
  }

  @Test
  void aCuratorImportsAfterSeeingTheDryRunDiff() throws Exception {
    ApiClient api = new ApiClient(port);
    createUser("sadia", "curator");
    String before =
        ApiClient.json(api.get("/api/v1/glossary/terms/kandahar"))
            .get("targets")
            .get("ur")
            .get("preferred")
            .asString();
    String csv = api.get("/api/v1/glossary/export?format=csv").body();
    String edited =
        csv.lines()
            .map(l -> l.startsWith("kandahar,") ? l.replaceFirst(before, "قندھار شہر") : l)
            .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    assertThat(edited).isNotEqualTo(csv);
    Path file = Files.createTempFile("glossary", ".csv");
    Files.writeString(file, edited);

    signIn("sadia", "sadia-strong-password");
    browser.get(url("/glossary/import"));
    browser.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    WebDriverWait wait = waiting();
    wait.until(d -> !d.findElements(By.cssSelector(".report .summary")).isEmpty());
    assertThat(browser.findElement(By.cssSelector(".report .summary")).getText())
        .startsWith("0 added, 1 changed,");
    assertThat(browser.findElement(By.cssSelector(".report .changed")).getText())
        .contains("kandahar", "قندھار شہر");
    // Each value is isolated, so right-to-left text cannot reorder the "old → new" around it.
    List<WebElement> parts = browser.findElements(By.cssSelector(".report .changed li.change bdi"));
    assertThat(parts).extracting(WebElement::getText).contains("targets.ur.preferred", before);
    assertThat(parts.get(2).getText()).isEqualTo("قندھار شہر");
    // A dry run changes nothing.
    assertThat(
            ApiClient.json(api.get("/api/v1/glossary/terms/kandahar"))
                .get("targets")
                .get("ur")
                .get("preferred")
                .asString())
        .isEqualTo(before);
    screenshot("glossary-import-preview");

    browser.findElement(By.xpath("//button[text()='Import']")).click();
    wait.until(d -> d.findElement(By.cssSelector(".report h2")).getText().equals("Imported"));
    assertThat(
            ApiClient.json(api.get("/api/v1/glossary/terms/kandahar"))
                .get("targets")
                .get("ur")
                .get("preferred")
                .asString())
        .isEqualTo("قندھار شہر");

    // A new entry whose fields are hostile: refused or kept, it shows as text and runs nothing.
    browser.get(url("/glossary/new"));
    browser
        .findElement(By.name("english"))
        .sendKeys("Corps <img src=x onerror=\"window.pwned=4\">");
    browser
        .findElement(By.name("preferred.ur"))
        .sendKeys("کور <script>window.pwned=5</script>", Keys.ENTER);
    wait.until(d -> !d.findElements(By.cssSelector("p.message, p.saved")).isEmpty());
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("<");
    browser.get(url("/glossary/new"));
    browser.findElement(By.name("english")).sendKeys("Zhob Corps");
    browser.findElement(By.name("preferred.ur")).sendKeys("ژوب کور", Keys.ENTER);
    wait.until(d -> !d.findElements(By.cssSelector("p.saved")).isEmpty());
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Zhob Corps");
    browser.get(url("/glossary?q=Corps"));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Zhob Corps");
    assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined"))
        .isEqualTo(true);
    assertThat(browser.findElements(By.cssSelector("main img, main script"))).isEmpty();

    // Signing out lands on the sign-in page, and the pages are closed again.
    browser.findElement(By.cssSelector("header form.signout button")).click();
    wait.until(d -> !d.findElements(By.name("username")).isEmpty());
    browser.get(url("/glossary"));
    assertThat(browser.getCurrentUrl()).endsWith("/login");
  }

  private static int[] impact(String text) {
    var m =
        java.util.regex.Pattern.compile("affects (\\d+) segments? in (\\d+) articles?")
            .matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  /** A form post from the open article page, with its CSRF token, as another tab would send. */
  private static Object postFromPage(JavascriptExecutor js, String path, String body) {
    return js.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(location.pathname + arguments[0], {method: 'POST', headers: {"
            + "'Content-Type': 'application/x-www-form-urlencoded',"
            + "[document.querySelector('meta[name=_csrf_header]').content]:"
            + " document.querySelector('meta[name=_csrf]').content},"
            + " body: arguments[1]}).then(r => done(r.status));",
        path,
        body);
  }

  private static String activeCell(JavascriptExecutor js) {
    Object id =
        js.executeScript("const c = document.activeElement.closest('td'); return c ? c.id : ''");
    return id == null ? "" : id.toString();
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
