package org.tarjuma.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates in English news text: what is one, where it stands, and what is left alone. */
class EnglishDatesTest {

  /** The middle of 2025: a date without its year is 2025's. */
  private static final LocalDate MID_2025 = LocalDate.of(2025, 7, 2);

  /** A date with and without its year, in the shapes news writes. */
  @Test
  void findsTheShapesNewsWrites() {
    String text =
        "On Oct. 12, 2025 the ceasefire began; talks on 14 October and the 16th of October 2025"
            + " followed, and troops left in August 2021.";
    List<SourceDate> found = EnglishDates.find(text, MID_2025);
    assertThat(found)
        .containsExactly(
            at(text, "Oct. 12, 2025", new SourceDate.Day(0, 0, LocalDate.of(2025, 10, 12), true)),
            at(text, "14 October", new SourceDate.Day(0, 0, LocalDate.of(2025, 10, 14), false)),
            at(
                text,
                "16th of October 2025",
                new SourceDate.Day(0, 0, LocalDate.of(2025, 10, 16), true)),
            at(text, "August 2021", new SourceDate.Month(0, 0, YearMonth.of(2021, 8))));
  }

  /** The date as found where {@code written} stands in {@code text}. */
  private static SourceDate at(String text, String written, SourceDate date) {
    int start = text.indexOf(written);
    int end = start + written.length();
    return switch (date) {
      case SourceDate.Day d -> new SourceDate.Day(start, end, d.date(), d.yearGiven());
      case SourceDate.Days d -> new SourceDate.Days(start, end, d.first(), d.last(), d.yearGiven());
      case SourceDate.Month m -> new SourceDate.Month(start, end, m.month());
    };
  }

  /** A period after a month is the date's before a day only: a sentence's full stop is not. */
  @Test
  void aFullStopAfterAMonthIsNotTheDates() {
    String text = "They met on 12 October. Talks end on Nov. 2.";
    assertThat(EnglishDates.find(text, MID_2025))
        .containsExactly(
            at(text, "12 October", new SourceDate.Day(0, 0, LocalDate.of(2025, 10, 12), false)),
            at(text, "Nov. 2", new SourceDate.Day(0, 0, LocalDate.of(2025, 11, 2), false)));
  }

  /** Ranges: within a month, across months, across years. */
  @Test
  void findsRanges() {
    assertThat(EnglishDates.find("from October 12–14, 2025 on", MID_2025))
        .containsExactly(
            new SourceDate.Days(
                5, 24, LocalDate.of(2025, 10, 12), LocalDate.of(2025, 10, 14), true));
    assertThat(EnglishDates.find("30 October to 2 November", MID_2025))
        .containsExactly(
            new SourceDate.Days(
                0, 24, LocalDate.of(2025, 10, 30), LocalDate.of(2025, 11, 2), false));
    assertThat(EnglishDates.find("December 30 – January 2", MID_2025).getFirst())
        .isEqualTo(
            new SourceDate.Days(
                0, 23, LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 2), false));
  }

  /** A full month name never takes a period, even before a day; an abbreviation's before a day. */
  @Test
  void onlyAnAbbreviationTakesAPeriod() {
    assertThat(EnglishDates.find("Talks end on 14 Oct. Then", MID_2025))
        .containsExactly(new SourceDate.Day(13, 19, LocalDate.of(2025, 10, 14), false));
    assertThat(EnglishDates.find("By October. 12 men left.", MID_2025)).isEmpty();
  }

  /** A date without its year is the one nearest the article's date, across a new year too. */
  @Test
  void aDateWithoutItsYearIsTheNearest() {
    assertThat(EnglishDates.find("on December 30", LocalDate.of(2026, 1, 2)))
        .containsExactly(new SourceDate.Day(3, 14, LocalDate.of(2025, 12, 30), false));
    assertThat(EnglishDates.find("on January 3", LocalDate.of(2025, 12, 30)))
        .containsExactly(new SourceDate.Day(3, 12, LocalDate.of(2026, 1, 3), false));
    assertThat(EnglishDates.find("on October 12", LocalDate.of(2025, 10, 20)))
        .containsExactly(new SourceDate.Day(3, 13, LocalDate.of(2025, 10, 12), false));
    assertThat(EnglishDates.find("on February 29", LocalDate.of(2025, 3, 1)))
        .containsExactly(new SourceDate.Day(3, 14, LocalDate.of(2024, 2, 29), false));
  }

  /** Not dates: a year alone, the verb may, a day that does not exist, a backwards range. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "In 2021 the Taliban returned.",
        "They may 12 times refuse.",
        "Talks may resume.",
        "It was February 30, 2025.",
        "From October 14–12, 2025.",
        "He was 12 in October.",
        "March on, said the 300 marchers.",
      })
  void leavesWhatIsNoDateAlone(String text) {
    assertThat(EnglishDates.find(text, MID_2025)).isEmpty();
  }

  /** Any day of 1950–2099 in any shape, inside any words, is found there and read back exactly. */
  @Property(tries = 500)
  void findsAnyDayInAnyShape(
      @ForAll("days") LocalDate day,
      @ForAll("shapes") int shape,
      @ForAll("words") String before,
      @ForAll("words") String after) {
    String written = write(day, shape);
    String text = before + " " + written + " " + after;
    List<SourceDate> found = EnglishDates.find(text, LocalDate.of(2000, 7, 2));
    assertThat(found)
        .containsExactly(
            new SourceDate.Day(
                before.length() + 1, before.length() + 1 + written.length(), day, true));
  }

  private static String write(LocalDate day, int shape) {
    String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String shortMonth = day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    int d = day.getDayOfMonth();
    int y = day.getYear();
    return switch (shape) {
      case 0 -> month + " " + d + ", " + y;
      case 1 -> (shortMonth.equals(month) ? month : shortMonth + ".") + " " + d + ", " + y;
      case 2 -> d + " " + month + " " + y;
      case 3 -> d + "th of " + month + " " + y;
      default -> month + " " + d + " " + y;
    };
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.longs()
        .between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<Integer> shapes() {
    return Arbitraries.integers().between(0, 4);
  }

  @Provide
  Arbitrary<String> words() {
    return Combinators.combine(
            Arbitraries.of("said", "officials", "in", "the", "may", "ISPR", "on", "Kandahar", ""),
            Arbitraries.of("reported", "as", "12", "people", "", "—", "forces"))
        .as((a, b) -> (a + " " + b).strip());
  }
}
