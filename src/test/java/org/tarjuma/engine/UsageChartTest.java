package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjuma.engine.SegmentHistory.Count;
import org.tarjuma.engine.UsageChart.Point;
import org.tarjuma.engine.UsageChart.Series;

/** A usage chart's series over its days, the origins' shares, and the charts as CSV. */
class UsageChartTest {

  private static final LocalDate FIRST = LocalDate.parse("2021-12-01");
  private static final LocalDate SECOND = LocalDate.parse("2021-12-02");
  private static final LocalDate THIRD = LocalDate.parse("2021-12-03");
  private static final List<LocalDate> DAYS = List.of(FIRST, SECOND, THIRD);

  private static List<BigDecimal> values(String... values) {
    return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
  }

  private static final List<Point> POINTS =
      List.of(
          new Point(THIRD, "tolo", new BigDecimal("60")),
          new Point(FIRST, "dawn", new BigDecimal("200")),
          new Point(FIRST, "tolo", new BigDecimal("5")));

  @Test
  void aSeriesPerNameSortedWithAValuePerDayAndZeroWhereNothingHappened() {
    UsageChart chart = UsageChart.of("c", "Characters", "characters", DAYS, POINTS, false);
    assertThat(chart.series())
        .containsExactly(
            new Series("dawn", values("200", "0", "0")),
            new Series("tolo", values("5", "0", "60")));
  }

  @Test
  void withGapsADayWithoutAPointHasNoValue() {
    UsageChart chart = UsageChart.of("c", "Latency", "ms", DAYS, POINTS, true);
    assertThat(chart.series().getFirst().values()).isEqualTo(values("200", null, null));
  }

  @Test
  void theLabelNamesTitleUnitDaysAndSeries() {
    assertThat(UsageChart.of("c", "Cost per day", "cost", DAYS, POINTS, false).label())
        .isEqualTo(
            "Cost per day (cost), 2021-12-01 to 2021-12-03: 2 series, dawn, tolo."
                + " The values are in the table that follows.");
    assertThat(UsageChart.of("c", "Cost per day", "cost", DAYS, List.of(), false).label())
        .endsWith(": nothing in this period.");
  }

  @Test
  void originsBecomeSharesOfTheirDayToOneDecimal() {
    assertThat(
            UsageCharts.shares(
                List.of(
                    new Count(FIRST, "memory", 1),
                    new Count(FIRST, "cache", 1),
                    new Count(FIRST, "engine", 1),
                    new Count(SECOND, "engine", 4))))
        .containsExactly(
            new Point(FIRST, "memory", new BigDecimal("33.3")),
            new Point(FIRST, "cache", new BigDecimal("33.3")),
            new Point(FIRST, "engine", new BigDecimal("33.3")),
            new Point(SECOND, "engine", new BigDecimal("100.0")));
  }

  @Test
  void asCsvALinePerChartSeriesAndDayWithFormulasGuardedAndGapsEmpty() {
    List<Point> points =
        List.of(
            new Point(FIRST, "=HYPERLINK(\"x\")", new BigDecimal("0.000400")),
            new Point(SECOND, "deepl p50", new BigDecimal("120")));
    String csv =
        UsageCsv.charts(
            List.of(UsageChart.of("cost", "Cost", "cost", List.of(FIRST, SECOND), points, true)));
    assertThat(csv)
        .isEqualTo(
            "chart,series,day,value\r\n"
                + "cost,\"'=HYPERLINK(\"\"x\"\")\",2021-12-01,0.000400\r\n"
                + "cost,\"'=HYPERLINK(\"\"x\"\")\",2021-12-02,\r\n"
                + "cost,deepl p50,2021-12-01,\r\n"
                + "cost,deepl p50,2021-12-02,120\r\n");
  }
}
