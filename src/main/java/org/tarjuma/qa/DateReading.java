package org.tarjuma.qa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarjuma.calendar.DateStyle;
import org.tarjuma.calendar.EnglishDates;
import org.tarjuma.calendar.SourceDate;
import org.tarjuma.calendar.TargetDates;
import org.tarjuma.calendar.WrittenDates;

/**
 * The dates of a subject's source as its translation holds them, for the dates and numbers checks.
 * A date is held where {@link WrittenDates} finds it (any calendar, any digits), each place taken
 * once; else where a translator may have written it: a month name of one calendar, as a word or a
 * word's start (an inflected name may change its last letter: Pashto تله, د تلې), with the day and,
 * when the source gave it, the year among the numbers near it (within {@value #NEAR} words, and no
 * other month name nearer). A month of a year ("August 2021") is read in the Gregorian calendar
 * only; a day also in the Solar Hijri. Immutable.
 */
final class DateReading {

  /** How many words from its month name a day or a year may stand. */
  static final int NEAR = 5;

  /** A number with the letters written onto it (۲۰مه, 12th), or a word. */
  private static final Pattern TOKEN =
      Pattern.compile("(\\p{Nd}+(?:[.,٫٬]\\p{Nd}+)*)[\\p{L}\\p{M}]*|[\\p{L}\\p{M}\\u200C]+");

  private static final Pattern TRAILING_MARKS = Pattern.compile("[\\p{M}\\u200C]+$");

  /** The last letters an inflected month name may change into one another. */
  private static final String ENDINGS = "هیۍېيےہ";

  private static final String GREGORIAN = DateStyle.Calendar.GREGORIAN.id();
  private static final String SOLAR_HIJRI = DateStyle.Calendar.SOLAR_HIJRI.id();

  private final String source;
  private final List<SourceDate> missing;
  private final String target;

  private DateReading(String source, List<SourceDate> missing, String target) {
    this.source = source;
    this.missing = List.copyOf(missing);
    this.target = target;
  }

  /** Reads the source's dates in the target; none for a language Tarjuma writes no dates in. */
  static DateReading of(Subject s) {
    String source = s.plainSource();
    String target = s.plainTarget();
    String lang = s.language().code();
    List<SourceDate> dates =
        writesDates(lang) ? EnglishDates.find(source, s.dated()) : List.<SourceDate>of();
    if (dates.isEmpty()) {
      return new DateReading(source, List.of(), target);
    }
    char[] blanked = target.toCharArray();
    BitSet taken = new BitSet(target.length());
    List<SourceDate> unfound = new ArrayList<>();
    Map<Integer, WrittenDates.Place> places = WrittenDates.places(target, dates, lang);
    for (int i = 0; i < dates.size(); i++) {
      SourceDate date = dates.get(i);
      WrittenDates.Place place = places.get(i);
      // A place without the year the source gave is no place: the date was changed.
      if (place != null && (place.yearWritten() || !date.yearGiven())) {
        taken.set(place.start(), place.end());
      } else {
        unfound.add(date);
      }
    }
    taken.stream().forEach(i -> blanked[i] = ' ');
    List<SourceDate> missing = new ArrayList<>();
    if (!unfound.isEmpty()) {
      Tokens tokens = new Tokens(new String(blanked), lang);
      for (SourceDate date : unfound) {
        if (!tokens.readLoosely(date)) {
          missing.add(date);
        }
      }
      tokens.used.stream().forEach(j -> tokens.list.get(j).blank(blanked));
    }
    char[] sourceBlanked = source.toCharArray();
    for (SourceDate date : dates) {
      Arrays.fill(sourceBlanked, date.start(), date.end(), ' ');
    }
    return new DateReading(new String(sourceBlanked), missing, new String(blanked));
  }

  /** Whether Tarjuma writes dates in {@code lang} (it has its month names). */
  static boolean writesDates(String lang) {
    return !TargetDates.monthNames(GREGORIAN, lang).isEmpty();
  }

  /** The plain source with its dates blanked: the numbers the numbers check is left with. */
  String source() {
    return source;
  }

  /** The plain target with the dates it holds blanked, strict places and loose numbers alike. */
  String target() {
    return target;
  }

  /** The source's dates the target does not hold, in the order they stand. */
  List<SourceDate> missing() {
    return missing;
  }

  /**
   * A word or a number of the target, where it stands.
   *
   * @param number a number's value ({@link #value}); null for a word
   * @param word a word; null for a number
   * @param month whether the word is a month name of either calendar
   */
  private record Token(int start, int end, String number, String word, boolean month) {
    void blank(char[] text) {
      Arrays.fill(text, start, end, ' ');
    }
  }

  /** One calendar's reading of a date: its month names, and the day and year numbers near them. */
  private record Reading(String calendar, List<Integer> months, List<Integer> numbers) {}

  /** The target's words and numbers, and the numbers a loosely read date has used. */
  private static final class Tokens {
    private final String lang;
    private final List<Token> list = new ArrayList<>();
    private final BitSet used = new BitSet();

    /** For each token, how many tokens away the nearest month name stands. */
    private final int[] nearestMonth;

