package org.tarjuma.calendar;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private static final String NO_YEAR_AFTER = "(?![,،]?" + BLANK + "+\\d{4}(?!\\d))";

  /** The patterns made so far, by their text: a date's ways are the same in every segment. */
  private static final Cache<String, Pattern> PATTERNS =
      Caffeine.newBuilder().maximumSize(20_000).build();

  /** Urdu's "first" of a month: یکم اکتوبر, also found written as 1 اکتوبر. */
  private static final String FIRST = "یکم";

  private WrittenDates() {}

  /**
   * Where a date stands in {@code text}.
   *
   * @param start where it begins
   * @param end just after it
   * @param yearWritten whether its year is written there
   */
  public record Place(int start, int end, boolean yearWritten) {}

  /** A place one of the dates could have, before places are given out. */
  private record Candidate(int date, Place place) {
    int length() {
      return place.end() - place.start();
    }
  }

  private static final Comparator<Candidate> LONGEST_FIRST =
      Comparator.comparingInt(Candidate::length)
          .reversed()
          .thenComparingInt(c -> c.place().start())
          .thenComparingInt(Candidate::date);

  /**
   * Where each of {@code dates} is written in {@code text}, by its index in {@code dates}; a date
   * not found has none. No two places overlap, and the longest are given out first, so a date is
   * never taken out of a longer one that holds it: "14 October" out of the range "12 to 14
   * October", a Gregorian date out of both calendars, "October 12" out of "12 October 2024".
   */
  public static Map<Integer, Place> places(String text, List<SourceDate> dates, String lang) {
    if (dates.isEmpty()) {
      return Map.of();
    }
    String western = DigitSet.WESTERN.convert(text);
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      for (Written written : ways(dates.get(i), lang)) {
        Matcher m = written.pattern().matcher(western);
        while (m.find()) {
          candidates.add(new Candidate(i, new Place(m.start(), m.end(), written.withYear())));
        }
      }
    }
    candidates.sort(LONGEST_FIRST);
    Map<Integer, Place> places = new HashMap<>();
    BitSet taken = new BitSet(text.length());
    for (Candidate c : candidates) {
      Place p = c.place();
      int clash = taken.nextSetBit(p.start());
      if (!places.containsKey(c.date()) && (clash < 0 || clash >= p.end())) {
        places.put(c.date(), p);
        taken.set(p.start(), p.end());
      }
    }
    return places;
  }

  private record Written(Pattern pattern, boolean withYear) {}

  /**
   * The ways {@code date} may be written: each calendar (both, Solar Hijri, Gregorian) with its
   * year and without, and the Gregorian day also with its month first. A way without the year is
   * not one where a year follows ("October 12" is not the start of "12 October 2024"); a way that
   * reads the same either way (a range across a new year writes its years) says what the source
   * did.
   */
  private static List<Written> ways(SourceDate date, String lang) {
    List<Written> ways = new ArrayList<>();
    if (!date.exact()) {
      ways.add(way(TargetDates.write(date, lang, latin(DateStyle.Calendar.GREGORIAN)), true));
      return ways;
    }
    for (DateStyle.Calendar calendar : DateStyle.Calendar.values()) {
      String with = TargetDates.write(date.withYear(), lang, latin(calendar));
      String without = TargetDates.write(date.withoutYear(), lang, latin(calendar));
      if (with.equals(without)) {
        ways.add(way(with, date.yearGiven()));
      } else {
        ways.add(way(with, true));
        ways.add(way(without, false));
      }
    }
    if (date instanceof SourceDate.Day day) {
      ways.add(monthFirst(day, lang, true));
      ways.add(monthFirst(day, lang, false));
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
    re.append(AFTER).append(year ? "" : NO_YEAR_AFTER);
    return new Written(PATTERNS.get(re.toString(), Pattern::compile), year);
  }
}
