package org.tarjuma.calendar;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarjuma.language.DigitSet;

/**
 * Finds where a source date stands in a translation, written any way Tarjuma writes it: Gregorian,
 * Solar Hijri or both, with or without its year, in any digits, with any blanks, an Arabic or Latin
 * comma before the year, the Urdu year sign after it (2025ء), and a dash, the Dari تا or the Pashto
 * تر between the days of a range; a Gregorian day also with its month first ("اکتوبر 12، 2025"), as
 * engines write it. Inflected month names (Pashto د تلې) are not found: such a date is left as it
 * is, and QA reads it more loosely. Thread-safe.
 */
public final class WrittenDates {

  private static final String BLANK = "[\\s\\u00A0\\u200E\\u200F]";
  private static final String GAP = "[,،]?" + BLANK + "+";
  private static final String DASH = BLANK + "*(?:[-–—]|تا|تر)" + BLANK + "*";
  private static final String BEFORE = "(?<![\\p{L}\\p{Nd}])";
  private static final String AFTER = "(?![\\p{L}\\p{Nd}])";

  /** Urdu's "first" of a month: یکم اکتوبر, also found written as 1 اکتوبر. */
  private static final String FIRST = "یکم";

  private WrittenDates() {}

  /**
   * Where a date stands in {@code text}, clear of the {@code taken} characters.
   *
   * @param start where it begins
   * @param end just after it
   * @param yearWritten whether its year is written there
   */
  public record Place(int start, int end, boolean yearWritten) {}

  /** The first place {@code date} is written in {@code text} outside {@code taken}, if any. */
  public static Optional<Place> find(String text, SourceDate date, String lang, BitSet taken) {
    String western = DigitSet.WESTERN.convert(text);
    for (Written written : ways(date, lang)) {
      Matcher m = written.pattern().matcher(western);
      while (m.find()) {
        int clash = taken.nextSetBit(m.start());
        if (clash < 0 || clash >= m.end()) {
          return Optional.of(new Place(m.start(), m.end(), written.withYear()));
        }
      }
    }
    return Optional.empty();
  }

  private record Written(Pattern pattern, boolean withYear) {}

  /** The ways to look for, the fullest first: with the year before without, both before one. */
  private static List<Written> ways(SourceDate date, String lang) {
    List<Written> ways = new ArrayList<>();
    if (!date.exact()) {
      ways.add(way(TargetDates.write(date, lang, latin(DateStyle.Calendar.GREGORIAN)), true));
      return ways;
    }
    for (boolean year : new boolean[] {true, false}) {
      SourceDate d = year ? date.withYear() : date.withoutYear();
      ways.add(way(TargetDates.write(d, lang, latin(DateStyle.Calendar.BOTH)), year));
      ways.add(way(TargetDates.write(d, lang, latin(DateStyle.Calendar.SOLAR_HIJRI)), year));
      ways.add(way(TargetDates.write(d, lang, latin(DateStyle.Calendar.GREGORIAN)), year));
      if (d instanceof SourceDate.Day day) {
        ways.add(monthFirst(day, lang, year));
      }
    }
    return ways;
  }

  private static DateStyle latin(DateStyle.Calendar calendar) {
    return new DateStyle(DateStyle.Digits.LATIN, calendar);
  }

  /** "اکتوبر 12، 2025": the Gregorian month before the day. */
  private static Written monthFirst(SourceDate.Day day, String lang, boolean year) {
    String month = MonthNames.of("gregorian", lang, day.date().getMonthValue());
    String written =
        month + " " + day.date().getDayOfMonth() + (year ? " " + day.date().getYear() : "");
    return way(written, year);
  }

  /** A pattern for {@code written} as TargetDates writes it, lenient in blanks and dashes. */
  private static Written way(String written, boolean year) {
    StringBuilder re = new StringBuilder(BEFORE);
    int i = 0;
    while (i < written.length()) {
      char c = written.charAt(i);
      if (c == ' ' || c == '–') {
        boolean dash = false;
        while (i < written.length() && (written.charAt(i) == ' ' || written.charAt(i) == '–')) {
          dash |= written.charAt(i) == '–';
          i++;
        }
        boolean paren = i < written.length() && written.charAt(i) == '(';
        re.append(dash ? DASH : paren ? BLANK + "*" : GAP);
      } else if (c == '(') {
        re.append("\\(").append(BLANK).append('*');
        i++;
      } else if (c == ')') {
        re.append(BLANK).append("*\\)");
        i++;
      } else {
        int j = i;
        while (j < written.length() && " –()".indexOf(written.charAt(j)) < 0) {
          j++;
        }
        String literal = written.substring(i, j);
        if (literal.equals(FIRST)) {
          re.append("(?:").append(FIRST).append("|1)");
        } else {
          // A year may carry the Urdu year sign: 2025ء.
          re.append(Pattern.quote(literal)).append(literal.matches("\\d{4}") ? "ء?" : "");
        }
        i = j;
      }
    }
    return new Written(Pattern.compile(re.append(AFTER).toString()), year);
  }
}
