package org.tarjuma.cluster;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Claims on keys of work that must be done once across nodes (a missing translation's cache key):
 * the node whose claim lands does the work and releases the claim once its result is stored; the
 * others see the claim and wait for the result instead. A claim lives as long as its lease, which
 * this node renews while it holds it, so a dead node's claims end within one lease. On a database
 * this node has to itself (H2), every claim is granted at once: single-flight within the process is
 * enough there.
 */
@Component
public class KeyClaims {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(KeyClaims.class);

  private final JdbcTemplate jdbc;
  private final Node node;
  private final Sharing sharing;
  private final Set<String> held = ConcurrentHashMap.newKeySet();

  KeyClaims(JdbcTemplate jdbc, Node node, Sharing sharing) {
    this.jdbc = jdbc;
    this.node = node;
    this.sharing = sharing;
  }

  /** Claims for a process alone, without a database: every claim granted at once. */
  public static KeyClaims alone() {
    return new KeyClaims(null, null, Sharing.alone());
  }

  /** True when claims are kept in the database, for other nodes to see. */
  public boolean shared() {
    return sharing.shared();
  }

  /**
   * Claims these keys; answers the ones this node now holds (it must {@link #release} them). The
   * others are held, live, by another node.
   */
  public Set<String> claim(Collection<String> keys) {
    if (!sharing.shared() || keys.isEmpty()) {
      return new HashSet<>(keys);
    }
    // Every statement here takes its rows' locks in one order, the keys' (claims, releases and
    // renewals alike, on every node): two of them can wait on each other, never in a circle.
    List<String> list = List.copyOf(new TreeSet<>(keys));
    String owner = node.id();
    // One statement per 500 keys: a new claim, a dead holder's taken over, or one of this node's
    // own that it could not release (within the node, one order per key at a time). RETURNING names
    // the keys claimed (a batch's update counts do not, once the driver rewrites it).
    Set<String> mine = new HashSet<>();
    for (int from = 0; from < list.size(); from += 500) {
      List<String> part = list.subList(from, Math.min(list.size(), from + 500));
      String rows =
          String.join(", ", Collections.nCopies(part.size(), "(?, ?, " + sharing.leaseEnd() + ")"));
      Object[] args = new Object[part.size() * 2];
      for (int k = 0; k < part.size(); k++) {
        args[2 * k] = part.get(k);
        args[2 * k + 1] = owner;
      }
      try {
        mine.addAll(
            jdbc.queryForList(
                "INSERT INTO translation_claim (cache_key, owner, lease_until) VALUES "
                    + rows
                    + " ON CONFLICT (cache_key) DO UPDATE SET owner = EXCLUDED.owner, lease_until ="
                    + " EXCLUDED.lease_until WHERE translation_claim.lease_until < CURRENT_TIMESTAMP"
                    + " OR translation_claim.owner = EXCLUDED.owner RETURNING cache_key",
                String.class,
                args));
      } catch (PessimisticLockingFailureException e) {
        // Chosen to give way (by a lock timeout, say): the keys of this statement are not claimed
        // here, so the caller waits for them and claims them again, as for another node's claims.
        log.info("Claims given way: {}", e.toString());
        break;
      }
    }
    held.addAll(mine);
    return mine;
  }

  /**
   * Releases claims this node holds (its work on them is stored, or failed). Never fails: when the
   * database is out of reach, the claims end with their leases (they are no longer renewed).
   */
  public void release(Collection<String> keys) {
    if (!sharing.shared() || keys.isEmpty()) {
      return;
    }
    List<String> list = List.copyOf(new TreeSet<>(keys));
    held.removeAll(list);
    try {
      delete(list);
    } catch (RuntimeException e) {
      log.warn(
          "Could not release {} claim(s); they end with their leases: {}",
          list.size(),
          e.toString());
    }
  }

  private void delete(List<String> list) {
    jdbc.batchUpdate(
        "DELETE FROM translation_claim WHERE cache_key = ? AND owner = ?",
        list,
        list.size(),
        (PreparedStatement ps, String key) -> {
          ps.setString(1, key);
          ps.setString(2, node.id());
        });
  }

  @Scheduled(fixedDelayString = "${tarjuma.cluster.renew:5s}")
  void renew() {
    if (sharing.shared() && !held.isEmpty()) {
      List<String> keys = List.copyOf(new TreeSet<>(held));
      jdbc.batchUpdate(
          "UPDATE translation_claim SET lease_until = "
              + sharing.leaseEnd()
              + " WHERE cache_key = ? AND owner = ?",
          keys,
          keys.size(),
          (PreparedStatement ps, String key) -> {
            ps.setString(1, key);
            ps.setString(2, node.id());
          });
    }
  }
}
