package org.tarjuma.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Characters billed per engine and per outlet, counted from what was actually sent, and requests
 * per engine by outcome. Kept as Micrometer counters ({@code tarjuma.engine.characters}, {@code
 * tarjuma.engine.requests}) and as totals since the start for {@code GET /api/v1/usage}.
 */
final class Usage {

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  private final MeterRegistry meters;
  private final Instant since = Instant.now();
  private final Map<String, BigDecimal> prices = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> byEngine = new ConcurrentHashMap<>();
  private final Map<String, Map<String, LongAdder>> byOutlet = new ConcurrentHashMap<>();
  private final Map<String, Map<String, LongAdder>> requests = new ConcurrentHashMap<>();

  Usage(MeterRegistry meters) {
    this.meters = meters;
  }

  void register(String engine, BigDecimal pricePerMillionChars) {
    prices.put(engine, pricePerMillionChars);
    byEngine.computeIfAbsent(engine, e -> new LongAdder());
  }

  void billed(String engine, String outlet, long characters) {
    if (characters <= 0) {
      return;
    }
    byEngine.computeIfAbsent(engine, e -> new LongAdder()).add(characters);
    byOutlet
        .computeIfAbsent(outlet, o -> new ConcurrentHashMap<>())
        .computeIfAbsent(engine, e -> new LongAdder())
        .add(characters);
    Counter.builder("tarjuma.engine.characters")
        .description("Characters billed by translation engines")
        .tag("engine", engine)
        .tag("outlet", outlet)
        .register(meters)
        .increment(characters);
  }

  /** One request to an engine ended so: {@code ok} or a failure kind in lower case. */
  void request(String engine, String outcome) {
    requests
        .computeIfAbsent(engine, e -> new ConcurrentHashMap<>())
        .computeIfAbsent(outcome, o -> new LongAdder())
        .increment();
    Counter.builder("tarjuma.engine.requests")
        .description("Requests to translation engines by outcome")
        .tag("engine", engine)
        .tag("outcome", outcome)
        .register(meters)
        .increment();
  }

  Report report() {
    List<EngineUsage> engines =
        new TreeMap<>(byEngine)
            .entrySet().stream()
                .map(
                    e -> {
                      Map<String, Long> outcomes = new TreeMap<>();
                      requests
                          .getOrDefault(e.getKey(), Map.of())
                          .forEach((k, v) -> outcomes.put(k, v.sum()));
                      long chars = e.getValue().sum();
                      return new EngineUsage(e.getKey(), chars, cost(e.getKey(), chars), outcomes);
                    })
                .toList();
    List<OutletUsage> outlets =
        new TreeMap<>(byOutlet)
            .entrySet().stream()
                .map(
                    o -> {
                      long chars = 0;
                      BigDecimal cost = BigDecimal.ZERO;
                      for (var e : o.getValue().entrySet()) {
                        chars += e.getValue().sum();
                        cost = cost.add(cost(e.getKey(), e.getValue().sum()));
                      }
                      return new OutletUsage(o.getKey(), chars, cost);
                    })
                .toList();
    return new Report(since, engines, outlets);
  }

  private BigDecimal cost(String engine, long characters) {
    return prices
        .getOrDefault(engine, BigDecimal.ZERO)
        .multiply(BigDecimal.valueOf(characters))
        .divide(MILLION, 6, RoundingMode.HALF_UP)
        .stripTrailingZeros();
  }

  /** Totals since the start. */
  record Report(Instant since, List<EngineUsage> engines, List<OutletUsage> outlets) {}

  /**
   * @param engine the engine's name
   * @param characters characters billed
   * @param cost characters × price per million, in the operator's currency
   * @param requests requests by outcome ({@code ok}, {@code retryable}, ...)
   */
  record EngineUsage(String engine, long characters, BigDecimal cost, Map<String, Long> requests) {}

  record OutletUsage(String outlet, long characters, BigDecimal cost) {}
}
