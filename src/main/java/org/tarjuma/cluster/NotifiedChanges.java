package org.tarjuma.cluster;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

/**
 * {@link Changes} over PostgreSQL's {@code LISTEN/NOTIFY}. A message is {@code topic}, the id of
 * the node that sent it and the payload, separated by tabs, sent with {@code pg_notify} on the
 * connection of the caller's transaction, so PostgreSQL delivers it at the commit (and drops it on
 * a rollback). Each node listens once it is ready, on a {@link ChannelListener} of its own, and
 * drops its own messages (it applied them before publishing). Subscribers are called on one thread
 * of delivery, which also runs every resync after each {@code LISTEN} and every {@code
 * tarjuma.cluster.poll-fallback}. On H2 the node is alone, and nothing of this runs.
 */
@Component
final class NotifiedChanges implements Changes {

  static final String CHANNEL = "tarjuma";
  private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9.-]*");
  private static final Logger log = LoggerFactory.getLogger(NotifiedChanges.class);

  private record Subscriber(String topic, Consumer<String> onChange, Runnable resync) {}

  private final JdbcTemplate jdbc;
  private final boolean shared;
  private final Supplier<String> node;
  private final ChannelListener.Connector connector;
  private final Duration pollFallback;
  private final Duration reconnect;
  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService delivery;
  private ChannelListener listener;
  private volatile boolean started;

  @Autowired
  NotifiedChanges(
      JdbcTemplate jdbc,
      Sharing sharing,
      Node node,
      ObjectProvider<JdbcConnectionDetails> database,
      @Value("${tarjuma.cluster.poll-fallback:30s}") Duration pollFallback,
      @Value("${tarjuma.cluster.reconnect-backoff:1s}") Duration reconnect) {
    this(
        jdbc,
        sharing.shared(),
        node::knownId,
        connector(database.getIfAvailable(), node::knownId),
        pollFallback,
        reconnect);
  }

  /**
   * @param node this node's id, or null before it has started
   * @param connector opens the listener's connection; null to hear of changes by polling only
   */
  NotifiedChanges(
      JdbcTemplate jdbc,
      boolean shared,
      Supplier<String> node,
      ChannelListener.Connector connector,
      Duration pollFallback,
      Duration reconnect) {
    if (pollFallback.toMillis() < 100) {
      throw new IllegalArgumentException("tarjuma.cluster.poll-fallback must be at least 100ms");
    }
    if (reconnect.toMillis() < 10 || reconnect.compareTo(ChannelListener.MAX_WAIT) > 0) {
      throw new IllegalArgumentException(
          "tarjuma.cluster.reconnect-backoff must be between 10ms and 30s");
    }
    this.jdbc = jdbc;
    this.shared = shared;
    this.node = node;
    this.connector = connector;
    this.pollFallback = pollFallback;
    this.reconnect = reconnect;
    this.delivery =
        shared
            ? Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("changes").daemon().factory())
            : null;
  }

  static NotifiedChanges alone() {
    return new NotifiedChanges(
        null, false, () -> null, null, Duration.ofSeconds(30), Duration.ofSeconds(1));
  }

  @Override
  public void publish(String topic, String payload) {
    String message = message(topic, payload);
    if (shared) {
      jdbc.query("SELECT pg_notify(?, ?)", (ResultSetExtractor<Void>) rs -> null, CHANNEL, message);
    }
  }

  @Override
  public void subscribe(String topic, Consumer<String> onChange, Runnable resync) {
    requireTopic(topic);
    if (!shared) {
      return;
    }
    Subscriber subscriber =
        new Subscriber(topic, Objects.requireNonNull(onChange), Objects.requireNonNull(resync));
    subscribers.add(subscriber);
    if (started) {
      deliver(subscriber, resync);
    }
  }

  /** Starts listening once this node has its id: before that, nobody has published to it. */
  @EventListener(ApplicationReadyEvent.class)
  synchronized void start() {
    if (!shared || started) {
      return;
    }
    started = true;
    if (connector == null) {
      log.warn(
          "No database URL to listen on: changes of other nodes arrive by polling, every {}",
          pollFallback);
    } else {
      listener = new ChannelListener(CHANNEL, connector, reconnect, this::heard, this::resyncAll);
      listener.start();
    }
    long every = pollFallback.toMillis();
    delivery.scheduleWithFixedDelay(this::resyncAll, every, every, TimeUnit.MILLISECONDS);
  }

  /** Stops before any bean is destroyed, so no subscriber is called while the context closes. */
  @EventListener(ContextClosedEvent.class)
  @PreDestroy
  synchronized void stop() {
    if (listener != null) {
      try {
        listener.stop();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      listener = null;
    }
    if (delivery != null) {
      delivery.shutdownNow();
    }
  }

  void heard(String message) {
    String[] parts = message.split("\t", 3);
    if (parts.length < 3) {
      log.warn("Ignored a change notification not in our form: {}", message);
      return;
    }
    if (parts[1].equals(node.get())) {
      return;
    }
    for (Subscriber subscriber : subscribers) {
      if (subscriber.topic().equals(parts[0])) {
        deliver(
            subscriber,
            parts[2].isEmpty()
                ? subscriber.resync()
                : () -> subscriber.onChange().accept(parts[2]));
      }
    }
  }

  private void resyncAll() {
    subscribers.forEach(subscriber -> deliver(subscriber, subscriber.resync()));
  }

  private void deliver(Subscriber subscriber, Runnable call) {
    delivery.execute(
        () -> {
          try {
            call.run();
          } catch (RuntimeException e) {
            log.warn("A change on {} was not applied: {}", subscriber.topic(), e.toString(), e);
          }
        });
  }

  String message(String topic, String payload) {
    requireTopic(topic);
    if (payload.indexOf('\t') >= 0) {
      throw new IllegalArgumentException("a change's payload holds no tab: " + payload);
    }
    String message = topic + '\t' + Objects.requireNonNullElse(node.get(), "-") + '\t' + payload;
    int bytes = message.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      throw new IllegalArgumentException(
          "a change on "
              + topic
              + " takes "
              + bytes
              + " bytes, more than "
              + MAX_BYTES
              + ": publish ids, or nothing for a resync");
    }
    return message;
  }

  private static void requireTopic(String topic) {
    if (topic == null || !TOPIC.matcher(topic).matches()) {
      throw new IllegalArgumentException(
          "a topic is lower-case letters, digits, dots and dashes, not '" + topic + "'");
    }
  }

  /**
   * Opens a connection of the listener's own, named after this node in {@code pg_stat_activity}.
   */
  private static ChannelListener.Connector connector(
      JdbcConnectionDetails database, Supplier<String> node) {
    if (database == null) {
      return null;
    }
    return () -> {
      Properties properties = new Properties();
      if (database.getUsername() != null) {
        properties.setProperty("user", database.getUsername());
      }
      if (database.getPassword() != null) {
        properties.setProperty("password", database.getPassword());
      }
      properties.setProperty("ApplicationName", applicationName(node.get()));
      properties.setProperty("tcpKeepAlive", "true");
      properties.setProperty("connectTimeout", "10");
      // Longer than ChannelListener.CHECK: a silent connection is asked a query that must answer.
      properties.setProperty("socketTimeout", "30");
      return DriverManager.getConnection(database.getJdbcUrl(), properties);
    };
  }

  /** What the listener's connection is called: PostgreSQL keeps at most 63 bytes of it. */
  static String applicationName(String node) {
    String name = "tarjuma changes " + Objects.requireNonNullElse(node, "-");
    return name.length() > 63 ? name.substring(0, 63) : name;
  }
}
