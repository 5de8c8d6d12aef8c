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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tarjuma.testing.Browser;

/**
 * A headless chromium ({@link Browser#chrome}) on the review pages, with their sign-in. Screenshots
 * go to target/screenshots/.
 */
final class ReviewBrowser {

  private static final Path SHOTS = Path.of("target", "screenshots");

  final WebDriver browser;
  private final int port;

  private ReviewBrowser(WebDriver browser, int port) {
    this.browser = browser;
    this.port = port;
  }

  static WebDriver start() {
    return Browser.chrome();
  }

  /** The browser on the application at {@code port}. */
  static ReviewBrowser on(WebDriver browser, int port) {
    return new ReviewBrowser(browser, port);
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
