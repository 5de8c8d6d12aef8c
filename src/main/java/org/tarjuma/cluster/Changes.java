package org.tarjuma.cluster;

import java.util.function.Consumer;

/**
 * Changes to what every node keeps in memory (paused engines, the glossary, the memory's fuzzy
 * index and exact answers, signed-in users), told to the other nodes within a second. The node that
 * makes a change applies it itself, stores it, then publishes a topic and the ids it concerns;
 * every other node hears it and reloads those ids from the database. A node that may have missed
 * something (its connection to the database broke, or a notification was lost) runs each
 * subscriber's resync, which reloads what it keeps from the database.
 *
 * <p>On PostgreSQL this is {@code LISTEN/NOTIFY} on the channel {@code tarjuma}; every resync runs
 * once more every {@code tarjuma.cluster.poll-fallback}, so even a lost notification is corrected.
 * On the embedded H2 the node is alone: publishing does nothing and nothing is ever heard.
 *
 * <p>Thread-safe.
 */
public interface Changes {

  /**
   * The most a published message may take in UTF-8, topic, node and ids together: PostgreSQL takes
   * payloads shorter than 8000 bytes.
   */
  int MAX_BYTES = 7999;

  /**
   * Tells the other nodes that what {@code topic} covers changed: {@code payload} says which ids
   * (never the data: they read that from the database), or is empty for "more than ids can say",
   * which makes every other node run the topic's resync. Inside a transaction the message leaves at
   * its commit and never on a rollback; outside one, at once. Never heard by this node.
   *
   * @throws IllegalArgumentException if the topic is not lower-case letters, digits, dots and
   *     dashes, the payload holds a tab, or the message takes more than {@link #MAX_BYTES}
   * @throws org.springframework.dao.DataAccessException if the database refuses it
   */
  void publish(String topic, String payload);

  /**
   * Calls {@code onChange} with the payload of every change another node publishes on {@code
   * topic}, and {@code resync} whenever this node may have missed some (after each connection to
   * the database, the first included, and every {@code tarjuma.cluster.poll-fallback}); an empty
   * payload calls {@code resync} instead of {@code onChange}. Both run on one thread of this node,
   * one call at a time, after the change is committed; both must be idempotent. Subscribe while the
   * application starts: a later subscriber's resync runs once at once.
   */
  void subscribe(String topic, Consumer<String> onChange, Runnable resync);

  /** Changes of a node alone with its database: publishing does nothing, nothing is heard. */
  static Changes alone() {
    return NotifiedChanges.alone();
  }
}
