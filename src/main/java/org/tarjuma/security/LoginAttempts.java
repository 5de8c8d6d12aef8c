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
 * Failed sign-ins per user name and source address. After {@value #FREE} in a row from one address,
 * each further attempt on that name from that address must wait, 30 seconds after the fifth and
 * twice as long after each one more, at most 15 minutes; a success there starts over, and so does
 * an hour without failures. The name as a whole, from every address, waits only when it is attacked
 * from many: each address counts at most its first {@value #FREE} failures towards the name, and
 * from {@value #NAME_FREE} so counted the name waits as a pair does (so at least ten addresses; one
 * stranger, however patient, never locks a user out). Failures are logged with the name (escaped,
 * {@link LoggedText}) and address, never the password.
 *
 * <p>Kept in the database ({@code sign_in_failure}, V17), so every node counts the same failures:
 * each failure adds one in a single UPDATE, so two nodes counting at once lose none. The time is
 * this node's clock (the nodes' clocks are assumed to agree to within a second or so). Thread-safe.
 */
@Repository
class LoginAttempts {

  private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
  static final int FREE = 5;
  static final int NAME_FREE = 50;
  private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  private static final Duration MAX_WAIT = Duration.ofMinutes(15);
  private static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final int KEY_LENGTH = 120;
  private static final int ADDRESS_LENGTH = 64;

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

    /** How long to wait after the last failure when {@code free} may fail without one. */
    Duration pause(int free) {
      if (count < free) {
        return Duration.ZERO;
      }
      Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(20, count - free));
      return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    Duration left(int free, Instant now) {
      Duration left = Duration.between(now, lastFailedAt.plus(pause(free)));
      return left.isPositive() ? left : Duration.ZERO;
    }
  }

  /**
   * How long {@code username} must still wait before trying again from {@code address}; zero when
   * they may try now.
   */
  Duration waitFor(String username, String address) {
    Instant now = clock.instant();
    Timestamp forgotten = Timestamp.from(now.minus(FORGET_AFTER));
    Duration pair =
        pair(key(username), cut(address), forgotten)
            .map(f -> f.left(FREE, now))
            .orElse(Duration.ZERO);
    Duration name =
        name(key(username), forgotten).map(f -> f.left(NAME_FREE, now)).orElse(Duration.ZERO);
    return pair.compareTo(name) >= 0 ? pair : name;
  }

  void failed(String username, String address) {
    String key = key(username);
    String from = cut(address);
    Instant now = clock.instant();
    Timestamp forgotten = Timestamp.from(now.minus(FORGET_AFTER));
    jdbc.update("DELETE FROM sign_in_failure WHERE last_failed_at <= ?", forgotten);
    while (!countOneMore(key, from, now, forgotten)) {
      try {
        jdbc.update(
            "INSERT INTO sign_in_failure (username, address, failures, last_failed_at)"
                + " VALUES (?, ?, 1, ?)",
            key,
            from,
            Timestamp.from(now));
        break;
      } catch (DuplicateKeyException anotherNodeWasFirst) {
        // its row is there now: count this failure on it
      }
    }
    // A success on another node may have deleted the row since: this failure is then the first.
    Failures f = pair(key, from, forgotten).orElse(new Failures(1, now));
    log.warn(
        "Failed sign-in for '{}' from {} ({} in a row from there); further attempts from there wait"
            + " {} s, from anywhere {} s",
        LoggedText.of(username),
        LoggedText.of(address),
        f.count(),
        f.pause(FREE).toSeconds(),
        name(key, forgotten).map(n -> n.pause(NAME_FREE).toSeconds()).orElse(0L));
  }

  /** A success from {@code address} forgets that address's failures on the name, no others. */
  void succeeded(String username, String address) {
    jdbc.update(
        "DELETE FROM sign_in_failure WHERE username = ? AND address = ?",
        key(username),
        cut(address));
  }

  /** One more failure on the pair's row, or on none if forgotten; false: no row. */
  private boolean countOneMore(String key, String address, Instant now, Timestamp forgotten) {
    return jdbc.update(
            "UPDATE sign_in_failure SET failures = CASE WHEN last_failed_at <= ? THEN 1"
                + " ELSE failures + 1 END, last_failed_at = ? WHERE username = ? AND address = ?",
            forgotten,
            Timestamp.from(now),
            key,
            address)
        > 0;
  }

  private Optional<Failures> pair(String key, String address, Timestamp forgotten) {
    return jdbc
        .query(
            "SELECT failures, last_failed_at FROM sign_in_failure WHERE username = ? AND address = ?"
                + " AND last_failed_at > ?",
            (rs, n) -> new Failures(rs.getInt(1), rs.getTimestamp(2).toInstant()),
            key,
            address,
            forgotten)
        .stream()
        .findFirst();
  }

  /** The name's failures from every address, each counting at most {@link #FREE}. */
  private Optional<Failures> name(String key, Timestamp forgotten) {
    return jdbc
        .query(
            "SELECT SUM(LEAST(failures, ?)), MAX(last_failed_at) FROM sign_in_failure"
                + " WHERE username = ? AND last_failed_at > ?",
            (rs, n) ->
                rs.getTimestamp(2) == null
                    ? null
                    : new Failures(rs.getInt(1), rs.getTimestamp(2).toInstant()),
            FREE,
            key,
            forgotten)
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  /** The name as counted: any case alike, cut to the longest a user's name can be. */
  private static String key(String username) {
    return cut(username == null ? "" : username.strip().toLowerCase(Locale.ROOT), KEY_LENGTH);
  }

  private static String cut(String address) {
    return cut(address == null || address.isBlank() ? "unknown" : address.strip(), ADDRESS_LENGTH);
  }

  private static String cut(String text, int length) {
    if (text.length() <= length) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
    return text.substring(0, end);
  }
}
