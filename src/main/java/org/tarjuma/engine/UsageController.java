package org.tarjuma.engine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tarjuma.engine.UsageLedger.EngineTotal;
import org.tarjuma.engine.UsageLedger.Group;
import org.tarjuma.engine.UsageLedger.Period;

/**
 * {@code GET /api/v1/usage} (admins only): what the engines were asked and billed, read from the
 * usage ledger, so every node answers the same, before and after a restart. As JSON, or as CSV for
 * {@code Accept: text/csv}; {@code from}, {@code to} and {@code groupBy} as {@link UsageQuery}
 * reads them.
 */
@RestController
class UsageController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final UsageLedger ledger;
  private final EngineRegistry registry;

  UsageController(UsageLedger ledger, EngineRegistry registry) {
    this.ledger = ledger;
    this.registry = registry;
  }

  /** The two shapes of the JSON answer. */
  sealed interface Answer permits Report, Grouped {}

  /**
   * Without {@code groupBy}: totals per engine and per outlet.
   *
   * @param since {@code from} when given, else when the first row of the ledger was written; null
   *     while it is empty
   * @param engines every configured engine and every engine the ledger names, by name
   * @param outlets every outlet the ledger names in the period, by name
   */
  record Report(Instant since, List<EngineTotal> engines, List<OutletTotal> outlets)
      implements Answer {}

  record OutletTotal(String outlet, long characters, BigDecimal cost) {}

  /**
   * With {@code groupBy}: one entry per group that has rows in the period, by key.
   *
   * @param from the period's start, or null for all time before {@code to}
   * @param to the period's end (exclusive), or null for up to now
   */
  record Grouped(String groupBy, Instant from, Instant to, List<Group> groups) implements Answer {}

  @GetMapping("/api/v1/usage")
  Answer usage(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String groupBy) {
    UsageQuery query = UsageQuery.of(from, to, groupBy);
    Period period = query.period();
    return query.groupBy() == null
        ? report(period)
        : new Grouped(
            query.groupBy().id(),
            period.from(),
            period.to(),
            ledger.groups(period, query.groupBy()));
  }

  /** The same as CSV: a line per group, or without {@code groupBy} a line per engine. */
  @GetMapping(path = "/api/v1/usage", produces = "text/csv")
  ResponseEntity<String> csv(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String groupBy) {
    UsageQuery query = UsageQuery.of(from, to, groupBy);
    String body =
        query.groupBy() == null
            ? UsageCsv.engines(engines(query.period()))
            : UsageCsv.groups(query.groupBy(), ledger.groups(query.period(), query.groupBy()));
    return ResponseEntity.ok().contentType(CSV).body(body);
  }

  private Report report(Period period) {
    List<OutletTotal> outlets =
        ledger.groups(period, UsageLedger.Grouping.OUTLET).stream()
            .map(g -> new OutletTotal(g.key(), g.characters(), g.cost()))
            .toList();
    Instant since = period.from() != null ? period.from() : ledger.first(period).orElse(null);
    return new Report(since, engines(period), outlets);
  }

  /** What the ledger says of each engine, and zeros for a configured one it does not name. */
  private List<EngineTotal> engines(Period period) {
    Map<String, EngineTotal> engines = new TreeMap<>(ledger.engines(period));
    registry
        .engines()
        .forEach(
            e ->
                engines.putIfAbsent(e.id(), new EngineTotal(e.id(), 0, BigDecimal.ZERO, Map.of())));
    return List.copyOf(engines.values());
  }
}
