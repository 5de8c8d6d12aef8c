package org.tarjuma.engine;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which engines an admin has paused. A paused engine is skipped by every route (the next engine of
 * the route, or none, takes its segments) until it is resumed; the switch is kept in the database,
 * so it holds across restarts, and read from memory on every job.
 */
final class EngineSwitches {

  private static final Logger log = LoggerFactory.getLogger(EngineSwitches.class);

  /** Who paused an engine, and when. */
  record Pause(String by, Instant at) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Map<String, Pause> paused = new ConcurrentHashMap<>();

  EngineSwitches(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    jdbc.query(
        "SELECT name, changed_by, changed_at FROM engine_switch WHERE paused",
        rs -> {
          paused.put(rs.getString(1), new Pause(rs.getString(2), rs.getTimestamp(3).toInstant()));
        });
    paused.forEach(
        (name, p) -> log.warn("Engine {} is paused (by {} at {})", name, p.by(), p.at()));
  }

  Optional<Pause> pause(String engine) {
    return Optional.ofNullable(paused.get(engine));
  }

  boolean paused(String engine) {
    return paused.containsKey(engine);
  }

  synchronized void pause(String engine, String by) {
    Pause pause = new Pause(by, clock.instant());
    store(engine, true, pause);
    paused.put(engine, pause);
    log.warn("Engine {} paused by {}", engine, by);
  }

  synchronized void resume(String engine, String by) {
    store(engine, false, new Pause(by, clock.instant()));
    paused.remove(engine);
    log.info("Engine {} resumed by {}", engine, by);
  }

  private void store(String engine, boolean pause, Pause who) {
    Timestamp at = Timestamp.from(who.at());
    if (jdbc.update(
            "UPDATE engine_switch SET paused = ?, changed_by = ?, changed_at = ? WHERE name = ?",
            pause,
            who.by(),
            at,
            engine)
        == 0) {
      jdbc.update(
          "INSERT INTO engine_switch (name, paused, changed_by, changed_at) VALUES (?, ?, ?, ?)",
          engine,
          pause,
          who.by(),
          at);
    }
  }
}
