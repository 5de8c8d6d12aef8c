package org.tarjuma.web;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys in the database (V18), shared by every node on it. A key is claimed by inserting
 * its row: the primary key (scope, key) lets one insert land, on whichever node, so one request
 * runs and its retries see it running or its answer. Times are the database's. A key lasts {@value
 * #HOURS} hours from its first request; a request still running after {@value #ABANDONED_MINUTES}
 * minutes is taken as abandoned (its node died) and its key may be claimed again. Thread-safe.
 */
@Repository
class IdempotencyKeys {

  static final int HOURS = 24;
  static final int ABANDONED_MINUTES = 10;
  private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

  private final JdbcTemplate jdbc;

  IdempotencyKeys(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** An answer kept for a key's retries. */
  record Answer(int status, String location, String contentType, String body) {}

  /**
   * What a key holds when another request claimed it first.
   *
   * @param requestHash the hash of that request
   * @param answer its answer; null while it runs
   */
  record Claimed(String requestHash, Answer answer) {}

  /**
   * Claims the key for a request with this hash: empty when this request now holds it (it must
   * {@link #keep} its answer or {@link #release} it), else what the key holds.
   */
  Optional<Claimed> claim(String scope, String key, String requestHash) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        jdbc.update(
            "INSERT INTO idempotency_key (scope, idem_key, request_hash, created_at, expires_at)"
                + " VALUES (?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP + INTERVAL '"
                + HOURS
                + "' HOUR)",
            scope,
            key,
            requestHash);
        return Optional.empty();
      } catch (DuplicateKeyException claimedBefore) {
        if (forgetStale(scope, key) > 0) {
          continue; // expired, or abandoned by a request that never finished: claim it again
        }
        Optional<Claimed> claimed = find(scope, key);
        if (claimed.isPresent()) {
          return claimed;
        }
        // released or purged meanwhile: claim it again
      }
    }
    throw new IllegalStateException(
        "The key " + key + " was claimed and released three times over");
  }

  /** Deletes the key's row if it expired or was abandoned; how many rows went (0 or 1). */
  private int forgetStale(String scope, String key) {
    return jdbc.update(
        "DELETE FROM idempotency_key WHERE scope = ? AND idem_key = ? AND (expires_at <"
            + " CURRENT_TIMESTAMP OR (status IS NULL AND created_at < CURRENT_TIMESTAMP -"
            + " INTERVAL '"
            + ABANDONED_MINUTES
            + "' MINUTE))",
        scope,
        key);
  }

  private Optional<Claimed> find(String scope, String key) {
    return jdbc
        .query(
            "SELECT request_hash, status, location, content_type, body FROM idempotency_key"
                + " WHERE scope = ? AND idem_key = ?",
            (rs, n) -> {
              Integer status = rs.getObject(2, Integer.class);
              return new Claimed(
                  rs.getString(1),
                  status == null
                      ? null
                      : new Answer(status, rs.getString(3), rs.getString(4), rs.getString(5)));
            },
            scope,
            key)
        .stream()
        .findFirst();
  }

  /** Keeps the answer of the request that holds the key, for its retries. */
  void keep(String scope, String key, Answer answer) {
    jdbc.update(
        "UPDATE idempotency_key SET status = ?, location = ?, content_type = ?, body = ? WHERE"
            + " scope = ? AND idem_key = ? AND status IS NULL",
        answer.status(),
        answer.location(),
        answer.contentType(),
        answer.body(),
        scope,
        key);
  }

  /**
   * Frees the key of a request that failed, so that it may be sent again. Never fails: a key it
   * could not free is freed as abandoned later.
   */
  void release(String scope, String key) {
    try {
      jdbc.update(
          "DELETE FROM idempotency_key WHERE scope = ? AND idem_key = ? AND status IS NULL",
          scope,
          key);
    } catch (RuntimeException e) {
      log.warn("Could not free the idempotency key {}: {}", key, e.toString());
    }
  }

  /** Deletes the keys whose {@value #HOURS} hours have passed; answers how many. */
  @Scheduled(fixedDelayString = "${tarjuma.api.idempotency-purge:1h}", initialDelay = 60_000)
  int purge() {
    try {
      return jdbc.update("DELETE FROM idempotency_key WHERE expires_at < CURRENT_TIMESTAMP");
    } catch (RuntimeException e) {
      log.warn("Could not purge expired idempotency keys: {}", e.toString());
      return 0;
    }
  }
}
