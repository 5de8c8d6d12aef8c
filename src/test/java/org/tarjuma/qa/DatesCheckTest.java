package org.tarjuma.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.tarjuma.calendar.DateStyle;
import org.tarjuma.calendar.EnglishDates;
import org.tarjuma.calendar.SourceDate;
import org.tarjuma.calendar.TargetDates;
import org.tarjuma.language.Language;
import org.tarjuma.testing.Fixtures;

/** A source date missing or changed in the translation. */
class DatesCheckTest {

  private static final DatesCheck CHECK = new DatesCheck();
  private static final LocalDate DATED = LocalDate.of(2025, 10, 20);
  private static final String SOURCE =
      "The ceasefire began on 12 October 2025 after 48 hours of talks.";
  private static final List<String> WORDS =
      List.of("کابل", "خبر", "وزیر", "گفت", "د", "په", "در", "کو", "نے", "شو", "هغه", "ولایت");

  private static List<Finding> findings(String source, String target, String lang) {
    return CHECK.check(new Subject(source, target, language(lang), DATED));
  }

  private static List<String> codes(String source, String target, String lang) {
    return findings(source, target, lang).stream().map(Finding::code).toList();
  }

  private static Language language(String lang) {
    return Fixtures.LANGUAGES.require(lang);
  }

  /** The issue's Dari example, 12 October 2025 as ۲۰ میزان ۱۴۰۴, holds the date. */
  @Test
  void theIssuesDariSolarHijriDatePasses() {
    assertThat(codes(SOURCE, "آتش‌بس پس از ۴۸ ساعت گفتگو در ۲۰ میزان ۱۴۰۴ آغاز شد.", "prs"))
        .isEmpty();
  }

  /** A date whose year the source gave is changed if the translation leaves the year out. */
  @Test
  void aYearLeftOutIsFlagged() {
    assertThat(codes(SOURCE, "آتش‌بس پس از ۴۸ ساعت گفتگو در ۲۰ میزان آغاز شد.", "prs"))
        .containsExactly("date:12 October 2025");
    assertThat(codes("They met on 12 October.", "آنها در ۲۰ میزان دیدار کردند.", "prs")).isEmpty();
  }

  /** Both calendars, the Solar Hijri with the Gregorian in parentheses, hold the date. */
  @Test
  void bothCalendarsPass() {
    assertThat(
            codes(
                SOURCE,
                "آتش‌بس پس از ۴۸ ساعت گفتگو در ۲۰ میزان ۱۴۰۴ (۱۲ اکتوبر ۲۰۲۵) آغاز شد.",
                "prs"))
        .isEmpty();
  }

  /** A changed day is an error keyed by the source's date, whose message shows both forms. */
  @Test
  void aChangedDayIsFlagged() {
    List<Finding> found =
        findings(SOURCE, "آتش‌بس پس از ۴۸ ساعت گفتگو در ۲۱ میزان ۱۴۰۴ آغاز شد.", "prs");
    assertThat(found).extracting(Finding::code).containsExactly("date:12 October 2025");
    assertThat(found.getFirst().severity()).isEqualTo(Severity.ERROR);
    assertThat(found.getFirst().message())
        .isEqualTo(
            "The date 12 October 2025 of the source is missing or changed in the translation:"
                + " write it as ۱۲ اکتوبر ۲۰۲۵ or ۲۰ میزان ۱۴۰۴.");
  }

  /** A dropped date is an error keyed by the source's date. */
  @Test
  void aDroppedDateIsFlagged() {
    assertThat(codes(SOURCE, "آتش‌بس پس از 48 ساعت گفتگو آغاز شد.", "prs"))
        .containsExactly("date:12 October 2025");
  }

  /** Two equal source dates need two dates in the target. */
  @Test
  void eachDateNeedsItsOwnPlace() {
    assertThat(
            codes(
                "Talks on October 12, 2025 and the vote on October 12, 2025.",
                "د ۲۰ تله ۱۴۰۴ خبرې او رایه‌اچونه.",
                "ps"))
        .containsExactly("date:October 12, 2025");
  }

  /** The Pashto inflected month with an ordinal day (۲۰مه) passes as a translator writes it. */
  @Test
  void aPashtoInflectedMonthWithAnOrdinalDayPasses() {
    assertThat(
            codes(
                "Talks resumed on October 12, 2025.",
                "خبرې د ۱۴۰۴ کال د تلې په ۲۰مه بیا پیل شوې.",
                "ps"))
        .isEmpty();
    assertThat(
            codes(
                "Talks resumed on October 12, 2025.",
                "خبرې د ۱۴۰۴ کال د تلې په ۲۱مه بیا پیل شوې.",
                "ps"))
        .containsExactly("date:October 12, 2025");
  }

