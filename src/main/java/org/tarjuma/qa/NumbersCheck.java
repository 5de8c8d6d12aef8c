package org.tarjuma.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every number of the source must be in the target, in Western, Arabic-Indic or Extended
 * Arabic-Indic digits; thousands separators (1,200 / ۱٬۲۰۰) and the decimal mark do not matter. The
 * numbers of the source's dates are the dates check's: they are not counted, and the target's dates
 * are blanked first ({@link DateReading}), so a date in another calendar (۲۰ میزان ۱۴۰۴ for 12
 * October 2025) neither misses a number nor stands for another number of the source.
 */
final class NumbersCheck implements QualityCheck {

  private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[.,٫٬]\\p{Nd}+)*");

  @Override
  public String id() {
    return "numbers";
  }

  @Override
  public List<Finding> check(Subject s) {
    DateReading dates = DateReading.of(s);
    List<String> target = numbers(dates.target());
    List<Finding> findings = new ArrayList<>();
    for (String number : numbers(dates.source())) {
      if (!target.remove(number)) {
        findings.add(
            new Finding(
                id(),
                Severity.ERROR,
                "number:" + number,
                "The number " + number + " of the source is missing from the translation."));
      }
    }
    return findings;
  }

  /** The numbers of a text as Western digits only, separators dropped. */
  static List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      StringBuilder digits = new StringBuilder();
      m.group()
          .codePoints()
          .filter(Character::isDigit)
          .forEach(c -> digits.append(Character.forDigit(Character.digit(c, 10), 10)));
      out.add(digits.toString());
    }
    return out;
  }
}
