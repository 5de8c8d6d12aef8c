package org.tarjuma.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A translation put in an outlet's calendar and digits. */
class OutletStyleTest {

  private static final LocalDate DATED = LocalDate.of(2025, 10, 20);
  private static final DateStyle LATIN_GREGORIAN =
      new DateStyle(DateStyle.Digits.LATIN, DateStyle.Calendar.GREGORIAN);
  private static final DateStyle EASTERN_SOLAR =
      new DateStyle(DateStyle.Digits.EASTERN, DateStyle.Calendar.SOLAR_HIJRI);
  private static final DateStyle EASTERN_BOTH =
      new DateStyle(DateStyle.Digits.EASTERN, DateStyle.Calendar.BOTH);

  private static String restyle(
      String source, String target, String lang, DateStyle style, LocalDate dated) {
    return OutletStyle.apply(EnglishDates.find(source, dated), target, lang, style);
  }

  /** The example: 12 October 2025 is ۲۰ میزان ۱۴۰۴ for a Dari outlet on solar-hijri. */
  @Test
  void writesTheDariSolarHijriDate() {
    String source = "The ceasefire began on 12 October 2025 after 48 hours of talks.";
    String target = "آتش‌بس پس از 48 ساعت گفتگو در 12 اکتوبر 2025 آغاز شد.";
    assertThat(restyle(source, target, "prs", EASTERN_SOLAR, DATED))
        .isEqualTo("آتش‌بس پس از ۴۸ ساعت گفتگو در ۲۰ میزان ۱۴۰۴ آغاز شد.");
    assertThat(restyle(source, target, "prs", EASTERN_BOTH, DATED))
        .isEqualTo("آتش‌بس پس از ۴۸ ساعت گفتگو در ۲۰ میزان ۱۴۰۴ (۱۲ اکتوبر ۲۰۲۵) آغاز شد.");
  }

  /**
   * A date in another outlet's style, Eastern digits and both calendars, goes back to Gregorian.
   */
  @Test
  void goesBackFromAnotherOutletsStyle() {
    String source = "Talks resumed on October 12.";
    String pashto = "خبرې په ۲۰ تله (۱۲ اکتوبر) بیا پیل شوې.";
    assertThat(restyle(source, pashto, "ps", LATIN_GREGORIAN, DATED))
        .isEqualTo("خبرې په 12 اکتوبر بیا پیل شوې.");
  }

  /**
   * A month of a year stays Gregorian; its digits follow the outlet; a year alone stays a number.
   */
  @Test
  void aMonthOfAYearKeepsItsCalendar() {
    String source = "since the Taliban's return in August 2021 and a ceasefire in late 2022";
    String target = "اگست 2021 میں طالبان کی واپسی اور 2022 کے آخر میں جنگ بندی کے بعد سے";
    assertThat(restyle(source, target, "ur", EASTERN_SOLAR, DATED))
        .isEqualTo("اگست ۲۰۲۱ میں طالبان کی واپسی اور ۲۰۲۲ کے آخر میں جنگ بندی کے بعد سے");
  }

  /**
   * Ranges, written with a dash or تا (kept when the translation wrote it), and the engine's
   * month-first order, are found.
   */
  @Test
  void findsRangesAndTheMonthFirst() {
    assertThat(
            restyle(
                "Talks ran from 12 to 14 October 2025.",
                "گفتگوها از 12 تا 14 اکتوبر 2025 ادامه یافت.",
                "prs",
                EASTERN_SOLAR,
                DATED))
        .isEqualTo("گفتگوها از ۲۰ تا ۲۲ میزان ۱۴۰۴ ادامه یافت.");
    assertThat(
            restyle(
                "Talks ran October 12–14, 2025.",
                "گفتگوها 12–14 اکتوبر 2025 ادامه یافت.",
                "prs",
                EASTERN_BOTH,
                DATED))
        .isEqualTo("گفتگوها ۲۰–۲۲ میزان ۱۴۰۴ (۱۲–۱۴ اکتوبر ۲۰۲۵) ادامه یافت.");
    assertThat(
            restyle(
                "Talks ran from 12 to 14 October 2025.",
                "خبرې له 12 تر 14 اکتوبر 2025 پورې وشوې.",
                "ps",
                EASTERN_SOLAR,
                DATED))
        .isEqualTo("خبرې له ۲۰ تر ۲۲ تله ۱۴۰۴ پورې وشوې.");
    assertThat(
            restyle(
                "It ended on Oct. 12, 2025.",
                "یہ اکتوبر 12، 2025 کو ختم ہوا۔",
                "ur",
                LATIN_GREGORIAN,
                DATED))
        .isEqualTo("یہ 12 اکتوبر 2025 کو ختم ہوا۔");
  }

