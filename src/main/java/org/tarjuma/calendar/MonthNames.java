package org.tarjuma.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The month names of {@code calendar/months.properties}: for each calendar ({@code gregorian},
 * {@code solar-hijri}) and target language, twelve names from the first month. Immutable.
 */
final class MonthNames {

  private static final Map<String, List<String>> NAMES = load();

  private MonthNames() {}

  /**
   * The name of {@code month} (1–12) in this calendar and language.
   *
   * @throws IllegalArgumentException for a language without names
   */
  static String of(String calendar, String lang, int month) {
    List<String> names = NAMES.get(calendar + "." + lang);
    if (names == null) {
      throw new IllegalArgumentException("No " + calendar + " month names for '" + lang + "'.");
    }
    return names.get(month - 1);
  }

  /** Every list, by {@code calendar.lang}. */
  static Map<String, List<String>> all() {
    return NAMES;
  }

  private static Map<String, List<String>> load() {
    Properties properties = new Properties();
    try (InputStream in = MonthNames.class.getResourceAsStream("/calendar/months.properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, List<String>> names = new TreeMap<>();
    properties.forEach(
        (key, value) -> {
          List<String> months = List.of(((String) value).split("،"));
          if (months.size() != 12) {
            throw new IllegalStateException(key + " in calendar/months.properties is not 12 names");
          }
          names.put((String) key, months);
        });
    return Map.copyOf(names);
  }
}