    Tokens(String text, String lang) {
      this.lang = lang;
      Set<String> names = new LinkedHashSet<>(TargetDates.monthNames(GREGORIAN, lang));
      names.addAll(TargetDates.monthNames(SOLAR_HIJRI, lang));
      Matcher m = TOKEN.matcher(text);
      while (m.find()) {
        if (m.group(1) != null) {
          list.add(new Token(m.start(1), m.end(1), value(m.group(1)), null, false));
        } else {
          String word = m.group();
          boolean month = names.stream().anyMatch(n -> is(word, n));
          list.add(new Token(m.start(), m.end(), null, word, month));
        }
      }
      // A name of two letters is also a common word (Dari می before a verb): a month only beside
      // a number (۱۲ می).
      for (int j = 0; j < list.size(); j++) {
        Token t = list.get(j);
        if (t.month() && t.word().length() <= 2 && !numberAt(j - 1) && !numberAt(j + 1)) {
          list.set(j, new Token(t.start(), t.end(), null, t.word(), false));
        }
      }
      nearestMonth = new int[list.size()];
      int last = -1;
      for (int j = 0; j < list.size(); j++) {
        last = list.get(j).month() ? j : last;
        nearestMonth[j] = last < 0 ? Integer.MAX_VALUE : j - last;
      }
      int next = -1;
      for (int j = list.size() - 1; j >= 0; j--) {
        next = list.get(j).month() ? j : next;
        nearestMonth[j] = next < 0 ? nearestMonth[j] : Math.min(nearestMonth[j], next - j);
      }
    }

    private boolean numberAt(int j) {
      return j >= 0 && j < list.size() && list.get(j).number() != null;
    }

    /** Whether some calendar's reading of {@code date} is there; its numbers are then used. */
    boolean readLoosely(SourceDate date) {
      for (Reading reading : readings(date)) {
        BitSet chosen = choose(reading);
        if (chosen != null) {
          used.or(chosen);
          return true;
        }
      }
      return false;
    }

    /** The number tokens that make {@code reading}, or null if it is not there. */
    private BitSet choose(Reading reading) {
      List<String> names = TargetDates.monthNames(reading.calendar(), lang);
      BitSet near = new BitSet();
      for (int month : reading.months()) {
        boolean named = false;
        for (int i = 0; i < list.size(); i++) {
          Token t = list.get(i);
          if (t.month() && is(t.word(), names.get(month - 1))) {
            named = true;
            for (int j = Math.max(0, i - NEAR); j <= Math.min(list.size() - 1, i + NEAR); j++) {
              if (list.get(j).number() != null && Math.abs(j - i) == nearestMonth[j]) {
                near.set(j);
              }
            }
          }
        }
        if (!named) {
          return null;
        }
      }
      near.andNot(used);
      BitSet chosen = new BitSet();
      for (int number : reading.numbers()) {
        int found = -1;
        for (int j = near.nextSetBit(0); j >= 0 && found < 0; j = near.nextSetBit(j + 1)) {
          if (!chosen.get(j) && list.get(j).number().equals(Integer.toString(number))) {
            found = j;
          }
        }
        if (found < 0) {
          return null;
        }
        chosen.set(found);
      }
      return chosen;
    }
  }

  /** The readings to try: Gregorian, then Solar Hijri for an exact date. */
  private static List<Reading> readings(SourceDate date) {
    return switch (date) {
      case SourceDate.Month m ->
          List.of(
              new Reading(
                  GREGORIAN, List.of(m.month().getMonthValue()), List.of(m.month().getYear())));
      case SourceDate.Day d -> days(d.date(), d.date(), d.yearGiven());
      case SourceDate.Days d -> days(d.first(), d.last(), d.yearGiven());
    };
  }

  private static List<Reading> days(LocalDate first, LocalDate last, boolean year) {
    int[] f = {first.getYear(), first.getMonthValue(), first.getDayOfMonth()};
    int[] l = {last.getYear(), last.getMonthValue(), last.getDayOfMonth()};
    return List.of(
        reading(GREGORIAN, f, l, year),
        reading(SOLAR_HIJRI, TargetDates.solarHijri(first), TargetDates.solarHijri(last), year));
  }

  /** The months, days and (if written) years of a day or range given as year, month, day. */
  private static Reading reading(String calendar, int[] first, int[] last, boolean year) {
    List<Integer> months = first[1] == last[1] ? List.of(first[1]) : List.of(first[1], last[1]);
    List<Integer> numbers = new ArrayList<>();
    numbers.add(first[2]);
    if (first[1] != last[1] || first[2] != last[2]) {
      numbers.add(last[2]);
    }
    if (year) {
      numbers.add(first[0]);
      if (first[0] != last[0]) {
        numbers.add(last[0]);
      }
    }
    return new Reading(calendar, months, numbers);
  }

  /**
   * Whether {@code word} is the month {@code name}: the name itself, with marks after it (ezafe:
   * سنبلهٔ), or, for a name of three letters or more ending in a vowel letter (ه ی ۍ ې ي, Urdu ہ
   * ے), with that letter changed to another (Pashto تله → تلې). A longer word is not the name,
   * though it begins with it (جدید is not جدی, حمله is not حمل).
   */
  static boolean is(String word, String name) {
    String bare = TRAILING_MARKS.matcher(word).replaceFirst("");
    if (bare.equals(name)) {
      return true;
    }
    int stem = name.length() - 1;
    return name.length() > 2
        && ENDINGS.indexOf(name.charAt(stem)) >= 0
        && bare.length() == name.length()
        && bare.startsWith(name.substring(0, stem))
        && ENDINGS.indexOf(bare.charAt(stem)) >= 0;
  }

  /** A number's value as Western digits without separators or leading zeros. */
  private static String value(String number) {
    StringBuilder digits = new StringBuilder();
    number
        .codePoints()
        .filter(Character::isDigit)
        .forEach(c -> digits.append(Character.forDigit(Character.digit(c, 10), 10)));
    return digits.toString().replaceFirst("^0+(?=\\d)", "");
  }
}
