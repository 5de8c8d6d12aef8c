package org.tarjuma.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The nodes that ran against this database in the last day: version, start, last heartbeat, whether
 * it is alive (a heartbeat within three beats, on the database's clock, and not stopped) and what
 * it holds.
 */
@Component
public class Instances {

  private final JdbcTemplate jdbc;
  private final ObjectProvider<HeldWork> held;
  private final Duration heartbeat;

  Instances(
      JdbcTemplate jdbc,
      ObjectProvider<HeldWork> held,
      @Value("${tarjuma.cluster.heartbeat:5s}") Duration heartbeat) {
    this.jdbc = jdbc;
    this.held = held;
    this.heartbeat = heartbeat;
  }

  /** One node as an admin sees it; {@code holds} maps a kind of work to its ids. */
  public record Instance(
      String id,
      String host,
      Integer port,
      String version,
      Instant startedAt,
      Instant lastHeartbeat,
      Instant stoppedAt,
      boolean alive,
      Map<String, List<String>> holds) {}

  /** The nodes of the last day, alive first, then the most recently started. */
  public List<Instance> list() {
    Map<String, Map<String, List<String>>> holdings = new HashMap<>();
    held.orderedStream()
        .forEach(
            work ->
                work.byNode()
                    .forEach(
                        (node, ids) ->
                            holdings
                                .computeIfAbsent(node, n -> new TreeMap<>())
                                .put(work.kind(), ids)));
    return jdbc.query(
        "SELECT id, host, port, version, started_at, heartbeat_at, stopped_at, CASE WHEN"
            + " stopped_at IS NULL AND heartbeat_at > "
            + DatabaseClock.inPast(heartbeat.multipliedBy(3))
            + " THEN 1 ELSE 0 END AS alive FROM instance WHERE COALESCE(heartbeat_at, started_at)"
            + " > "
            + DatabaseClock.inPast(Duration.ofDays(1))
            + " ORDER BY alive DESC, started_at DESC, id",
        (rs, n) -> {
          String id = rs.getString("id");
          int port = rs.getInt("port");
          return new Instance(
              id,
              rs.getString("host"),
              rs.wasNull() ? null : port,
              rs.getString("version"),
              instant(rs.getTimestamp("started_at")),
              instant(rs.getTimestamp("heartbeat_at")),
              instant(rs.getTimestamp("stopped_at")),
              rs.getInt("alive") == 1,
              holdings.getOrDefault(id, Map.of()));
        });
  }

  private static Instant instant(java.sql.Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
