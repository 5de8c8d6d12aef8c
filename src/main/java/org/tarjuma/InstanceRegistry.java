package org.tarjuma;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records this node in the {@code instance} table when its web server is up, so an operator sees
 * which instances share the database, what version each runs and when it last started.
 */
@Component
class InstanceRegistry {

  private final JdbcTemplate jdbc;

  InstanceRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void started(WebServerInitializedEvent event) {
    String host = hostName();
    String id = host + ":" + event.getWebServer().getPort();
    String version = String.valueOf(Tarjuma.class.getPackage().getImplementationVersion());
    Timestamp now = Timestamp.from(Instant.now());
    int updated =
        jdbc.update(
            "UPDATE instance SET host = ?, version = ?, started_at = ? WHERE id = ?",
            host,
            version,
            now,
            id);
    if (updated == 0) {
      jdbc.update(
          "INSERT INTO instance (id, host, version, started_at) VALUES (?, ?, ?, ?)",
          id,
          host,
          version,
          now);
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }
}
