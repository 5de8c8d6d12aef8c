package org.tarjuma.qa;

import java.util.ArrayList;
import java.util.List;
import org.tarjuma.calendar.DateStyle;
import org.tarjuma.calendar.SourceDate;
import org.tarjuma.calendar.TargetDates;
import org.tarjuma.language.DigitSet;

/**
 * Every date of the source must be in the target: written the way Tarjuma writes it, in any
 * calendar and digits, or the way a translator may, an inflected month name with the day and year
 * near it ({@link DateReading}). A date missing or changed is an error whose message shows how to
 * write it, in the digits the translation uses.
 */
final class DatesCheck implements QualityCheck {

  @Override
  public String id() {
    return "dates";
  }

  @Override
  public List<Finding> check(Subject s) {
    List<SourceDate> missing = DateReading.of(s).missing();
    if (missing.isEmpty()) {
      return List.of();
    }
    String source = s.plainSource();
    DateStyle.Digits digits = digits(s);
    List<Finding> findings = new ArrayList<>();
    for (SourceDate date : missing) {
      String written = source.substring(date.start(), date.end());
      findings.add(
          new Finding(
              id(),
              Severity.ERROR,
              "date:" + written,
              "The date "
                  + written
                  + " of the source is missing or changed in the translation: write it as "
                  + String.join(" or ", forms(date, s.language().code(), digits))
                  + "."));
    }
    return findings;
  }

  /** The date in the Gregorian calendar and, for a day, in the Solar Hijri. */
  private static List<String> forms(SourceDate date, String lang, DateStyle.Digits digits) {
    List<DateStyle.Calendar> calendars =
        date.exact()
            ? List.of(DateStyle.Calendar.GREGORIAN, DateStyle.Calendar.SOLAR_HIJRI)
            : List.of(DateStyle.Calendar.GREGORIAN);
    return calendars.stream()
        .map(calendar -> TargetDates.write(date, lang, new DateStyle(digits, calendar)))
        .toList();
  }

  /** The digits most of the translation's digits are in; with none, the language's usual ones. */
  private static DateStyle.Digits digits(Subject s) {
    int western = 0;
    int eastern = 0;
    for (char c : s.plainTarget().toCharArray()) {
      if (c >= '0' && c <= '9') {
        western++;
      } else if (DigitSet.valueOf(c) >= 0) {
        eastern++;
      }
    }
    if (western == eastern) {
      List<DigitSet> usual = s.language().digits();
      return usual.isEmpty() || usual.getFirst() == DigitSet.WESTERN
          ? DateStyle.Digits.LATIN
          : DateStyle.Digits.EASTERN;
    }
    return western > eastern ? DateStyle.Digits.LATIN : DateStyle.Digits.EASTERN;
  }
}
