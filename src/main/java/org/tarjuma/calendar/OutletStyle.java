package org.tarjuma.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a translation in an outlet's {@link DateStyle}: each date of the source, found in the
 * translation however it is written there ({@link WrittenDates}), is written again in the style's
 * calendar, and then every number in the style's digits ({@link Numerals}). A date the translation
 * does not hold in a recognisable way is left as it is, for QA to flag. Applying it twice changes
 * nothing more, and any style's output goes to any other style's as if written in that one first,
 * so a translation kept in the memory or the cache serves every outlet. Urdu's year sign (2025ء)
 * stays with the Gregorian year it follows: a style without that year drops it, and a later style
 * with it does not bring it back. Thread-safe.
 */
public final class OutletStyle {

  private static final Pattern RANGE_WORD = Pattern.compile("(?<!\\p{L})(?:تا|تر)(?!\\p{L})");

  private static final char YEAR_SIGN = 'ء';
  private static final Pattern YEAR = Pattern.compile("\\p{Nd}{4}");

  private OutletStyle() {}

  /**
   * {@code target} in {@code style}.
   *
   * @param dates the dates of the English source ({@link EnglishDates#find})
   * @param target the translation in tagged form ({@code <1>…</1>}, {@code &lt;})
   * @param lang our code of the target language (ur, ps, prs)
   */
  public static String apply(List<SourceDate> dates, String target, String lang, DateStyle style) {
    if (target == null || target.isEmpty()) {
      return target;
    }
    List<Rewrite> rewrites = new ArrayList<>();
    WrittenDates.places(target, dates, lang)
        .forEach(
            (i, place) -> {
              SourceDate date = dates.get(i);
              SourceDate written = place.yearWritten() ? date.withYear() : date.withoutYear();
              String text = TargetDates.write(written, lang, style);
              String was = target.substring(place.start(), place.end());
              if (was.indexOf(YEAR_SIGN) >= 0) {
                // Urdu's ء marks a Gregorian year: it goes after each one written, if any.
                text = signed(text, written, lang, style);
              }
              String to = rangeWord(was);
              if (to != null) {
                // A range the translation wrote with words keeps them: از ۲۰ تا ۲۲, له ۲۰ تر ۲۲.
                text = text.replace(" – ", " " + to + " ").replace("–", " " + to + " ");
              }
              rewrites.add(new Rewrite(place.start(), place.end(), text));
            });
    rewrites.sort(Comparator.comparingInt(Rewrite::start));
    StringBuilder out = new StringBuilder(target.length() + 32);
    int at = 0;
    for (Rewrite r : rewrites) {
      out.append(target, at, r.start()).append(r.text());
      at = r.end();
    }
    out.append(target, at, target.length());
    return Numerals.write(out.toString(), style.digits());
  }

  private record Rewrite(int start, int end, String text) {}

  /** {@code text} with the year sign after each Gregorian year it writes. */
  private static String signed(String text, SourceDate date, String lang, DateStyle style) {
    String gregorian =
        TargetDates.write(date, lang, new DateStyle(style.digits(), DateStyle.Calendar.GREGORIAN));
    return text.replace(gregorian, YEAR.matcher(gregorian).replaceAll("$0" + YEAR_SIGN));
  }

  /** The Dari تا or the Pashto تر a range is written with, or null for a dash. */
  private static String rangeWord(String written) {
    Matcher m = RANGE_WORD.matcher(written);
    return m.find() ? m.group() : null;
  }
}
