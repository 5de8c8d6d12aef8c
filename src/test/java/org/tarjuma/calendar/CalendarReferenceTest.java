package org.tarjuma.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 30 source dates × ur, ps, prs × every calendar and digits, against {@code
 * calendar/solar-hijri-reference.tsv}, whose Solar Hijri dates come from jalaali-js (see {@code
 * make-reference.js} beside it), not from ICU.
 */
class CalendarReferenceTest {

  /** The middle of 2025: a date without its year is 2025's. */
  private static final LocalDate MID_2025 = LocalDate.of(2025, 7, 2);

  record Row(
      String source,
      String lang,
      String calendar,
      String digits,
      String solarHijri,
      String expected) {
    @Override
    public String toString() {
      return source + " · " + lang + " · " + calendar + " · " + digits;
    }
  }

  static Stream<Row> rows() throws IOException {
    try (InputStream in =
        CalendarReferenceTest.class.getResourceAsStream("/calendar/solar-hijri-reference.tsv")) {
      List<String> lines =
          List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
      return lines.stream()
          .skip(1)
          .map(line -> line.split("\t", -1))
          .map(f -> new Row(f[0], f[1], f[2], f[3], f[4], f[5]))
          .toList()
          .stream();
    }
  }

  /** The table has 30 dates, each in 3 languages × 3 calendars × 2 digit sets. */
  @Test
  void theTableCoversEveryProfile() throws IOException {
    List<Row> all = rows().toList();
    assertThat(all).hasSize(30 * 3 * 3 * 2);
    assertThat(all.stream().map(Row::source).distinct()).hasSize(30);
  }

  /** The source's one date, written per the row's profile, is the table's text. */
  @ParameterizedTest
  @MethodSource("rows")
  void eachDateIsWrittenAsTheReferenceSays(Row row) {
    List<SourceDate> found = EnglishDates.find(row.source(), MID_2025);
    assertThat(found).hasSize(1);
    DateStyle style =
        new DateStyle(
            DateStyle.Digits.valueOf(row.digits().toUpperCase(Locale.ROOT)),
            DateStyle.Calendar.valueOf(row.calendar().toUpperCase(Locale.ROOT).replace('-', '_')));
    assertThat(TargetDates.write(found.getFirst(), row.lang(), style)).isEqualTo(row.expected());
  }

  /** ICU's Persian calendar gives the day jalaali-js gives, for every exact date of the table. */
  @ParameterizedTest
  @MethodSource("rows")
  void icuAgreesWithTheIndependentSource(Row row) {
    SourceDate date = EnglishDates.find(row.source(), MID_2025).getFirst();
    String icu =
        switch (date) {
          case SourceDate.Day d -> ymd(d.date());
          case SourceDate.Days d -> ymd(d.first()) + "/" + ymd(d.last());
          case SourceDate.Month m -> "";
        };
    assertThat(icu).isEqualTo(row.solarHijri());
  }

  private static String ymd(java.time.LocalDate date) {
    return String.join(
        "-", Arrays.stream(TargetDates.solarHijri(date)).mapToObj(String::valueOf).toList());
  }
}
