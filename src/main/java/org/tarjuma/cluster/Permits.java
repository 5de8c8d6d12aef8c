package org.tarjuma.cluster;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Permits of an engine shared by every node on the database: a provider's quota is per account, so
 * {@code max-concurrency} holds for all nodes together. A permit is a row (engine, slot) with a
 * holder and a lease on the database's clock; the holder renews it while its request runs and frees
 * it after, and a dead node's permits are free again when their leases end. On a database this node
 * has to itself (H2), every permit is granted at once: the engine's queue already holds {@code
 * max-concurrency} in the process.
 */
@Component
public class Permits {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Permits.class);

  private final JdbcTemplate jdbc;
  private final Node node;
  private final Sharing sharing;
  private final long pollMillis;
  private final Set<Permit> held = ConcurrentHashMap.newKeySet();
  private final Set<String> prepared = ConcurrentHashMap.newKeySet();
  private final java.util.Map<String, java.util.concurrent.locks.Lock> turns =
      new ConcurrentHashMap<>();

  Permits(
      JdbcTemplate jdbc,
      Node node,
      Sharing sharing,
      @Value("${tarjuma.cluster.permit-poll:50ms}") java.time.Duration poll) {
    this.jdbc = jdbc;
    this.node = node;
    this.sharing = sharing;
    this.pollMillis = Math.max(1, poll.toMillis());
  }

  /** Permits for a process alone, without a database: every permit granted at once. */
  public static Permits alone() {
    return new Permits(null, null, Sharing.alone(), java.time.Duration.ofMillis(20));
  }

  /** A permit held: give it back with {@link #release}. */
  public record Permit(String engine, int slot) {}

  /**
   * Waits for one of the engine's {@code slots} permits and takes it.
   *
   * @throws InterruptedException if the thread is interrupted while it waits
   */
  public Permit acquire(String engine, int slots) throws InterruptedException {
    if (!sharing.shared()) {
      return new Permit(engine, -1);
    }
    prepare(engine, slots);
    // One thread per engine asks the database at a time; the node's other senders queue behind it
    // here, in order, rather than each polling the table.
    java.util.concurrent.locks.Lock turn =
        turns.computeIfAbsent(engine, e -> new java.util.concurrent.locks.ReentrantLock(true));
    turn.lockInterruptibly();
    try {
      return take(engine, slots);
    } finally {
      turn.unlock();
    }
  }

  private Permit take(String engine, int slots) throws InterruptedException {
    while (true) {
      List<Integer> taken =
          jdbc.queryForList(
              "UPDATE engine_permit SET owner = ?, lease_until = "
                  + sharing.leaseEnd()
                  + " WHERE engine = ? AND slot = (SELECT slot FROM engine_permit WHERE engine = ?"
                  + " AND slot < ? AND (owner IS NULL OR lease_until < CURRENT_TIMESTAMP) ORDER BY"
                  + " slot LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING slot",
              Integer.class,
              node.id(),
              engine,
              engine,
              slots);
      if (!taken.isEmpty()) {
        Permit permit = new Permit(engine, taken.getFirst());
        held.add(permit);
        return permit;
      }
      Thread.sleep(pollMillis);
    }
  }

  /**
   * Gives a permit back. Never fails: when the database is out of reach, the permit is free again
   * once its lease ends (it is no longer renewed).
   */
  public void release(Permit permit) {
    if (permit.slot() < 0) {
      return;
    }
    held.remove(permit);
    try {
      jdbc.update(
          "UPDATE engine_permit SET owner = NULL, lease_until = NULL WHERE engine = ? AND slot = ?"
              + " AND owner = ?",
          permit.engine(),
          permit.slot(),
          node.id());
    } catch (RuntimeException e) {
      log.warn(
          "Could not give back permit {} of {}; it ends with its lease: {}",
          permit.slot(),
          permit.engine(),
          e.toString());
    }
  }

  private void prepare(String engine, int slots) {
    if (prepared.add(engine + "/" + slots)) {
      for (int slot = 0; slot < slots; slot++) {
        jdbc.update(
            "INSERT INTO engine_permit (engine, slot) VALUES (?, ?) ON CONFLICT DO NOTHING",
            engine,
            slot);
      }
    }
  }

  @Scheduled(fixedDelayString = "${tarjuma.cluster.renew:5s}")
  void renew() {
    if (sharing.shared() && !held.isEmpty()) {
      for (Permit permit : List.copyOf(held)) {
        jdbc.update(
            "UPDATE engine_permit SET lease_until = "
                + sharing.leaseEnd()
                + " WHERE engine = ? AND slot = ? AND owner = ?",
            permit.engine(),
            permit.slot(),
            node.id());
      }
    }
  }
}
