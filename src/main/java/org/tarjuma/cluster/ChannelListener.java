package org.tarjuma.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread and one connection of its own that {@code LISTEN}s on the channel and hands each
 * notification on. The connection is opened from the database's URL and credentials, not borrowed
 * from the pool: it lives as long as the node. When it breaks, the thread opens another after a
 * wait (doubled after each failure, at most {@link #MAX_WAIT}), and every successful {@code LISTEN}
 * is reported, so that what was missed meanwhile is reloaded. A connection that stays silent is
 * asked a trivial query every {@link #CHECK}, so that one the network dropped without a word is
 * noticed too (its socket times out).
 */
final class ChannelListener implements Runnable {

  /** Opens the dedicated connection. */
  interface Connector {
    Connection open() throws SQLException;
  }

  static final Duration MAX_WAIT = Duration.ofSeconds(30);
  static final Duration CHECK = Duration.ofSeconds(10);
  private static final int WAIT_FOR_NOTIFICATIONS_MS = 500;
  private static final Logger log = LoggerFactory.getLogger(ChannelListener.class);

  private final String channel;
  private final Connector connector;
  private final Duration firstWait;
  private final Consumer<String> heard;
  private final Runnable listening;
  private volatile boolean running = true;
  private Thread thread;

  /**
   * @param heard called with each notification's payload, on the listener's thread
   * @param listening called after each successful {@code LISTEN}, the first one included
   */
  ChannelListener(
      String channel,
      Connector connector,
      Duration firstWait,
      Consumer<String> heard,
      Runnable listening) {
    this.channel = channel;
    this.connector = connector;
    this.firstWait = firstWait;
    this.heard = heard;
    this.listening = listening;
  }

  synchronized void start() {
    thread = Thread.ofPlatform().name("changes-listener").daemon().start(this);
  }

  /** Stops listening; the connection is closed within about half a second. */
  synchronized void stop() throws InterruptedException {
    running = false;
    if (thread != null) {
      thread.interrupt();
      thread.join(2_000);
    }
  }

  @Override
  public void run() {
    Duration wait = firstWait;
    while (running) {
      try (Connection connection = connector.open()) {
        try (Statement listen = connection.createStatement()) {
          listen.execute("LISTEN " + channel);
        }
        log.info("Listening for changes from the other nodes");
        wait = firstWait;
        listening.run();
        listen(connection);
      } catch (SQLException | RuntimeException e) {
        if (running) {
          log.warn(
              "No change notifications from the other nodes ({}); connecting again in {} ms",
              e.getMessage(),
              wait.toMillis());
        }
      }
      if (running && !sleep(wait)) {
        return;
      }
      wait = wait.multipliedBy(2).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait.multipliedBy(2);
    }
  }

  private void listen(Connection connection) throws SQLException {
    PGConnection postgres = connection.unwrap(PGConnection.class);
    long quietSince = System.nanoTime();
    while (running) {
      PGNotification[] notifications = postgres.getNotifications(WAIT_FOR_NOTIFICATIONS_MS);
      if (notifications != null && notifications.length > 0) {
        for (PGNotification notification : notifications) {
          heard.accept(notification.getParameter());
        }
        quietSince = System.nanoTime();
      } else if (System.nanoTime() - quietSince > CHECK.toNanos()) {
        try (Statement check = connection.createStatement()) {
          check.execute("SELECT 1");
        }
        quietSince = System.nanoTime();
      }
    }
  }

  private static boolean sleep(Duration wait) {
    try {
      Thread.sleep(wait);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
