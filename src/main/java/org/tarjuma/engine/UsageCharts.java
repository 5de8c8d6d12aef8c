package org.tarjuma.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tarjuma.engine.SegmentHistory.Count;
import org.tarjuma.engine.UsageChart.Point;
import org.tarjuma.engine.UsageLedger.Period;
import org.tarjuma.engine.UsageSeries.Measure;

/**
 * The charts of the usage page over a range of days, from the usage ledger and the segments'
 * history, in the order the page shows them. Thread-safe.
 */
final class UsageCharts {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final UsageSeries ledger;
  private final SegmentHistory segments;

  UsageCharts(UsageSeries ledger, SegmentHistory segments) {
    this.ledger = ledger;
    this.segments = segments;
  }

  /** Every chart over the range; a chart with nothing in the range has no series. */
  List<UsageChart> over(UsageRange range) {
    Period period = range.period();
    List<LocalDate> days = range.days();
    return List.of(
        UsageChart.of(
            "characters-by-outlet",
            "Characters billed per day, by outlet",
            "characters",
            days,
            ledger.daily(period, "outlet", Measure.CHARACTERS),
            false),
        UsageChart.of(
            "cost-by-outlet",
            "Cost per day, by outlet",
            "cost",
            days,
            ledger.daily(period, "outlet", Measure.COST),
            false),
        UsageChart.of(
            "characters-by-engine",
            "Characters billed per day, by engine",
            "characters",
            days,
            ledger.daily(period, "engine", Measure.CHARACTERS),
            false),
        UsageChart.of(
            "cost-by-engine",
            "Cost per day, by engine",
            "cost",
            days,
            ledger.daily(period, "engine", Measure.COST),
            false),
        UsageChart.of(
            "segment-origins",
            "Share of translated segments from memory, cache and engines, per day",
            "%",
            days,
            shares(segments.origins(range.from(), range.to().plusDays(1))),
            true),
        UsageChart.of(
            "engine-latency",
            "Engine latency per day, median (p50) and 95th percentile (p95)",
            "ms",
            days,
            ledger.latencies(period),
            true),
        UsageChart.of(
            "failures-by-outcome",
            "Failed engine requests per day, by outcome",
            "requests",
            days,
            ledger.failures(period),
            false),
        UsageChart.of(
            "qa-flags-by-language",
            "Segments with QA flags per day, by language",
            "segments",
            days,
            counts(segments.flagged(range.from(), range.to().plusDays(1))),
            false));
  }

  /** Each count as a percentage of its day's total, to one decimal. */
  static List<Point> shares(List<Count> counts) {
    Map<LocalDate, Long> totals =
        counts.stream()
            .collect(Collectors.groupingBy(Count::day, Collectors.summingLong(Count::count)));
    return counts.stream()
        .map(
            c ->
                new Point(
                    c.day(),
                    c.key(),
                    BigDecimal.valueOf(c.count())
                        .multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(totals.get(c.day())), 1, RoundingMode.HALF_UP)))
        .toList();
  }

  private static List<Point> counts(List<Count> counts) {
    return counts.stream()
        .map(c -> new Point(c.day(), c.key(), BigDecimal.valueOf(c.count())))
        .toList();
  }
}
