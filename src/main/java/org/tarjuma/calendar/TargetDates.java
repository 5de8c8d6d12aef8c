package org.tarjuma.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a source date in a target language the way an outlet's {@link DateStyle} asks: day, month
 * name, year (the year only when the source gave one), in its digits; on {@code solar-hijri} an
 * exact date in the Afghan Solar Hijri calendar (ICU's Persian calendar, whose years begin at the
 * March equinox as Afghanistan's do), on {@code both} that with the Gregorian in parentheses. A
 * month of a year ("August 2021") is not one day of the other calendar, so it stays Gregorian.
 * Thread-safe.
 */
public final class TargetDates {

  private static final String RANGE = "–";
  private static final ULocale PERSIAN = new ULocale("en@calendar=persian");

  private TargetDates() {}

  /**
   * The date as the target writes it; never null.
   *
   * @throws IllegalArgumentException for a language other than ur, ps and prs
   */
  public static String write(SourceDate date, String lang, DateStyle style) {
    String written =
        switch (date) {
          case SourceDate.Month m ->
              MonthNames.of("gregorian", lang, m.month().getMonthValue())
                  + " "
                  + m.month().getYear();
          case SourceDate.Day d ->
              inCalendar(style.calendar(), lang, d.date(), d.date(), d.yearGiven());
          case SourceDate.Days d ->
              inCalendar(style.calendar(), lang, d.first(), d.last(), d.yearGiven());
        };
    return style.digits().set().convert(written);
  }

  /**
   * The twelve month names, from the first month, that dates of {@code calendar} are written with
   * in {@code lang}, as {@link #write} writes them.
   *
   * @param calendar {@code gregorian} or {@code solar-hijri} (a {@link DateStyle.Calendar#id()})
   * @param lang our code of the language (ur, ps, prs)
   * @return the names; an empty list for a calendar or language without them (en)
   */
  public static List<String> monthNames(String calendar, String lang) {
    return MonthNames.all().getOrDefault(calendar + "." + lang, List.of());
  }

  /** The Solar Hijri year, month (1–12) and day of a Gregorian date. */
  public static int[] solarHijri(LocalDate date) {
    Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE, PERSIAN);
    calendar.clear();
    calendar.setTimeInMillis(date.toEpochDay() * 86_400_000L + 43_200_000L);
    return new int[] {
      calendar.get(Calendar.YEAR),
      calendar.get(Calendar.MONTH) + 1,
      calendar.get(Calendar.DAY_OF_MONTH)
    };
  }

  private static String inCalendar(
      DateStyle.Calendar calendar, String lang, LocalDate first, LocalDate last, boolean year) {
    String gregorian = span("gregorian", lang, gregorian(first), gregorian(last), year);
    if (calendar == DateStyle.Calendar.GREGORIAN) {
      return gregorian;
    }
    String solar = span("solar-hijri", lang, solarHijri(first), solarHijri(last), year);
    return calendar == DateStyle.Calendar.SOLAR_HIJRI ? solar : solar + " (" + gregorian + ")";
  }

  private static int[] gregorian(LocalDate date) {
    return new int[] {date.getYear(), date.getMonthValue(), date.getDayOfMonth()};
  }

  /** One day, or a range written as short as it can be said: 12–14 M Y, 30 M – 2 N Y, or whole. */
  private static String span(String calendar, String lang, int[] first, int[] last, boolean year) {
    String lastDay = day(calendar, lang, last, year);
    if (first[0] != last[0]) {
      return day(calendar, lang, first, true) + " " + RANGE + " " + day(calendar, lang, last, true);
    }
    if (first[1] != last[1]) {
      return day(calendar, lang, first, false) + " " + RANGE + " " + lastDay;
    }
    if (first[2] != last[2]) {
      return first[2] + RANGE + lastDay;
    }
    return lastDay;
  }

  /** A day with its month: Urdu writes the first of a month یکم (یکم اکتوبر), as its press does. */
  private static String day(String calendar, String lang, int[] ymd, boolean year) {
    String day = ymd[2] == 1 && lang.equals("ur") ? "یکم" : String.valueOf(ymd[2]);
    return day + " " + MonthNames.of(calendar, lang, ymd[1]) + (year ? " " + ymd[0] : "");
  }
}
