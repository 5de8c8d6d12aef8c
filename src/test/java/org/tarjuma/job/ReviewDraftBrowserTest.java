package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The review page in a real browser: the engine's draft kept and shown as a diff of the
 * translator's edit, and every unflagged segment approved in one action after a confirmation.
 */
class ReviewDraftBrowserTest extends ReviewPages {

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

  @Test
  void theEnginesDraftIsKeptAndShownAsAWordDiffOfTheTranslatorsEdit() throws Exception {
    String draft = "آگے کا راستہ غیر یقینی ہے۔";
    String id =
        submit(
            "The path ahead remains uncertain. The operation carried deep strategic messaging.",
            "ur");
    assertThat(row(id, "ur", 0).draft()).isEqualTo(draft);
    createUser("nazia", "translator", "ur");
    ReviewBrowser page = ReviewBrowser.on(driver, port);
    page.signIn("nazia", "nazia-strong-password");
    driver.get(page.url("/articles/" + id));
    assertThat(driver.findElements(By.cssSelector("td.target .draft"))).isEmpty();

    // "آگے کا" taken out, "تاہم" (however) put first: saved, then approved.
    WebElement box = driver.findElement(By.cssSelector("#c-ur-0 textarea"));
    box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "تاہم راستہ غیر یقینی ہے۔");
    driver.findElement(By.cssSelector("#c-ur-0 button.save")).click();
    page.waiting().until(d -> !d.findElements(By.cssSelector("#c-ur-0 .draft")).isEmpty());
    WebElement removed = driver.findElement(By.cssSelector("#c-ur-0 .draft-diff del"));
    WebElement added = driver.findElement(By.cssSelector("#c-ur-0 .draft-diff ins"));
    assertThat(words("del")).isEqualTo("removed: آگے removed: کا");
    assertThat(words("ins")).isEqualTo("added: تاہم");
    assertThat(
            driver.findElement(By.cssSelector("#c-ur-0 .draft-diff")).getAttribute("textContent"))
        .contains("راستہ غیر یقینی ہے۔");
    // Told in words and by the line, not by colour alone.
    assertThat(driver.findElement(By.cssSelector("#c-ur-0 .draft-legend")).getText())
        .isEqualTo(
            "Changed from the engine's draft: struck through was removed, underlined was added.");
    assertThat(removed.getCssValue("text-decoration-line")).isEqualTo("line-through");
    assertThat(added.getCssValue("text-decoration-line")).isEqualTo("underline");
    assertThat(driver.findElement(By.id("c-ur-0")).getCssValue("direction")).isEqualTo("rtl");
    page.screenshot("review-draft-diff");

    driver.findElement(By.cssSelector("#c-ur-0 button.approve")).click();
    page.waiting()
        .until(d -> "approved".equals(d.findElement(By.id("c-ur-0")).getAttribute("data-review")));
    // The draft outlives the edit and the approval; the page shows the diff after a reload.
    assertThat(row(id, "ur", 0).draft()).isEqualTo(draft);
    assertThat(row(id, "ur", 0).segment().target()).isEqualTo("تاہم راستہ غیر یقینی ہے۔");
    driver.navigate().refresh();
    assertThat(words("del")).isEqualTo("removed: آگے removed: کا");
    assertThat(driver.findElements(By.cssSelector("#c-ur-1 .draft"))).isEmpty();
  }

  /** The words of the first segment's diff in elements {@code selector}, joined by spaces. */
  private static String words(String selector) {
    return driver.findElements(By.cssSelector("#c-ur-0 .draft-diff " + selector)).stream()
        .map(e -> e.getAttribute("textContent").strip())
        .collect(java.util.stream.Collectors.joining(" "))
        .replaceAll("\\s+", " ");
  }

  @Test
  void everySegmentWithoutFlagsIsApprovedInOneActionAfterAConfirmation() throws Exception {
    // 0 and 2 from the engine's dictionary; 1 sent back untranslated, flagged.
    String id =
        submit(
            "Regional analysts have interpreted the strikes as both a tactical success and a"
                + " strategic gamble. The convoy crossed the river at dawn. The operation"
                + " underscores the reality that peace cannot coexist with impunity for terror"
                + " networks.",
            "ur");
    createUser("sana", "translator", "ur");
    ReviewBrowser page = ReviewBrowser.on(driver, port);
    page.signIn("sana", "sana-strong-password");
    driver.get(page.url("/articles/" + id));
    driver.findElement(By.cssSelector("a.approve-unflagged")).click();

    page.waiting().until(d -> d.getCurrentUrl().endsWith("/approve-unflagged"));
    assertThat(driver.findElement(By.cssSelector("ul.counts")).getText())
        .isEqualTo("Urdu: 2 segments");
    // Nothing is approved before the confirmation.
    assertThat(row(id, "ur", 0).review().review()).isNull();
    page.screenshot("review-approve-confirm");
    driver.findElement(By.cssSelector("form.confirm button[type=submit]")).click();

    page.waiting().until(d -> d.getCurrentUrl().endsWith("/articles/" + id));
    assertThat(driver.findElement(By.cssSelector("div.approved")).getText())
        .contains("Approved 2 segments without flags.", "Urdu: 2");
    assertThat(driver.findElement(By.id("c-ur-0")).getAttribute("data-review"))
        .isEqualTo("approved");
    assertThat(driver.findElement(By.id("c-ur-2")).getAttribute("data-review"))
        .isEqualTo("approved");
    assertThat(driver.findElement(By.id("c-ur-1")).getAttribute("data-review")).isNull();
    assertThat(driver.findElement(By.id("c-ur-0")).getText()).contains("approved by sana");
    page.screenshot("review-approved-unflagged");

    // Shown once: a reload does not say it again.
    driver.navigate().refresh();
    assertThat(driver.findElements(By.cssSelector("div.approved"))).isEmpty();
  }
}
