package org.tarjuma.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This node: its id in the {@code instance} table, recorded when its web server is up (or, without
 * one, when its context stands; in either case before it is ready), and its heartbeat there every
 * {@code tarjuma.cluster.heartbeat} on the database's clock. The id is the host, a random tag of
 * this run and the port ({@code web-1/3fa9c2:8080}): two runs never share one, even on one host and
 * port, so a lease a dead run held is never mistaken for the new run's own.
 */
@Component
public class Node {

  private static final Logger log = LoggerFactory.getLogger(Node.class);

  private final JdbcTemplate jdbc;
  private final String host = hostName();
  private final String tag = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt(), 6);
  private final String version;
  private volatile String id;

  /** A node of no known build (tools and tests that start no application). */
  Node(JdbcTemplate jdbc) {
    this(jdbc, (BuildProperties) null);
  }

  /**
   * @param build the build this node runs ({@code META-INF/build-info.properties}); without it, the
   *     jar manifest's version, or "unknown"
   */
  @Autowired
  Node(JdbcTemplate jdbc, ObjectProvider<BuildProperties> build) {
    this(jdbc, build.getIfAvailable());
  }

  private Node(JdbcTemplate jdbc, BuildProperties build) {
    this.jdbc = jdbc;
    String manifest = Node.class.getPackage().getImplementationVersion();
    this.version =
        build != null && build.getVersion() != null
            ? build.getVersion()
            : manifest != null ? manifest : "unknown";
  }

  /** This node's id; known once the node has started (its web server up, or it is ready). */
  public String id() {
    String known = id;
    if (known == null) {
      throw new IllegalStateException("the node has not started yet");
    }
    return known;
  }

  /** This node's id, or null before it has started. */
  String knownId() {
    return id;
  }

  @EventListener
  void webServerUp(WebServerInitializedEvent event) {
    // The main server only: a separate management server has a namespace of its own.
    if (event.getApplicationContext().getServerNamespace() == null) {
      record(event.getWebServer().getPort());
    }
  }

  /** Without a web server (the command line, a test without one), once the context stands. */
  @EventListener(ContextRefreshedEvent.class)
  void ready() {
    if (id == null) {
      record(null);
    }
  }

  private synchronized void record(Integer port) {
    if (id != null) {
      return;
    }
    String shortHost = host.length() > 40 ? host.substring(0, 40) : host;
    String newId = shortHost + "/" + tag + (port == null ? "" : ":" + port);
    jdbc.update(
        "INSERT INTO instance (id, host, port, version, started_at, heartbeat_at)"
            + " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
        newId,
        host,
        port,
        version);
    id = newId;
    log.info("This node is {}", newId);
  }

  @Scheduled(
      fixedDelayString = "${tarjuma.cluster.heartbeat:5s}",
      initialDelayString = "${tarjuma.cluster.heartbeat:5s}")
  void beat() {
    String known = id;
    if (known != null) {
      jdbc.update("UPDATE instance SET heartbeat_at = CURRENT_TIMESTAMP WHERE id = ?", known);
    }
  }

  /** Marks this node stopped; called last, once its work is handed back. */
  public void stopped() {
    String known = id;
    if (known != null) {
      jdbc.update("UPDATE instance SET stopped_at = CURRENT_TIMESTAMP WHERE id = ?", known);
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
