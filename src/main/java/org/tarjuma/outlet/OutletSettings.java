package org.tarjuma.outlet;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.tarjuma.calendar.DateStyle;

/**
 * {@code tarjuma.outlets.<outlet>.<lang>.digits=latin|eastern} and {@code .calendar=gregorian|
 * solar-hijri|both}: the profiles an operator sets before the start. Either may be left out, and
 * the language's default fills it. A value not among those stops the start with one line that names
 * the setting.
 */
@ConfigurationProperties("tarjuma")
record OutletSettings(Map<String, Map<String, Setting>> outlets) {

  /** One outlet's setting for one language, as written. */
  record Setting(String digits, String calendar) {}

  OutletSettings {
    outlets = outlets == null ? Map.of() : Map.copyOf(outlets);
    outlets.forEach(
        (outlet, languages) ->
            languages.forEach(
                (lang, setting) -> {
                  String at = "tarjuma.outlets." + outlet + "." + lang;
                  if (setting.digits() != null) {
                    digits(setting.digits(), at + ".digits");
                  }
                  if (setting.calendar() != null) {
                    calendar(setting.calendar(), at + ".calendar");
                  }
                }));
  }

  /** {@code latin} or {@code eastern}, any case. */
  static DateStyle.Digits digits(String value, String field) {
    for (DateStyle.Digits digits : DateStyle.Digits.values()) {
      if (digits.id().equals(value.strip().toLowerCase(Locale.ROOT))) {
        return digits;
      }
    }
    throw new IllegalArgumentException(
        field + " must be latin or eastern, not '" + value.strip() + "'");
  }

  /** {@code gregorian}, {@code solar-hijri} or {@code both}, any case. */
  static DateStyle.Calendar calendar(String value, String field) {
    for (DateStyle.Calendar calendar : DateStyle.Calendar.values()) {
      if (calendar.id().equals(value.strip().toLowerCase(Locale.ROOT))) {
        return calendar;
      }
    }
    throw new IllegalArgumentException(
        field + " must be gregorian, solar-hijri or both, not '" + value.strip() + "'");
  }

  /** The languages this outlet's settings name, each with what they set. */
  Map<String, Setting> of(String outlet) {
    return new LinkedHashMap<>(outlets.getOrDefault(outlet, Map.of()));
  }
}
