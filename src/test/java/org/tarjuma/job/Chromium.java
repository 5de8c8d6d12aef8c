package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium and chromium-driver, headless, as {@link ReviewBrowserTest} starts them, with
 * the review pages' sign-in. Screenshots go to target/screenshots/.
 */
final class Chromium {

  private static final Path SHOTS = Path.of("target", "screenshots");

  final WebDriver browser;
  private final int port;

  private Chromium(WebDriver browser, int port) {
    this.browser = browser;
    this.port = port;
  }

  static WebDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
    return new ChromeDriver(
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build(),
        options);
  }

  /** The browser on the application at {@code port}. */
  static Chromium on(WebDriver browser, int port) {
    return new Chromium(browser, port);
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Signs in with the sign-in form and waits for the articles. */
  void signIn(String user, String password) {
    browser.manage().deleteAllCookies();
    browser.get(url("/articles"));
    browser.findElement(By.name("username")).sendKeys(user + Keys.TAB + password + Keys.ENTER);
    waiting().until(d -> d.getCurrentUrl().contains("/articles"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Articles");
  }

  /** A wait that reads a cell again when htmx swapped it between finding and reading it. */
  WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  void screenshot(String name) throws Exception {
    Files.createDirectories(SHOTS);
    Files.write(
        SHOTS.resolve(name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
