package org.tarjuma.engine;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The usage ledger ({@code usage_ledger}, migration V12): a request's rows appended in one
 * statement, and totals over a period read back grouped. Every node reads the one table, so every
 * node answers the same, before and after a restart. Reads never return null; lists come sorted by
 * key. Thread-safe.
 */
final class UsageLedger {

  /** Decimals the ledger keeps a cost to: exact for prices of up to six decimals. */
  static final int COST_SCALE = 12;

  private final JdbcTemplate jdbc;

  UsageLedger(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One request's share for one order and one language.
   *
   * @param request the request's id, the same on each of its rows
   * @param job the order's job; null for a short text
   * @param latencyMillis from sending the request to its answer or failure, retries included; null
   *     when not known
   */
  record Row(
      String request,
      Instant at,
      String engine,
      String outlet,
      String lang,
      long characters,
      BigDecimal cost,
      String outcome,
      String job,
      Long latencyMillis) {}

  /** From (inclusive) to (exclusive); a null end is open. */
  record Period(Instant from, Instant to) {
    static final Period ALL = new Period(null, null);
  }

  /** What rows are grouped by, and the SQL that gives each row's group. */
  enum Grouping {
    // The UTC day as days since 1970-01-01: the same on H2 and PostgreSQL, whatever the session's
    // time zone (a cast to DATE would take it).
    DAY("FLOOR(EXTRACT(EPOCH FROM at) / 86400)"),
    OUTLET("outlet"),
    ENGINE("engine"),
    LANGUAGE("lang");

    private final String sql;

    Grouping(String sql) {
      this.sql = sql;
    }

    /** Its name in the API: {@code day}, {@code outlet}, {@code engine}, {@code language}. */
    String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Grouping> named(String id) {
      for (Grouping g : values()) {
        if (g.id().equals(id)) {
          return Optional.of(g);
        }
      }
      return Optional.empty();
    }

    private String key(ResultSet rs) throws SQLException {
      return this == DAY ? LocalDate.ofEpochDay(rs.getLong(1)).toString() : rs.getString(1);
    }
  }

  /**
   * One group's totals.
   *
   * @param key the day ({@code 2026-12-01}, UTC), outlet, engine or language
   * @param requests requests that served the group (one that served two languages counts in each)
   */
  record Group(String key, long characters, BigDecimal cost, long requests) {}

  /**
   * One engine's totals.
   *
   * @param requests requests by outcome ({@code ok}, {@code retryable}, ...)
   */
  record EngineTotal(String engine, long characters, BigDecimal cost, Map<String, Long> requests) {}

  /** Appends a request's rows, all or none. */
  void append(List<Row> rows) {
    if (rows.isEmpty()) {
      return;
    }
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO usage_ledger (request_id, at, engine, outlet, lang, characters, cost,"
                + " outcome, job_id, latency_ms) VALUES ");
    List<Object> args = new ArrayList<>();
    for (Row r : rows) {
      sql.append(args.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      args.addAll(
          java.util.Arrays.asList(
              r.request(),
              OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC),
              r.engine(),
              r.outlet(),
              r.lang(),
              r.characters(),
              r.cost(),
              r.outcome(),
              r.job(),
              r.latencyMillis()));
    }
    jdbc.update(sql.toString(), args.toArray());
  }

  /** Totals per group over the period, sorted by key. */
  List<Group> groups(Period period, Grouping by) {
    List<Object> args = new ArrayList<>();
    String sql =
        "SELECT "
            + by.sql
            + ", SUM(characters), SUM(cost), COUNT(DISTINCT request_id) FROM usage_ledger"
            + where(period, args)
            + " GROUP BY "
            + by.sql;
    List<Group> groups =
        new ArrayList<>(
            jdbc.query(
                sql,
                (rs, n) ->
                    new Group(by.key(rs), rs.getLong(2), plain(rs.getBigDecimal(3)), rs.getLong(4)),
                args.toArray()));
    groups.sort(Comparator.comparing(Group::key));
    return groups;
  }

  /** Totals per engine over the period, with requests by outcome, by engine name. */
  Map<String, EngineTotal> engines(Period period) {
    record Line(String engine, String outcome, long characters, BigDecimal cost, long requests) {}
    List<Object> args = new ArrayList<>();
    List<Line> lines =
        jdbc.query(
            "SELECT engine, outcome, SUM(characters), SUM(cost), COUNT(DISTINCT request_id)"
                + " FROM usage_ledger"
                + where(period, args)
                + " GROUP BY engine, outcome",
            (rs, n) ->
                new Line(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getBigDecimal(4),
                    rs.getLong(5)),
            args.toArray());
    Map<String, EngineTotal> engines = new TreeMap<>();
    lines.stream()
        .collect(Collectors.groupingBy(Line::engine))
        .forEach(
            (engine, outcomes) -> {
              Map<String, Long> requests = new TreeMap<>();
              outcomes.forEach(l -> requests.put(l.outcome(), l.requests()));
              engines.put(
                  engine,
                  new EngineTotal(
                      engine,
                      outcomes.stream().mapToLong(Line::characters).sum(),
                      plain(
                          outcomes.stream()
                              .map(Line::cost)
                              .reduce(BigDecimal.ZERO, BigDecimal::add)),
                      java.util.Collections.unmodifiableMap(requests)));
            });
    return engines;
  }

  /** When the period's first row was written; empty when it has none. */
  Optional<Instant> first(Period period) {
    List<Object> args = new ArrayList<>();
    OffsetDateTime first =
        jdbc.queryForObject(
            "SELECT MIN(at) FROM usage_ledger" + where(period, args),
            OffsetDateTime.class,
            args.toArray());
    return Optional.ofNullable(first).map(OffsetDateTime::toInstant);
  }

  private static String where(Period period, List<Object> args) {
    List<String> conditions = new ArrayList<>();
    if (period.from() != null) {
      conditions.add("at >= ?");
      args.add(OffsetDateTime.ofInstant(period.from(), ZoneOffset.UTC));
    }
    if (period.to() != null) {
      conditions.add("at < ?");
      args.add(OffsetDateTime.ofInstant(period.to(), ZoneOffset.UTC));
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** Without trailing zeros and never in exponent form: {@code 0.04575}, {@code 450}, {@code 0}. */
  static BigDecimal plain(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
