package org.tarjuma.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bills every request to an engine the moment it comes back, in the thread that got the answer and
 * before anyone sees a translation: rows in the {@link UsageLedger} (one per order the request
 * served and per target language, failed requests included, with 0 characters) and the Micrometer
 * counters {@code tarjuma.engine.characters{engine,outlet}} and {@code
 * tarjuma.engine.requests{engine,outcome}}. Rows the ledger cannot take are logged in full, at
 * error level, and the translation still goes on: it was paid for. Thread-safe.
 */
final class Usage {

  private static final Logger log = LoggerFactory.getLogger(Usage.class);
  private static final String OK = "ok";

  private final MeterRegistry meters;
  private final UsageLedger ledger;
  private final Clock clock;
  private final Map<String, BigDecimal> prices = new ConcurrentHashMap<>();

  Usage(MeterRegistry meters, UsageLedger ledger, Clock clock) {
    this.meters = meters;
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * Who a request's characters are billed to.
   *
   * @param outlet the order's outlet
   * @param job the order's job; null for a short text
   */
  record Bill(String outlet, String job) {
    static Bill of(Translator.Order order) {
      return new Bill(order.outlet(), order.job());
    }
  }

  void register(String engine, BigDecimal pricePerMillionChars) {
    prices.put(engine, pricePerMillionChars);
  }

  /**
   * A request answered.
   *
   * @param langs the request's targets
   * @param billed the characters billed to each order it served (zero from an engine that calls
   *     nobody)
   * @param took from sending the request to its answer, retries included
   */
  void answered(String engine, List<String> langs, Map<Bill, Long> billed, Duration took) {
    record(engine, langs, OK, billed, took);
  }

  /** A request failed after {@code took}: nothing billed to any of the orders it served. */
  void failed(
      String engine,
      List<String> langs,
      Collection<Bill> bills,
      EngineException.Failure failure,
      Duration took) {
    Map<Bill, Long> none = new LinkedHashMap<>();
    bills.forEach(b -> none.put(b, 0L));
    record(engine, langs, failure.name().toLowerCase(Locale.ROOT), none, took);
  }

  private void record(
      String engine, List<String> langs, String outcome, Map<Bill, Long> billed, Duration took) {
    Counter.builder("tarjuma.engine.requests")
        .description("Requests to translation engines by outcome")
        .tag("engine", engine)
        .tag("outcome", outcome)
        .register(meters)
        .increment();
    String request = UUID.randomUUID().toString();
    Instant at = clock.instant();
    List<UsageLedger.Row> rows = new ArrayList<>();
    billed.forEach(
        (bill, characters) -> {
          count(engine, bill.outlet(), characters);
          long[] parts = split(characters, langs.size());
          for (int i = 0; i < parts.length; i++) {
            rows.add(
                new UsageLedger.Row(
                    request,
                    at,
                    engine,
                    bill.outlet(),
                    langs.get(i),
                    parts[i],
                    cost(engine, parts[i]),
                    outcome,
                    bill.job(),
                    took.toMillis()));
          }
        });
    try {
      ledger.append(rows);
    } catch (RuntimeException e) {
      // Whatever went wrong, the translation was paid for: it goes on, and the rows are in the log.
      log.error("Usage not written to the ledger, to be entered by hand: {}", rows, e);
    }
  }

  private void count(String engine, String outlet, long characters) {
    if (characters > 0) {
      Counter.builder("tarjuma.engine.characters")
          .description("Characters billed by translation engines")
          .tag("engine", engine)
          .tag("outlet", outlet)
          .register(meters)
          .increment(characters);
    }
  }

  /** {@code characters} in {@code parts} that add up to it, the larger ones first. */
  static long[] split(long characters, int parts) {
    long[] out = new long[parts];
    for (int i = 0; i < parts; i++) {
      out[i] = characters / parts + (i < characters % parts ? 1 : 0);
    }
    return out;
  }

  /** Characters × the engine's price per million, exact to {@link UsageLedger#COST_SCALE}. */
  BigDecimal cost(String engine, long characters) {
    return prices
        .getOrDefault(engine, BigDecimal.ZERO)
        .multiply(BigDecimal.valueOf(characters))
        .movePointLeft(6)
        .setScale(UsageLedger.COST_SCALE, RoundingMode.HALF_UP);
  }
}
