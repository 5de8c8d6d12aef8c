package org.tarjuma.outlet;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tarjuma.calendar.DateStyle;

/**
 * Each outlet's {@link DateStyle} per target language. What an admin stored wins; else the settings
 * {@code tarjuma.outlets.<outlet>.<lang>.*}; else the language's default: Urdu as Pakistani outlets
 * write it (Western digits, Gregorian), Pashto and Dari as Afghan outlets do (Eastern Arabic-Indic
 * digits, Solar Hijri with the Gregorian beside it). Read from the database at each call, so every
 * node answers the same. Thread-safe.
 */
@Component
@EnableConfigurationProperties(OutletSettings.class)
public class OutletProfiles {

  /** The languages a profile covers, with their defaults. */
  static final Map<String, DateStyle> DEFAULTS = defaults();

  private static Map<String, DateStyle> defaults() {
    Map<String, DateStyle> defaults = new LinkedHashMap<>();
    defaults.put("ur", new DateStyle(DateStyle.Digits.LATIN, DateStyle.Calendar.GREGORIAN));
    defaults.put("ps", new DateStyle(DateStyle.Digits.EASTERN, DateStyle.Calendar.BOTH));
    defaults.put("prs", new DateStyle(DateStyle.Digits.EASTERN, DateStyle.Calendar.BOTH));
    return Collections.unmodifiableMap(defaults);
  }

  private final JdbcTemplate jdbc;
  private final OutletSettings settings;

  OutletProfiles(JdbcTemplate jdbc, OutletSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  /** Where a language's style comes from. */
  enum Source {
    STORED,
    SETTING,
    DEFAULT
  }

  /** One language's style and where it comes from. */
  record Entry(DateStyle style, Source source) {}

  /**
   * How {@code outlet} (null: none) writes dates and digits in {@code lang}; never null.
   *
   * @throws IllegalArgumentException for a language without a default (not ur, ps or prs)
   */
  public DateStyle style(String outlet, String lang) {
    return profile(outlet).get(lang).style();
  }

  /**
   * How {@code outlet} (null: none) writes each of {@code langs} that has a style (ur, ps, prs),
   * read in one go; never null.
   */
  public Map<String, DateStyle> styles(String outlet, java.util.Collection<String> langs) {
    Map<String, DateStyle> styles = new LinkedHashMap<>();
    profile(outlet)
        .forEach(
            (lang, entry) -> {
              if (langs.contains(lang)) {
                styles.put(lang, entry.style());
              }
            });
    return styles;
  }

  /** Every target language's entry for {@code outlet}, in the order ur, ps, prs. */
  Map<String, Entry> profile(String outlet) {
    Map<String, Entry> profile = new LinkedHashMap<>();
    Map<String, OutletSettings.Setting> set = outlet == null ? Map.of() : settings.of(outlet);
    for (String lang : DEFAULTS.keySet()) {
      DateStyle fallback = DEFAULTS.get(lang);
      OutletSettings.Setting setting = set.get(lang);
      profile.put(
          lang,
          setting == null
              ? new Entry(fallback, Source.DEFAULT)
              : new Entry(
                  new DateStyle(
                      setting.digits() == null
                          ? fallback.digits()
                          : DateStyle.Digits.of(setting.digits(), "digits"),
                      setting.calendar() == null
                          ? fallback.calendar()
                          : DateStyle.Calendar.of(setting.calendar(), "calendar")),
                  Source.SETTING));
    }
    if (outlet != null) {
      jdbc.query(
          "SELECT lang, digits, calendar FROM outlet_profile WHERE outlet = ?",
          row -> {
            profile.put(
                row.getString("lang"),
                new Entry(
                    new DateStyle(
                        DateStyle.Digits.of(row.getString("digits"), "digits"),
                        DateStyle.Calendar.of(row.getString("calendar"), "calendar")),
                    Source.STORED));
          },
          outlet);
    }
    return profile;
  }

  /** The outlets with a stored profile, in name order. */
  List<String> storedOutlets() {
    return jdbc.queryForList(
        "SELECT DISTINCT outlet FROM outlet_profile ORDER BY outlet", String.class);
  }

  /**
   * Stores these languages' styles for {@code outlet}, all or none; the others stay as they are.
   */
  @Transactional
  void store(String outlet, Map<String, DateStyle> styles, String by) {
    Timestamp now = Timestamp.from(Instant.now());
    styles.forEach(
        (lang, style) -> {
          Object[] values = {style.digits().id(), style.calendar().id(), by, now, outlet, lang};
          if (update(values) == 0) {
            try {
              jdbc.update(
                  "INSERT INTO outlet_profile (digits, calendar, changed_by, changed_at, outlet,"
                      + " lang) VALUES (?, ?, ?, ?, ?, ?)",
                  values);
            } catch (DuplicateKeyException storedMeanwhile) {
              update(values); // another node stored this language first: ours is the later word
            }
          }
        });
  }

  private int update(Object[] values) {
    return jdbc.update(
        "UPDATE outlet_profile SET digits = ?, calendar = ?, changed_by = ?, changed_at = ?"
            + " WHERE outlet = ? AND lang = ?",
        values);
  }
}
