package org.tarjuma.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.engine.UsageChart.Point;
import org.tarjuma.engine.UsageLedger.Period;

/**
 * The usage ledger's rows summed per UTC day, for the usage charts: characters and cost per outlet
 * or engine, failed requests per outcome, and the engines' latency percentiles. Every read is one
 * query over {@code usage_ledger}; never null. Thread-safe.
 */
final class UsageSeries {

  // Days since 1970-01-01 of a row's UTC day, the same on H2 and PostgreSQL (as UsageLedger's).
  private static final String DAY = "FLOOR(EXTRACT(EPOCH FROM at) / 86400)";
  private static final String IN_PERIOD = " WHERE at >= ? AND at < ?";

  private final JdbcTemplate jdbc;

  UsageSeries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** What is summed per day and series. */
  enum Measure {
    CHARACTERS("SUM(characters)"),
    COST("SUM(cost)");

    private final String sql;

    Measure(String sql) {
      this.sql = sql;
    }
  }

  /** Characters or cost per day and outlet (column {@code outlet}) or engine ({@code engine}). */
  List<Point> daily(Period period, String column, Measure measure) {
    if (!column.equals("outlet") && !column.equals("engine")) {
      throw new IllegalArgumentException("not a series column: " + column);
    }
    return points(
        "SELECT "
            + DAY
            + ", "
            + column
            + ", "
            + measure.sql
            + " FROM usage_ledger"
            + IN_PERIOD
            + " GROUP BY "
            + DAY
            + ", "
            + column,
        period);
  }

  /** Failed requests per day and outcome (every outcome but {@code ok}). */
  List<Point> failures(Period period) {
    return points(
        "SELECT "
            + DAY
            + ", outcome, COUNT(DISTINCT request_id) FROM usage_ledger"
            + IN_PERIOD
            + " AND outcome <> 'ok' GROUP BY "
            + DAY
            + ", outcome",
        period);
  }

  /**
   * The median and 95th percentile (nearest rank) of the requests' latency in milliseconds per day
   * and engine, as series {@code <engine> p50} and {@code <engine> p95}; a request counts once,
   * however many rows it has, and rows without a latency are left out.
   */
  List<Point> latencies(Period period) {
    String requests =
        "SELECT request_id, MIN(engine) AS engine, MIN("
            + DAY
            + ") AS d, MAX(latency_ms) AS ms"
            + " FROM usage_ledger"
            + IN_PERIOD
            + " AND latency_ms IS NOT NULL GROUP BY request_id";
    String sql =
        "SELECT d, engine, PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY ms),"
            + " PERCENTILE_DISC(0.95) WITHIN GROUP (ORDER BY ms) FROM ("
            + requests
            + ") r"
            + " GROUP BY d, engine";
    return jdbc
        .query(
            sql,
            (rs, n) -> {
              LocalDate day = LocalDate.ofEpochDay(rs.getLong(1));
              String engine = rs.getString(2);
              return List.of(
                  new Point(day, engine + " p50", BigDecimal.valueOf(rs.getLong(3))),
                  new Point(day, engine + " p95", BigDecimal.valueOf(rs.getLong(4))));
            },
            bounds(period))
        .stream()
        .flatMap(List::stream)
        .toList();
  }

  private List<Point> points(String sql, Period period) {
    return jdbc.query(
        sql,
        (rs, n) ->
            new Point(
                LocalDate.ofEpochDay(rs.getLong(1)),
                rs.getString(2),
                UsageLedger.plain(rs.getBigDecimal(3))),
        bounds(period));
  }

  private static Object[] bounds(Period period) {
    return new Object[] {
      OffsetDateTime.ofInstant(period.from(), ZoneOffset.UTC),
      OffsetDateTime.ofInstant(period.to(), ZoneOffset.UTC)
    };
  }
}
