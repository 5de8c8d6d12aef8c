package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The review page of one article in a real browser: boxes that grow with their text, the shortcuts
 * listed, one language beside the English, and the filters to flagged or engine-less segments.
 */
class ReviewViewsBrowserTest extends ReviewPages {

  private static WebDriver driver;

  @BeforeAll
  static void start() {
    driver = ReviewBrowser.start();
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  private ReviewBrowser chromium() {
    return ReviewBrowser.on(driver, port);
  }

  private long height(ReviewBrowser page, String cell) {
    return (Long) page.script("return document.querySelector(arguments[0]).clientHeight", cell);
  }

  /** Whether the box shows all its text: nothing to scroll to. */
  private boolean whole(ReviewBrowser page, String cell) {
    return (Boolean)
        page.script(
            "const a = document.querySelector(arguments[0]);"
                + " return a.scrollHeight <= a.clientHeight + 1",
            cell);
  }

  @Test
  void aTranslationBoxGrowsWithItsTextAndTheShortcutsAreListed() throws Exception {
    String id =
        submit(
            "The path ahead remains uncertain. The strikes also destroyed key supply depots"
                + " containing ammunition, explosives, and communication equipment.",
            "ur");
    ReviewBrowser page = chromium();
    page.signIn("admin", "test-admin-password");
    driver.get(page.url("/articles/" + id));
    String shortBox = "#c-ur-0 textarea";
    String longBox = "#c-ur-1 textarea";
    assertThat(whole(page, longBox)).isTrue();
    long before = height(page, longBox);

    WebElement box = driver.findElement(By.cssSelector(longBox));
    String sentence = box.getAttribute("value");
    box.sendKeys(" " + sentence + " " + sentence + " " + sentence);
    page.waiting().until(d -> height(page, longBox) > before);
    assertThat(whole(page, longBox)).isTrue();

    // Saved and read again: the long text opens whole too, in a box taller than a short one's.
    driver.findElement(By.cssSelector("#c-ur-1 button.save")).click();
    page.waiting()
        .until(
            d ->
                "1"
                    .equals(
                        d.findElement(By.cssSelector("#c-ur-1 input[name=version]"))
                            .getAttribute("value")));
    driver.navigate().refresh();
    assertThat(whole(page, longBox)).isTrue();
    assertThat(height(page, longBox)).isGreaterThan(height(page, shortBox));
    page.screenshot("review-long-box");

    String shortcuts = driver.findElement(By.cssSelector("aside.shortcuts")).getText();
    assertThat(shortcuts)
        .contains(
            "Keyboard shortcuts", "Ctrl + Enter", "approve the segment", "Alt + ↓", "Alt + ↑");
  }

  @Test
  void oneLanguageShowsBesideTheEnglishAndTheFiltersKeepTheFlaggedOrEngineLessSegments()
      throws Exception {
    // Urdu: 1 is sent back untranslated, flagged; Dari has no engine: every segment needs one.
    String id =
        submit(
            "The path ahead remains uncertain. The convoy crossed the river at dawn. The operation"
                + " carried deep strategic messaging.",
            "ur",
            "prs");
    ReviewBrowser page = chromium();
    page.signIn("admin", "test-admin-password");
    driver.get(page.url("/articles/" + id));
    assertThat(headers()).containsExactly("English", "Urdu", "Dari");

    driver.findElement(By.cssSelector("nav.views a[data-lang=ur]")).click();
    page.waiting().until(d -> d.getCurrentUrl().endsWith("?lang=ur"));
    assertThat(headers()).containsExactly("English", "Urdu");
    assertThat(driver.findElements(By.cssSelector("td.t-prs"))).isEmpty();
    WebElement source = driver.findElement(By.cssSelector("#s0 td.source"));
    WebElement urdu = driver.findElement(By.id("c-ur-0"));
    // Side by side: the English on the left, the Urdu on the right, of one width.
    assertThat(source.getRect().getY()).isEqualTo(urdu.getRect().getY());
    assertThat(source.getRect().getX()).isLessThan(urdu.getRect().getX());
    assertThat(Math.abs(source.getRect().getWidth() - urdu.getRect().getWidth())).isLessThan(20);
    assertThat(urdu.getCssValue("direction")).isEqualTo("rtl");
    assertThat(urdu.getCssValue("font-family")).contains("Noto Nastaliq Urdu");
    page.screenshot("review-one-language");

    driver.findElement(By.cssSelector("nav.views a[data-only=flagged]")).click();
    page.waiting().until(d -> d.getCurrentUrl().endsWith("?lang=ur&only=flagged"));
    assertThat(positions()).containsExactly("s1");
    assertThat(driver.findElement(By.cssSelector("p.shown")).getText())
        .isEqualTo("Showing 1 of 3 segments.");

    driver.findElement(By.cssSelector("nav.views a[data-only=needs-engine]")).click();
    page.waiting().until(d -> d.getCurrentUrl().endsWith("?lang=ur&only=needs-engine"));
    assertThat(positions()).isEmpty();
    assertThat(driver.findElement(By.cssSelector("tr.none")).getText())
        .isEqualTo("No segment matches.");

    driver.findElement(By.cssSelector("nav.views a[data-lang=prs]")).click();
    page.waiting().until(d -> d.getCurrentUrl().endsWith("?lang=prs&only=needs-engine"));
    assertThat(positions()).containsExactly("s0", "s1", "s2");
    assertThat(headers()).containsExactly("English", "Dari");

    // A language the article is not in, a filter there is not: refused, saying which and why.
    driver.get(page.url("/articles/" + id + "?lang=ps"));
    assertThat(driver.getPageSource()).contains("lang: this article is translated into ur, prs");
    driver.get(page.url("/articles/" + id + "?only=approved"));
    assertThat(driver.getPageSource()).contains("only: must be flagged or needs-engine");
  }

  private static List<String> headers() {
    return driver.findElements(By.cssSelector("table.review thead th")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static List<String> positions() {
    return driver.findElements(By.cssSelector("tr.segment")).stream()
        .map(r -> r.getAttribute("id"))
        .toList();
  }
}
