package org.tarjuma.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-ins per user name: after {@value #FREE} in a row, each further attempt must wait, 30
 * seconds after the fifth and twice as long after each one more, at most 15 minutes; a success
 * starts over, and so does an hour without failures. Failures are logged with the name and address,
 * never the password.
 *
 * <p>Kept in the database ({@code sign_in_failure}), so every node counts the same failures: each
 * failure adds one in a single UPDATE, so two nodes counting at once lose none. The time is this
 * node's clock (the nodes' clocks are assumed to agree to within a second or so). Thread-safe.
 */
@Repository
class LoginAttempts {

  private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
  static final int FREE = 5;
  private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  private static final Duration MAX_WAIT = Duration.ofMinutes(15);
  private static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final int KEY_LENGTH = 120;

  private final JdbcTemplate jdbc;
  private final Clock clock;

  @org.springframework.beans.factory.annotation.Autowired
  LoginAttempts(JdbcTemplate jdbc) {
    this(jdbc, Clock.systemUTC());
  }

  LoginAttempts(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  private record Failures(int count, Instant lastFailedAt) {

    /** How long a name waits after its last failure: none before the fifth. */
    Duration pause() {
      if (count < FREE) {
        return Duration.ZERO;
      }
      Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(20, count - FREE));
      return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }
  }

  /** How long {@code username} must still wait before trying again; zero when they may try now. */
  Duration waitFor(String username) {
    Instant now = clock.instant();
    return read(key(username))
        .filter(f -> f.lastFailedAt().isAfter(now.minus(FORGET_AFTER)))
        .map(f -> Duration.between(now, f.lastFailedAt().plus(f.pause())))
        .filter(Duration::isPositive)
        .orElse(Duration.ZERO);
  }

  void failed(String username, String address) {
    String key = key(username);
    Instant now = clock.instant();
    Timestamp forgotten = Timestamp.from(now.minus(FORGET_AFTER));
    jdbc.update("DELETE FROM sign_in_failure WHERE last_failed_at <= ?", forgotten);
    while (!countOneMore(key, now, forgotten)) {
      try {
        jdbc.update(
            "INSERT INTO sign_in_failure (username, failures, last_failed_at) VALUES (?, 1, ?)",
            key,
            Timestamp.from(now));
        break;
      } catch (DuplicateKeyException anotherNodeWasFirst) {
        // its row is there now: count this failure on it
      }
    }
    // A success on another node may have deleted the row since: this failure is then the first.
    Failures f = read(key).orElse(new Failures(1, now));
    if (f.pause().isZero()) {
      log.warn("Failed sign-in for '{}' from {} ({} in a row)", username, address, f.count());
    } else {
      log.warn(
          "Failed sign-in for '{}' from {} ({} in a row); further attempts wait {} s",
          username,
          address,
          f.count(),
          f.pause().toSeconds());
    }
  }

  void succeeded(String username) {
    jdbc.update("DELETE FROM sign_in_failure WHERE username = ?", key(username));
  }

  /** One more failure on the name's row, or on none if it has been forgotten; false: no row. */
  private boolean countOneMore(String key, Instant now, Timestamp forgotten) {
    return jdbc.update(
            "UPDATE sign_in_failure SET failures = CASE WHEN last_failed_at <= ? THEN 1"
                + " ELSE failures + 1 END, last_failed_at = ? WHERE username = ?",
            forgotten,
            Timestamp.from(now),
            key)
        > 0;
  }

  private Optional<Failures> read(String key) {
    return jdbc
        .query(
            "SELECT failures, last_failed_at FROM sign_in_failure WHERE username = ?",
            (rs, n) -> new Failures(rs.getInt(1), rs.getTimestamp(2).toInstant()),
            key)
        .stream()
        .findFirst();
  }

  /** The name as counted: any case alike, cut to the longest a user's name can be. */
  private static String key(String username) {
    String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (key.length() <= KEY_LENGTH) {
      return key;
    }
    int end = Character.isHighSurrogate(key.charAt(KEY_LENGTH - 1)) ? KEY_LENGTH - 1 : KEY_LENGTH;
    return key.substring(0, end);
  }
}
