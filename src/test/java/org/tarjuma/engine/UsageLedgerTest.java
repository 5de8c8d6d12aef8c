package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.engine.Capabilities.GlossaryMechanism;
import org.tarjuma.engine.Capabilities.Limits;
import org.tarjuma.engine.UsageLedger.EngineTotal;
import org.tarjuma.engine.UsageLedger.Group;
import org.tarjuma.engine.UsageLedger.Grouping;
import org.tarjuma.engine.UsageLedger.Period;
import org.tarjuma.engine.UsageLedger.Row;

/**
 * Billing into the usage ledger: a row per request, order and language, failures included, and the
 * totals read back per day, outlet, engine and language, on H2 and on PostgreSQL alike.
 */
class UsageLedgerTest {

  private static final EngineQueue.Shape UR_PS =
      new EngineQueue.Shape("en", List.of("ur", "ps"), EngineRequest.TextType.PLAIN);
  private static final Usage.Bill DAWN_JOB = new Usage.Bill("dawn", "job-1");
  private static final Usage.Bill TOLO = new Usage.Bill("tolo", null);

  private final DataSource database = EngineTesting.ledgerDatabase();
  private final JdbcTemplate jdbc = new JdbcTemplate(database);
  private final UsageLedger ledger = new UsageLedger(jdbc);
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final Usage usage = EngineTesting.usage(meters, database);

