package org.tarjuma.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One chart of the usage page: a value per day for each series, the same days for every series.
 *
 * @param id a stable name, for the page and the CSV ({@code characters-by-outlet})
 * @param title what it shows, for a person
 * @param unit what its values count ({@code characters}, {@code ms}, {@code %})
 * @param days every day of the range, in order
 * @param series by name; empty when nothing happened in the range
 */
record UsageChart(String id, String title, String unit, List<LocalDate> days, List<Series> series) {

  /**
   * A line of the chart.
   *
   * @param values one per day of the chart; null where that day has no value (a gap, not a zero)
   */
  record Series(String name, List<BigDecimal> values) {}

  /** A value of one series on one day. */
  record Point(LocalDate day, String series, BigDecimal value) {}

  /** What the chart shows, for a screen reader: its title, unit, series and where its data is. */
  public String label() {
    return title
        + " ("
        + unit
        + "), "
        + days.getFirst()
        + " to "
        + days.getLast()
        + (series.isEmpty()
            ? ": nothing in this period."
            : ": "
                + series.size()
                + " series, "
                + String.join(", ", series.stream().map(Series::name).toList())
                + ". The values are in the table that follows.");
  }

  /**
   * The chart of these points, a series per name sorted by name.
   *
   * @param gaps whether a day without a point is a gap (null) rather than zero
   */
  static UsageChart of(
      String id,
      String title,
      String unit,
      List<LocalDate> days,
      List<Point> points,
      boolean gaps) {
    Map<String, Map<LocalDate, BigDecimal>> byName = new TreeMap<>();
    points.forEach(
        p ->
            byName
                .computeIfAbsent(p.series(), n -> new HashMap<>())
                .merge(p.day(), p.value(), BigDecimal::add));
    List<Series> series = new ArrayList<>();
    byName.forEach(
        (name, values) -> {
          List<BigDecimal> line = new ArrayList<>();
          days.forEach(d -> line.add(values.getOrDefault(d, gaps ? null : BigDecimal.ZERO)));
          series.add(new Series(name, Collections.unmodifiableList(line)));
        });
    return new UsageChart(id, title, unit, days, List.copyOf(series));
  }
}