  /** The seed's Pashto month of a year, year first and month inflected by د, passes. */
  @Test
  void theSeedsPashtoMonthOfAYearPasses() {
    assertThat(
            codes(
                "The Taliban returned in August 2021.",
                "طالبان په ۲۰۲۱ کال د اګست په میاشت کې بېرته راغلل.",
                "ps"))
        .isEmpty();
    assertThat(
            codes(
                "The Taliban returned in August 2021.",
                "طالبان په ۲۰۲۰ کال د اګست په میاشت کې بېرته راغلل.",
                "ps"))
        .containsExactly("date:August 2021");
  }

  /** A year alone is a number, not a date. */
  @Test
  void aYearAloneIsNoDate() {
    assertThat(codes("It began in 2021.", "یہ 2020 میں شروع ہوا۔", "ur")).isEmpty();
  }

  /** A number of another date, nearer to its own month name, does not make a loose reading. */
  @Test
  void aNumberOfAnotherMonthDoesNotCount() {
    assertThat(
            codes("They met on 12 October.", "هغوی د ۱۲ نومبر او د اکتوبر په میاشت کې وو.", "ps"))
        .containsExactly("date:12 October");
    assertThat(codes("They met on 12 October.", "هغوی د اکتوبر په ۱۲ نېټه سره ولیدل.", "ps"))
        .isEmpty();
  }

  /**
   * Dari می is May beside a number only: before a verb (here written with a space, not the
   * non-joiner) it is no month, though a day and a year stand near it.
   */
  @Test
  void aTwoLetterNameIsAMonthBesideANumberOnly() {
    assertThat(codes("They met on May 12, 2025.", "آنها در ۱۲ می ۲۰۲۵ دیدار کردند.", "prs"))
        .isEmpty();
    assertThat(codes("They met on May 12, 2025.", "گفته می شود ۱۲ تن در ۲۰۲۵ دیدار کردند.", "prs"))
        .containsExactly("date:May 12, 2025");
  }

  /**
   * Names are read as a word, with marks after it, or with its last vowel letter changed; never as
   * the start of a longer word.
   */
  @Test
  void monthNamesAndTheirInflections() {
    assertThat(DateReading.is("تلې", "تله")).isTrue();
    assertThat(DateReading.is("سنبلهٔ", "سنبله")).isTrue();
    assertThat(DateReading.is("اکتوبر", "اکتوبر")).isTrue();
    assertThat(DateReading.is("تلویزیون", "تله")).isFalse();
    assertThat(DateReading.is("جدید", "جدی")).isFalse();
    assertThat(DateReading.is("حمله", "حمل")).isFalse();
    assertThat(DateReading.is("میزانیه", "میزان")).isFalse();
    assertThat(DateReading.is("میزان", "می")).isFalse();
  }

  /** Any day in any outlet's style among other words passes; the next day written so is flagged. */
  @Property(tries = 400)
  void anyStyleHoldsTheDateAndTheNextDayDoesNot(
      @ForAll("days") LocalDate day,
      @ForAll("langs") String lang,
      @ForAll("styles") DateStyle style,
      @ForAll boolean withYear,
      @ForAll("words") List<String> before,
      @ForAll("words") List<String> after) {
    String english = english(day, withYear);
    LocalDate dated = withYear ? DATED : day;
    SourceDate date = EnglishDates.find(english, dated).getFirst();
    SourceDate next = EnglishDates.find(english(day.plusDays(1), withYear), dated).getFirst();
    String source = "Officials met on " + english + " in Kabul.";
    String prefix = String.join(" ", before) + " ";
    String suffix = " " + String.join(" ", after);
    Subject held =
        subject(source, prefix + TargetDates.write(date, lang, style) + suffix, lang, dated);
    Subject changed =
        subject(source, prefix + TargetDates.write(next, lang, style) + suffix, lang, dated);
    assertThat(CHECK.check(held)).isEmpty();
    assertThat(CHECK.check(changed)).extracting(Finding::code).containsExactly("date:" + english);
  }

  private static Subject subject(String source, String target, String lang, LocalDate dated) {
    return new Subject(source, target, language(lang), dated);
  }

  private static String english(LocalDate day, boolean withYear) {
    return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + " "
        + day.getDayOfMonth()
        + (withYear ? ", " + day.getYear() : "");
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.longs()
        .between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 30).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<String> langs() {
    return Arbitraries.of("ur", "ps", "prs");
  }

  @Provide
  Arbitrary<DateStyle> styles() {
    return Arbitraries.of(DateStyle.Digits.values())
        .flatMap(d -> Arbitraries.of(DateStyle.Calendar.values()).map(c -> new DateStyle(d, c)));
  }

  @Provide
  Arbitrary<List<String>> words() {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(6);
  }
}
