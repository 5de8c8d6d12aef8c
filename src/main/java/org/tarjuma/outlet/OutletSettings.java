package org.tarjuma.outlet;

import java.util.LinkedHashMap;
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
                    DateStyle.Digits.of(setting.digits(), at + ".digits");
                  }
                  if (setting.calendar() != null) {
                    DateStyle.Calendar.of(setting.calendar(), at + ".calendar");
                  }
                }));
  }

  /** The languages this outlet's settings name, each with what they set. */
  Map<String, Setting> of(String outlet) {
    return new LinkedHashMap<>(outlets.getOrDefault(outlet, Map.of()));
  }
}
