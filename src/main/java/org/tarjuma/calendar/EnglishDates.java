package org.tarjuma.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates of an English news text: "October 12", "Oct. 12, 2025", "12 October 2025", "the
 * 12th of October", "in August 2021", and ranges ("October 12–14", "12 to 14 October 2025",
 * "October 30 – November 2, 2025"). A month is recognised only by its capitalised name, so the verb
 * "may" is never one; a period after a month is the date's only before its day or year ("Oct. 12",
 * not a sentence's full stop in "on 12 October."); a year alone, a day that does not exist
 * (February 30) and a range that runs backwards are left alone. Immutable and thread-safe.
 */
public final class EnglishDates {

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.(?=[ \\u00A0]+\\d))?)";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d\\d)";
  private static final String TO = "\\s*(?:-|–|—|to|through|until)\\s*";
  private static final String SPACE = "[ \\u00A0]+";
  private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
  private static final String AFTER = "(?![\\p{L}\\p{N}])";

  /** A way of writing a date, and how its groups make one; tried in this order. */
  private record Shape(Pattern pattern, Function<Found, SourceDate> read) {
    Shape(String regex, Function<Found, SourceDate> read) {
      this(Pattern.compile(BEFORE + regex + AFTER), read);
    }
  }

  /** One match, for the shapes to read. */
  private record Found(Matcher m, LocalDate dated) {
    String group(int i) {
      return m.group(i);
    }

    int day(int i) {
      return Integer.parseInt(m.group(i));
    }

    int month(int i) {
      return monthOf(m.group(i));
    }

    Integer year(int i) {
      return m.group(i) == null ? null : Integer.parseInt(m.group(i));
    }
  }

  /** The first three letters of every month, as every name and abbreviation begins. */
  private static final java.util.Set<String> MONTH_STARTS =
      java.util.Set.of(
          "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  private static final List<Shape> SHAPES =
      List.of(
          // December 30, 2024 – January 2, 2025
          new Shape(
              MONTH + SPACE + DAY + ",?" + SPACE + YEAR + TO + MONTH + SPACE + DAY + ",?" + SPACE
                  + YEAR,
              f -> fullRange(f, f.month(1), f.day(2), f.year(3), f.month(4), f.day(5), f.year(6))),
          // 30 December 2024 – 2 January 2025
          new Shape(
              DAY + SPACE + MONTH + ",?" + SPACE + YEAR + TO + DAY + SPACE + MONTH + ",?" + SPACE
                  + YEAR,
              f -> fullRange(f, f.month(2), f.day(1), f.year(3), f.month(5), f.day(4), f.year(6))),
          // October 30 – November 2, 2025
          new Shape(
              MONTH + SPACE + DAY + TO + MONTH + SPACE + DAY + "(?:,?" + SPACE + YEAR + ")?",
              f -> range(f, f.month(1), f.day(2), f.month(3), f.day(4), f.year(5))),
          // 30 October – 2 November 2025
          new Shape(
              DAY + SPACE + MONTH + TO + DAY + SPACE + MONTH + "(?:,?" + SPACE + YEAR + ")?",
              f -> range(f, f.month(2), f.day(1), f.month(4), f.day(3), f.year(5))),
          // October 12–14, 2025
          new Shape(
              MONTH + SPACE + DAY + TO + DAY + "(?:,?" + SPACE + YEAR + ")?",
              f -> range(f, f.month(1), f.day(2), f.month(1), f.day(3), f.year(4))),
          // 12–14 October 2025
          new Shape(
              DAY + TO + DAY + SPACE + MONTH + "(?:,?" + SPACE + YEAR + ")?",
              f -> range(f, f.month(3), f.day(1), f.month(3), f.day(2), f.year(4))),
          // October 12, 2025
          new Shape(
              MONTH + SPACE + DAY + "(?:,?" + SPACE + YEAR + ")?",
              f -> day(f, f.month(1), f.day(2), f.year(3))),
          // 12 October 2025, the 12th of October
          new Shape(
              DAY + SPACE + "(?:of" + SPACE + ")?" + MONTH + "(?:,?" + SPACE + YEAR + ")?",
              f -> day(f, f.month(2), f.day(1), f.year(3))),
          // August 2021
          new Shape(
              MONTH + SPACE + YEAR,
              f ->
                  new SourceDate.Month(
                      f.m.start(), f.m.end(), YearMonth.of(f.year(2), f.month(1)))));

  private EnglishDates() {}

  /**
   * The dates of {@code text}, in the order they stand, none overlapping another; never null.
   *
   * @param dated the article's date: a date written without its year is the one nearest to it
   *     ("December 30" in an article of January 2 is last December's)
   */
  public static List<SourceDate> find(String text, LocalDate dated) {
    if (!namesAMonth(text)) {
      return List.of(); // most sentences: one quick look instead of a scan per shape
    }
    List<SourceDate> found = new ArrayList<>();
    List<int[]> taken = new ArrayList<>(); // a backwards range takes its words too: no date there
    for (Shape shape : SHAPES) {
      Matcher m = shape.pattern().matcher(text);
      while (m.find()) {
        if (taken.stream().noneMatch(span -> span[0] < m.end() && m.start() < span[1])) {
          SourceDate date = read(shape, new Found(m, dated));
          taken.add(new int[] {m.start(), m.end()});
          if (date != null) {
            found.add(date);
          }
        }
      }
    }
    found.sort(Comparator.comparingInt(SourceDate::start));
    return List.copyOf(found);
  }

  /** Whether a month's name or abbreviation starts anywhere: no date is found without one. */
  private static boolean namesAMonth(String text) {
    for (int i = 0; i + 3 <= text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'S' && MONTH_STARTS.contains(text.substring(i, i + 3))) {
        return true;
      }
    }
    return false;
  }

  private static SourceDate read(Shape shape, Found found) {
    try {
      return shape.read().apply(found);
    } catch (DateTimeException notADay) {
      return null;
    }
  }

  private static SourceDate day(Found f, int month, int day, Integer year) {
    LocalDate date = LocalDate.of(year == null ? nearestYear(f, month, day) : year, month, day);
    return new SourceDate.Day(f.m.start(), f.m.end(), date, year != null);
  }

  private static SourceDate range(
      Found f, int firstMonth, int firstDay, int lastMonth, int lastDay, Integer year) {
    int y = year == null ? nearestYear(f, firstMonth, firstDay) : year;
    LocalDate first = LocalDate.of(y, firstMonth, firstDay);
    LocalDate last = LocalDate.of(y, lastMonth, lastDay);
    if (last.isBefore(first) && firstMonth > lastMonth) {
      // December 30 – January 2: the year turns in between.
      if (year == null) {
        last = last.plusYears(1);
      } else {
        first = first.minusYears(1);
      }
    }
    if (!last.isAfter(first)) {
      return null;
    }
    return new SourceDate.Days(f.m.start(), f.m.end(), first, last, year != null);
  }

  private static SourceDate fullRange(
      Found f,
      int firstMonth,
      int firstDay,
      int firstYear,
      int lastMonth,
      int lastDay,
      int lastYear) {
    LocalDate first = LocalDate.of(firstYear, firstMonth, firstDay);
    LocalDate last = LocalDate.of(lastYear, lastMonth, lastDay);
    return last.isAfter(first)
        ? new SourceDate.Days(f.m.start(), f.m.end(), first, last, true)
        : null;
  }

  /**
   * The year, of the article's and the two around it, that puts {@code month}/{@code day} nearest
   * to the article's date; a day that exists in none of them (February 29 of no leap year) throws.
   */
  private static int nearestYear(Found f, int month, int day) {
    LocalDate dated = f.dated();
    int best = dated.getYear();
    long bestDistance = Long.MAX_VALUE;
    for (int y = dated.getYear() - 1; y <= dated.getYear() + 1; y++) {
      try {
        long distance = Math.abs(LocalDate.of(y, month, day).toEpochDay() - dated.toEpochDay());
        if (distance < bestDistance) {
          best = y;
          bestDistance = distance;
        }
      } catch (DateTimeException notThatYear) {
        // February 29 outside a leap year
      }
    }
    return best;
  }

  private static int monthOf(String name) {
    String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
    return List.of(
                "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
            .indexOf(key)
        + 1;
  }
}
