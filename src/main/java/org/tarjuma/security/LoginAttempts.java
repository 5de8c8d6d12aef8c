package org.tarjuma.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per user name: after {@value #FREE} in a row, each further attempt must wait, 30
 * seconds after the fifth and twice as long after each one more, at most 15 minutes; a success
 * starts over. Failures are logged with the name and address, never the password.
 */
@Component
class LoginAttempts {

  private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
  static final int FREE = 5;
  private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  private static final Duration MAX_WAIT = Duration.ofMinutes(15);

  private final Clock clock;
  private final Cache<String, Failures> failures =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(1)).maximumSize(100_000).build();

  @org.springframework.beans.factory.annotation.Autowired
  LoginAttempts() {
    this(Clock.systemUTC());
  }

  LoginAttempts(Clock clock) {
    this.clock = clock;
  }

  private record Failures(int count, Instant waitUntil, Duration pause) {}

  /** How long {@code username} must still wait before trying again; zero when they may try now. */
  Duration waitFor(String username) {
    Failures f = failures.getIfPresent(key(username));
    if (f == null || f.waitUntil() == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), f.waitUntil());
    return left.isNegative() ? Duration.ZERO : left;
  }

  void failed(String username, String address) {
    Failures f =
        failures
            .asMap()
            .compute(
                key(username),
                (k, before) -> {
                  int count = before == null ? 1 : before.count() + 1;
                  if (count < FREE) {
                    return new Failures(count, null, Duration.ZERO);
                  }
                  Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(20, count - FREE));
                  wait = wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
                  return new Failures(count, clock.instant().plus(wait), wait);
                });
    if (f.waitUntil() == null) {
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
    failures.invalidate(key(username));
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
