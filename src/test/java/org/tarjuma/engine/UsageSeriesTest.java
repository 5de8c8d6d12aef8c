package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.engine.UsageChart.Point;
import org.tarjuma.engine.UsageLedger.Period;
import org.tarjuma.engine.UsageLedger.Row;
import org.tarjuma.engine.UsageSeries.Measure;

/** The ledger summed per day for the usage charts, on H2 and on PostgreSQL alike. */
class UsageSeriesTest {

  private static final LocalDate FIRST = LocalDate.parse("2021-12-01");
  private static final LocalDate SECOND = LocalDate.parse("2021-12-02");
  private static final Period DECEMBER =
      new Period(Instant.parse("2021-12-01T00:00:00Z"), Instant.parse("2021-12-04T00:00:00Z"));

  private final DataSource database = EngineTesting.ledgerDatabase();
  private final UsageLedger ledger = new UsageLedger(new JdbcTemplate(database));
  private final UsageSeries series = new UsageSeries(new JdbcTemplate(database));

  private static Point point(LocalDate day, String series, String value) {
    return new Point(day, series, new BigDecimal(value));
  }

  /**
   * Requests of deepl on the first day taking 10..200 ms (one into two languages), one of azure.
   */
  static List<Row> timed() {
    List<Row> rows = new ArrayList<>();
    Instant nine = Instant.parse("2021-12-01T09:00:00Z");
    for (int i = 1; i <= 20; i++) {
      rows.add(row("t" + i, nine, "deepl", "ur", "ok", i * 10L));
    }
    rows.add(row("t20", nine, "deepl", "ps", "ok", 200L));
    rows.add(row("az", Instant.parse("2021-12-02T01:00:00Z"), "azure", "ur", "retryable", 700L));
    rows.add(row("az2", Instant.parse("2021-12-02T02:00:00Z"), "azure", "ur", "retryable", null));
    rows.add(row("old", Instant.parse("2021-11-30T23:59:59Z"), "azure", "ur", "ok", 5000L));
    return rows;
  }

  private static Row row(
      String request, Instant at, String engine, String lang, String outcome, Long ms) {
    return new Row(
        request,
        at,
        engine,
        "dawn",
        lang,
        outcome.equals("ok") ? 10 : 0,
        new BigDecimal("0.000250000000"),
        outcome,
        null,
        ms);
  }

  @Test
  void charactersAndCostPerDayByOutletAndEngine() {
    ledger.append(UsageLedgerTest.history());
    assertThat(series.daily(DECEMBER, "outlet", Measure.CHARACTERS))
        .containsExactlyInAnyOrder(
            point(FIRST, "dawn", "200"),
            point(FIRST, "Dawn, \"Karachi\"", "40"),
            point(SECOND, "tolo", "0"),
            point(LocalDate.parse("2021-12-03"), "tolo", "60"));
    assertThat(series.daily(DECEMBER, "engine", Measure.COST))
        .containsExactlyInAnyOrder(
            point(FIRST, "deepl", "0.005"),
            point(FIRST, "azure", "0.0004"),
            point(SECOND, "deepl", "0"),
            point(LocalDate.parse("2021-12-03"), "deepl", "0.0015"));
  }

  @Test
  void failuresCountRequestsPerOutcomeAndLeaveOkOut() {
    ledger.append(UsageLedgerTest.history());
    ledger.append(timed());
    assertThat(series.failures(DECEMBER))
        .containsExactlyInAnyOrder(
            point(SECOND, "quota_exhausted", "1"), point(SECOND, "retryable", "2"));
  }

  @Test
  void latencyPercentilesCountEachRequestOnceAndSkipUnknownOnes() {
    ledger.append(timed());
    // Twenty requests of 10..200 ms: the nearest-rank median is 100, the 95th percentile 190;
    // the request outside the period and the one without a latency are left out.
    assertThat(series.latencies(DECEMBER))
        .containsExactlyInAnyOrder(
            point(FIRST, "deepl p50", "100"),
            point(FIRST, "deepl p95", "190"),
            point(SECOND, "azure p50", "700"),
            point(SECOND, "azure p95", "700"));
  }

  @Test
  void usageWritesHowLongTheRequestTook() {
    Usage usage = EngineTesting.usage(new SimpleMeterRegistry(), database);
    usage.answered(
        "deepl",
        List.of("ur", "ps"),
        Map.of(new Usage.Bill("dawn", null), 40L),
        Duration.ofMillis(321));
    usage.failed(
        "azure",
        List.of("ur"),
        List.of(new Usage.Bill("dawn", null)),
        EngineException.Failure.RETRYABLE,
        Duration.ofMillis(4500));
    assertThat(
            new JdbcTemplate(database)
                .queryForList("SELECT engine, latency_ms FROM usage_ledger ORDER BY id"))
        .extracting(r -> List.of(r.get("engine"), ((Number) r.get("latency_ms")).longValue()))
        .containsExactly(List.of("deepl", 321L), List.of("deepl", 321L), List.of("azure", 4500L));
  }

  @Test
  void theSameSeriesOnH2AndPostgres() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      DataSource pg = postgres.getPostgresDatabase();
      Flyway.configure().dataSource(pg).locations("classpath:db/migration").load().migrate();
      new UsageLedger(new JdbcTemplate(pg)).append(timed());
      new UsageLedger(new JdbcTemplate(pg)).append(UsageLedgerTest.history());
      ledger.append(timed());
      ledger.append(UsageLedgerTest.history());
      UsageSeries onPostgres = new UsageSeries(new JdbcTemplate(pg));
      for (String column : List.of("outlet", "engine")) {
        for (Measure m : Measure.values()) {
          assertThat(onPostgres.daily(DECEMBER, column, m))
              .containsExactlyInAnyOrderElementsOf(series.daily(DECEMBER, column, m));
        }
      }
      assertThat(onPostgres.failures(DECEMBER))
          .containsExactlyInAnyOrderElementsOf(series.failures(DECEMBER));
      assertThat(onPostgres.latencies(DECEMBER))
          .hasSize(4)
          .containsExactlyInAnyOrderElementsOf(series.latencies(DECEMBER));
    }
  }
}