  /**
   * Urdu's first of a month is یکم, also read as 1; the year sign ء stays after the Gregorian year
   * (and goes with it); a year the translation left out stays out.
   */
  @Test
  void urduFirstsYearSignsAndAYearLeftOut() {
    String source = "It began on October 1, 2025.";
    assertThat(restyle(source, "یہ 1 اکتوبر 2025ء کو شروع ہوا۔", "ur", EASTERN_BOTH, DATED))
        .isEqualTo("یہ ۹ میزان ۱۴۰۴ (یکم اکتوبر ۲۰۲۵ء) کو شروع ہوا۔");
    assertThat(
            restyle(
                source,
                "یہ ۹ میزان ۱۴۰۴ (یکم اکتوبر ۲۰۲۵ء) کو شروع ہوا۔",
                "ur",
                EASTERN_BOTH,
                DATED))
        .isEqualTo("یہ ۹ میزان ۱۴۰۴ (یکم اکتوبر ۲۰۲۵ء) کو شروع ہوا۔");
    assertThat(restyle(source, "یہ 1 اکتوبر 2025ء کو شروع ہوا۔", "ur", EASTERN_SOLAR, DATED))
        .isEqualTo("یہ ۹ میزان ۱۴۰۴ کو شروع ہوا۔");
    assertThat(restyle(source, "یہ یکم اکتوبر 2025ء کو شروع ہوا۔", "ur", LATIN_GREGORIAN, DATED))
        .isEqualTo("یہ یکم اکتوبر 2025ء کو شروع ہوا۔");
    assertThat(restyle(source, "یہ یکم اکتوبر کو شروع ہوا۔", "ur", EASTERN_SOLAR, DATED))
        .isEqualTo("یہ ۹ میزان کو شروع ہوا۔");
  }

  /**
   * Separators follow the digits; Latin words, tags and a date not in the source are left alone.
   */
  @Test
  void writesNumbersButNotCodesOrTags() {
    String source = "HS-1 drones and <1>80,000</1> lives, 3.5 percent";
    String target = "HS-1 ډرونونه او <1>80,000</1> تنه، 3.5 سلنه، <2/>F-16";
    assertThat(restyle(source, target, "ps", EASTERN_BOTH, DATED))
        .isEqualTo("HS-1 ډرونونه او <1>۸۰٬۰۰۰</1> تنه، ۳٫۵ سلنه، <2/>F-16");
    assertThat(restyle(source, "<1>۸۰٬۰۰۰</1> تنه، ۳٫۵ سلنه", "ps", LATIN_GREGORIAN, DATED))
        .isEqualTo("<1>80,000</1> تنه، 3.5 سلنه");
  }

  /**
   * A comma is a separator only before three digits, a point only as a number's one decimal mark.
   */
  @Test
  void onlyRealSeparatorsChange() {
    assertThat(restyle("x", "2,600 او 1,2 او 1.2.3 او 3.25 او 10:30", "ps", EASTERN_BOTH, DATED))
        .isEqualTo("۲٬۶۰۰ او ۱,۲ او ۱.۲.۳ او ۳٫۲۵ او ۱۰:۳۰");
  }

  /** A date the translation changed or dropped is left for QA: only the digits are written. */
  @Test
  void leavesADateItCannotFind() {
    assertThat(restyle("on October 12, 2025", "در 13 اکتوبر 2025", "prs", EASTERN_SOLAR, DATED))
        .isEqualTo("در ۱۳ اکتوبر ۲۰۲۵");
  }

