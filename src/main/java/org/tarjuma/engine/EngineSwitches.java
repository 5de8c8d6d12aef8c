package org.tarjuma.engine;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.cluster.Changes;

/**
 * Which engines an admin has paused. A paused engine is skipped by every route (the next engine of
 * the route, or none, takes its segments) until it is resumed; the switch is kept in the database,
 * so it holds across restarts, and read from memory on every job. A pause or resume on one node is
 * published as a change of {@value #TOPIC}; every other node reads the switches again, and tells
 * {@code resumed} of each engine resumed there (so it closes that engine's circuit, as the resuming
 * node did).
 */
final class EngineSwitches {

  static final String TOPIC = "engine-switch";
  private static final Logger log = LoggerFactory.getLogger(EngineSwitches.class);

  /** Who paused an engine, and when. */
  record Pause(String by, Instant at) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Changes changes;
  private final Consumer<String> resumed;
  private volatile Map<String, Pause> paused;

  EngineSwitches(JdbcTemplate jdbc, Clock clock, Changes changes, Consumer<String> resumed) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.changes = changes;
    this.resumed = resumed;
    this.paused = stored();
    paused.forEach(
        (name, p) -> log.warn("Engine {} is paused (by {} at {})", name, p.by(), p.at()));
    changes.subscribe(TOPIC, engine -> reload(), this::reload);
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
    Map<String, Pause> now = new HashMap<>(paused);
    now.put(engine, pause);
    paused = Map.copyOf(now);
    changes.publish(TOPIC, engine);
    log.warn("Engine {} paused by {}", engine, by);
  }

  synchronized void resume(String engine, String by) {
    store(engine, false, new Pause(by, clock.instant()));
    Map<String, Pause> now = new HashMap<>(paused);
    now.remove(engine);
    paused = Map.copyOf(now);
    changes.publish(TOPIC, engine);
    log.info("Engine {} resumed by {}", engine, by);
  }

  /** Reads the switches again: another node paused or resumed an engine, or may have. */
  private synchronized void reload() {
    Map<String, Pause> before = paused;
    Map<String, Pause> now = stored();
    paused = now;
    if (!now.keySet().equals(before.keySet())) {
      log.info("Engines paused now, as another node set them: {}", new TreeSet<>(now.keySet()));
      before.keySet().stream().filter(engine -> !now.containsKey(engine)).forEach(resumed);
    }
  }

  private Map<String, Pause> stored() {
    Map<String, Pause> stored = new HashMap<>();
    jdbc.query(
        "SELECT name, changed_by, changed_at FROM engine_switch WHERE paused",
        rs -> {
          stored.put(rs.getString(1), new Pause(rs.getString(2), rs.getTimestamp(3).toInstant()));
        });
    return Map.copyOf(stored);
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