  /**
   * The rows in the order written: request, engine, outlet, lang, characters, cost, outcome, job.
   */
  private List<List<Object>> rows() {
    return jdbc.query(
        "SELECT request_id, engine, outlet, lang, characters, cost, outcome, job_id"
            + " FROM usage_ledger ORDER BY id",
        (rs, n) -> {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= 8; i++) {
            row.add(i == 6 ? rs.getBigDecimal(i).stripTrailingZeros() : rs.getObject(i));
          }
          return row;
        });
  }

  private static List<Object> row(
      Object request,
      String engine,
      String outlet,
      String lang,
      long characters,
      String cost,
      String outcome,
      String job) {
    return java.util.Arrays.asList(
        request,
        engine,
        outlet,
        lang,
        characters,
        new BigDecimal(cost).stripTrailingZeros(),
        outcome,
        job);
  }

  @Test
  void aRequestSharedByTwoOrdersIsARowPerOrderAndLanguageThatAddUpToTheBill() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    FakeEngine engine =
        new FakeEngine(
            "shared",
            GlossaryMechanism.MASKING,
            new Limits(50, 0, 0, 2, true),
            request -> {
              await(release);
              return FakeEngine.each((t, l) -> l + ":" + t).apply(request);
            });
    usage.register("shared", new BigDecimal("20.00"));
    GuardedEngine guarded =
        new GuardedEngine(engine, EngineTesting.settings(1), EngineTesting.FAST);
    EngineQueue queue = new EngineQueue(guarded, 1, usage);

    // The first text goes alone; two orders' texts wait behind it and share the next request.
    List<CompletableFuture<EngineQueue.Answer>> first =
        queue.submit(UR_PS, items("One."), DAWN_JOB);
    waitFor(() -> engine.requests.size() == 1);
    List<CompletableFuture<EngineQueue.Answer>> dawn =
        queue.submit(UR_PS, items("Two words."), DAWN_JOB);
    List<CompletableFuture<EngineQueue.Answer>> tolo = queue.submit(UR_PS, items("Four."), TOLO);
    release.countDown();
    CompletableFuture.allOf(first.getFirst(), dawn.getFirst(), tolo.getFirst())
        .get(5, TimeUnit.SECONDS);

    // "One." in two targets: 8 characters; then 15 × 2 = 30, billed 20 : 10 by length, each
    // split over ur and ps.
    List<List<Object>> rows = rows();
    assertThat(rows).hasSize(6);
    Object one = rows.get(0).get(0);
    Object shared = rows.get(2).get(0);
    assertThat(one).isNotEqualTo(shared);
    assertThat(rows)
        .containsExactly(
            row(one, "shared", "dawn", "ur", 4, "0.00008", "ok", "job-1"),
            row(one, "shared", "dawn", "ps", 4, "0.00008", "ok", "job-1"),
            row(shared, "shared", "dawn", "ur", 10, "0.0002", "ok", "job-1"),
            row(shared, "shared", "dawn", "ps", 10, "0.0002", "ok", "job-1"),
            row(shared, "shared", "tolo", "ur", 5, "0.0001", "ok", null),
            row(shared, "shared", "tolo", "ps", 5, "0.0001", "ok", null));
    assertThat(ledger.engines(Period.ALL).get("shared"))
        .isEqualTo(new EngineTotal("shared", 38, new BigDecimal("0.00076"), Map.of("ok", 2L)));
    assertThat(
            meters
                .get("tarjuma.engine.characters")
                .tag("engine", "shared")
                .tag("outlet", "dawn")
                .counter()
                .count())
        .isEqualTo(28);
    assertThat(
            meters
                .get("tarjuma.engine.requests")
                .tag("engine", "shared")
                .tag("outcome", "ok")
                .counter()
                .count())
        .isEqualTo(2);
  }

  @Test
  void aFailedRequestIsARowPerLanguageWithItsOutcomeAndNoCharacters() {
    FakeEngine engine =
        new FakeEngine(
            "spent",
            GlossaryMechanism.MASKING,
            new Limits(10, 0, 0, 2, false),
            request -> {
              throw new EngineException(EngineException.Failure.QUOTA_EXHAUSTED, "quota");
            });
    GuardedEngine guarded =
        new GuardedEngine(engine, EngineTesting.settings(1), EngineTesting.FAST);
    List<CompletableFuture<EngineQueue.Answer>> answers =
        new EngineQueue(guarded, 1, usage).submit(UR_PS, items("A.", "B."), DAWN_JOB);
    assertThat(answers).allSatisfy(a -> assertThat(a).failsWithin(5, TimeUnit.SECONDS));

    List<List<Object>> rows = rows();
    Object request = rows.getFirst().get(0);
    assertThat(rows)
        .containsExactly(
            row(request, "spent", "dawn", "ur", 0, "0", "quota_exhausted", "job-1"),
            row(request, "spent", "dawn", "ps", 0, "0", "quota_exhausted", "job-1"));
    assertThat(ledger.engines(Period.ALL).get("spent").requests())
        .isEqualTo(Map.of("quota_exhausted", 1L));
    assertThat(
            meters
                .get("tarjuma.engine.requests")
                .tag("engine", "spent")
                .tag("outcome", "quota_exhausted")
                .counter()
                .count())
        .isEqualTo(1);
  }

  @Test
  void totalsPerDayOutletEngineAndLanguageCountEachRequestOnce() {
    ledger.append(history());
    Period all = Period.ALL;
    assertThat(ledger.groups(all, Grouping.DAY))
        .containsExactly(
            group("2021-12-01", 240, "0.0054", 2),
            group("2021-12-02", 0, "0", 1),
            group("2021-12-03", 60, "0.0015", 1));
    assertThat(ledger.groups(all, Grouping.OUTLET))
        .containsExactly(
            group("Dawn, \"Karachi\"", 40, "0.0004", 1),
            group("dawn", 200, "0.005", 1),
            group("tolo", 60, "0.0015", 2));
    assertThat(ledger.groups(all, Grouping.ENGINE))
        .containsExactly(group("azure", 40, "0.0004", 1), group("deepl", 260, "0.0065", 3));
    assertThat(ledger.groups(all, Grouping.LANGUAGE))
        .containsExactly(
            group("prs", 60, "0.0015", 2),
            group("ps", 100, "0.0025", 1),
            group("ur", 140, "0.0029", 2));
    assertThat(ledger.engines(all).get("deepl"))
        .isEqualTo(
            new EngineTotal(
                "deepl", 260, new BigDecimal("0.0065"), Map.of("ok", 2L, "quota_exhausted", 1L)));
    assertThat(ledger.first(all)).contains(Instant.parse("2021-12-01T09:00:00Z"));
  }

  @Test
  void fromIsInclusiveAndToExclusive() {
    ledger.append(history());
    Period firstDay =
        new Period(Instant.parse("2021-12-01T00:00:00Z"), Instant.parse("2021-12-02T00:00:00Z"));
    assertThat(ledger.groups(firstDay, Grouping.DAY))
        .containsExactly(group("2021-12-01", 240, "0.0054", 2));
    Period secondDay =
        new Period(Instant.parse("2021-12-02T00:00:00Z"), Instant.parse("2021-12-03T00:00:00Z"));
    assertThat(ledger.groups(secondDay, Grouping.DAY))
        .containsExactly(group("2021-12-02", 0, "0", 1));
    Period beforeTheLastMillisecond = new Period(null, Instant.parse("2021-12-01T23:59:59.999Z"));
    assertThat(ledger.groups(beforeTheLastMillisecond, Grouping.OUTLET))
        .containsExactly(group("dawn", 200, "0.005", 1));
    assertThat(ledger.groups(new Period(Instant.parse("2022-01-01T00:00:00Z"), null), Grouping.DAY))
        .isEmpty();
    assertThat(ledger.first(new Period(Instant.parse("2022-01-01T00:00:00Z"), null))).isEmpty();
  }

  @Test
  void theSameTotalsOnH2AndPostgres() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      DataSource pg = postgres.getPostgresDatabase();
      Flyway.configure().dataSource(pg).locations("classpath:db/migration").load().migrate();
      UsageLedger onPostgres = new UsageLedger(new JdbcTemplate(pg));
      ledger.append(history());
      onPostgres.append(history());
      Period period =
          new Period(Instant.parse("2021-12-01T00:00:00Z"), Instant.parse("2021-12-03T00:00:00Z"));
      for (Period p : List.of(Period.ALL, period)) {
        for (Grouping by : Grouping.values()) {
          assertThat(onPostgres.groups(p, by)).as(by + " " + p).isEqualTo(ledger.groups(p, by));
        }
        assertThat(onPostgres.engines(p)).isEqualTo(ledger.engines(p));
        assertThat(onPostgres.first(p)).isEqualTo(ledger.first(p));
      }
      assertThat(onPostgres.groups(period, Grouping.DAY)).hasSize(2);
    }
  }

  /**
   * Four requests over three days: one into two languages, one for an outlet whose name needs
   * quoting in CSV, one failed at midnight, one the day after.
   */
  static List<Row> history() {
    Instant nine = Instant.parse("2021-12-01T09:00:00Z");
    Instant last = Instant.parse("2021-12-01T23:59:59.999Z");
    Instant midnight = Instant.parse("2021-12-02T00:00:00Z");
    Instant third = Instant.parse("2021-12-03T12:00:00Z");
    String karachi = "Dawn, \"Karachi\"";
    return List.of(
        new Row("a", nine, "deepl", "dawn", "ur", 100, cost("0.0025"), "ok", "job-1", null),
        new Row("a", nine, "deepl", "dawn", "ps", 100, cost("0.0025"), "ok", "job-1", null),
        new Row("b", last, "azure", karachi, "ur", 40, cost("0.0004"), "ok", null, null),
        new Row(
            "c", midnight, "deepl", "tolo", "prs", 0, cost("0"), "quota_exhausted", "job-2", null),
        new Row("d", third, "deepl", "tolo", "prs", 60, cost("0.0015"), "ok", "job-2", null));
  }

  private static BigDecimal cost(String amount) {
    return new BigDecimal(amount).setScale(UsageLedger.COST_SCALE);
  }

  private static Group group(String key, long characters, String cost, long requests) {
    return new Group(key, characters, new BigDecimal(cost), requests);
  }

  private static List<EngineRequest.Item> items(String... texts) {
    List<EngineRequest.Item> items = new ArrayList<>();
    for (String text : texts) {
      items.add(new EngineRequest.Item("x", text));
    }
    return items;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void waitFor(BooleanSupplier condition) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean() && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    assertThat(condition.getAsBoolean()).isTrue();
  }
}