  /**
   * Any day of 1950–2099 written in any outlet's style comes out in any other outlet's style
   * exactly as if it had been written in that one first, and writing twice changes nothing.
   */
  @Property(tries = 400)
  void anyStyleGoesToAnyOther(
      @ForAll("days") LocalDate day,
      @ForAll("langs") String lang,
      @ForAll("styles") DateStyle first,
      @ForAll("styles") DateStyle then,
      @ForAll boolean withYear) {
    String english =
        day.getDayOfMonth()
            + " "
            + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + (withYear ? " " + day.getYear() : "");
    LocalDate dated = withYear ? DATED : day;
    SourceDate date = EnglishDates.find(english, dated).getFirst();
    String source = "Officials met on " + english + " in Kabul.";
    String target = "الف " + TargetDates.write(date, lang, first) + " ب";
    String restyled = restyle(source, target, lang, then, dated);
    assertThat(restyled).isEqualTo("الف " + TargetDates.write(date, lang, then) + " ب");
    assertThat(restyle(source, restyled, lang, then, dated)).isEqualTo(restyled);
  }

  /**
   * Two dates in one sentence, each a day or a range within a month, across months or across a new
   * year, with or without the year: any style's text goes to any other style's exactly, and writing
   * twice changes nothing.
   */
  @Property(tries = 400)
  void rangesAndSeveralDatesGoToAnyStyle(
      @ForAll("days") LocalDate a,
      @ForAll("spans") int spanA,
      @ForAll("days") LocalDate b,
      @ForAll("spans") int spanB,
      @ForAll boolean withYear,
      @ForAll("langs") String lang,
      @ForAll("styles") DateStyle first,
      @ForAll("styles") DateStyle then) {
    // English news years are 1900–2099 here (EnglishDates reads no other).
    Assume.that(a.plusDays(spanA).getYear() < 2100 && b.plusDays(spanB).getYear() < 2100);
    String source =
        "Officials met "
            + english(a, spanA, withYear)
            + " and talks ran "
            + english(b, spanB, true);
    List<SourceDate> dates = EnglishDates.find(source, a);
    assertThat(dates).hasSize(2);
    String target =
        "الف "
            + TargetDates.write(dates.get(0), lang, first)
            + " ب "
            + TargetDates.write(dates.get(1), lang, first)
            + " ج";
    String expected =
        "الف "
            + TargetDates.write(dates.get(0), lang, then)
            + " ب "
            + TargetDates.write(dates.get(1), lang, then)
            + " ج";
    String restyled = restyle(source, target, lang, then, a);
    assertThat(restyled).isEqualTo(expected);
    assertThat(restyle(source, restyled, lang, then, a)).isEqualTo(restyled);
  }

  /** A day, or the days from {@code day} to {@code span} days later, as English news writes it. */
  private static String english(LocalDate day, int span, boolean year) {
    LocalDate last = day.plusDays(span);
    String m1 = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String m2 = last.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    if (span == 0) {
      return "on " + m1 + " " + day.getDayOfMonth() + (year ? ", " + day.getYear() : "");
    }
    if (day.getYear() != last.getYear()) {
      return year
          ? m1
              + " "
              + day.getDayOfMonth()
              + ", "
              + day.getYear()
              + " – "
              + m2
              + " "
              + last.getDayOfMonth()
              + ", "
              + last.getYear()
          : m1 + " " + day.getDayOfMonth() + " – " + m2 + " " + last.getDayOfMonth();
    }
    if (day.getMonth() != last.getMonth()) {
      return day.getDayOfMonth()
          + " "
          + m1
          + " – "
          + last.getDayOfMonth()
          + " "
          + m2
          + (year ? " " + day.getYear() : "");
    }
    return m1
        + " "
        + day.getDayOfMonth()
        + "–"
        + last.getDayOfMonth()
        + (year ? ", " + day.getYear() : "");
  }

  @Provide
  Arbitrary<Integer> spans() {
    return Arbitraries.integers().between(0, 40).edgeCases(e -> e.add(0));
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.longs()
        .between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
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
}
