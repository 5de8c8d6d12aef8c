package org.tarjuma.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjuma.testing.Fixtures;

/** The numbers check, in any digits, leaving the source's dates to the dates check. */
class NumbersCheckTest {

  private static final NumbersCheck CHECK = new NumbersCheck();
  private static final LocalDate DATED = LocalDate.of(2025, 10, 20);

  private static List<String> codes(String source, String target, String lang) {
    return CHECK
        .check(new Subject(source, target, Fixtures.LANGUAGES.require(lang), DATED))
        .stream()
        .map(Finding::code)
        .toList();
  }

  /** Eastern digits with the Arabic thousands separator and decimal mark hold 80,000 and 3.5. */
  @Test
  void easternDigitsWithArabicSeparators() {
    assertThat(
            codes(
                "The war cost 80,000 lives and 3.5 percent of output.",
                "جګړې د ۸۰٬۰۰۰ تنو ژوند او د تولید ۳٫۵ سلنه واخیستل.",
                "ps"))
        .isEmpty();
    assertThat(codes("It grew 3.5 percent.", "۳٫۶ سلنه وده وکړه.", "ps"))
        .containsExactly("number:35");
  }

  /** A date converted to the Solar Hijri calendar misses no number of the source. */
  @Test
  void aConvertedDateMissesNoNumber() {
    assertThat(
            codes(
                "The ceasefire began on 12 October 2025 after 48 hours of talks.",
                "آتش‌بس پس از ۴۸ ساعت گفتگو در ۲۰ میزان ۱۴۰۴ آغاز شد.",
                "prs"))
        .isEmpty();
  }

  /** The converted date's day does not stand for another number of the source. */
  @Test
  void aConvertedDateDoesNotHoldAnotherNumber() {
    assertThat(
            codes(
                "On 12 October 2025, 20 people were killed.",
                "در ۲۰ میزان ۱۴۰۴ مردم کشته شدند.",
                "prs"))
        .containsExactly("number:20");
    assertThat(
            codes(
                "On 12 October 2025, 20 people were killed.",
                "در ۲۰ میزان ۱۴۰۴، ۲۰ تن کشته شدند.",
                "prs"))
        .isEmpty();
  }

  /** A translator's loose date is the dates check's too: its day stands for no other number. */
  @Test
  void aLooseDateDoesNotHoldAnotherNumber() {
    assertThat(
            codes(
                "On October 12, 2025, 20 people were killed.",
                "د ۱۴۰۴ کال د تلې په ۲۰مه خلک ووژل شول.",
                "ps"))
        .containsExactly("number:20");
  }

  /** A date in the source that the target dropped is not a missing number here. */
  @Test
  void aDroppedDateIsNotAMissingNumber() {
    assertThat(codes("Talks began on 12 October 2025.", "خبرې پیل شوې.", "ps")).isEmpty();
  }
}
