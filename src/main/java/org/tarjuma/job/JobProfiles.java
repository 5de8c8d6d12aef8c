package org.tarjuma.job;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tarjuma.calendar.DateStyle;
import org.tarjuma.outlet.OutletProfiles;

/**
 * The outlet profile a job applies: its outlet's {@link DateStyle} for each of its targets, taken
 * from {@link OutletProfiles} when the job is submitted and stored with it (V22), so that the job
 * writes dates and digits alike wherever and whenever it runs. A job stored before profiles were
 * kept applies its outlet's current profile. In the job's row as ids, each target in order: {@code
 * ur=latin/gregorian;ps=eastern/both}. Thread-safe.
 */
@Component
class JobProfiles {

  private final OutletProfiles profiles;

  JobProfiles(OutletProfiles profiles) {
    this.profiles = profiles;
  }

  /**
   * What {@code outlet} applies to {@code targets} now, in the targets' order: a job's snapshot.
   */
  Map<String, DateStyle> current(String outlet, List<String> targets) {
    return only(profiles.styles(outlet, targets), targets);
  }

  /** The profile {@code job} applies: its own, else (stored before they were kept) its outlet's. */
  Map<String, DateStyle> of(Job job) {
    return job.profile() != null ? job.profile() : current(job.outlet(), job.targets());
  }

  /**
   * The profile each job applies, by id, reading an outlet's current profile once for the jobs
   * stored before profiles were kept.
   */
  Map<String, Map<String, DateStyle>> of(List<Job> jobs) {
    Map<List<String>, Map<String, DateStyle>> current = new HashMap<>();
    Map<String, Map<String, DateStyle>> out = new HashMap<>();
    for (Job job : jobs) {
      out.put(
          job.id(),
          job.profile() != null
              ? job.profile()
              : current.computeIfAbsent(
                  List.of(job.outlet(), String.join(",", job.targets())),
                  k -> current(job.outlet(), job.targets())));
    }
    return out;
  }

  /** The styles of {@code langs} only, in their order. */
  static Map<String, DateStyle> only(Map<String, DateStyle> styles, List<String> langs) {
    Map<String, DateStyle> out = new LinkedHashMap<>();
    for (String lang : langs) {
      if (styles.containsKey(lang)) {
        out.put(lang, styles.get(lang));
      }
    }
    return out;
  }

  /** As the job's row keeps it: {@code ur=latin/gregorian;ps=eastern/both}; null for null. */
  static String write(Map<String, DateStyle> styles) {
    if (styles == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    styles.forEach(
        (lang, style) ->
            out.append(out.isEmpty() ? "" : ";")
                .append(lang)
                .append('=')
                .append(style.digits().id())
                .append('/')
                .append(style.calendar().id()));
    return out.toString();
  }

  /** The styles a job's row keeps ({@link #write}); null when it keeps none. */
  static Map<String, DateStyle> read(String stored) {
    if (stored == null) {
      return null;
    }
    Map<String, DateStyle> styles = new LinkedHashMap<>();
    for (String entry : stored.split(";")) {
      if (entry.isBlank()) {
        continue;
      }
      int equals = entry.indexOf('=');
      int slash = entry.indexOf('/', equals);
      if (equals < 1 || slash < 0) {
        throw new IllegalStateException("A job's stored profile is unreadable: '" + stored + "'");
      }
      styles.put(
          entry.substring(0, equals),
          new DateStyle(
              DateStyle.Digits.of(entry.substring(equals + 1, slash), "digits"),
              DateStyle.Calendar.of(entry.substring(slash + 1), "calendar")));
    }
    return styles;
  }
}
