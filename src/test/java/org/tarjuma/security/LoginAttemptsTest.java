package org.tarjuma.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The sign-in throttle's count in the database, as several nodes share it. */
class LoginAttemptsTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  private static JdbcTemplate h2(String name) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    return migrated(h2);
  }

  private static JdbcTemplate migrated(DataSource db) {
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
    return new JdbcTemplate(db);
  }

  /** A clock the test moves on. */
  private static final class Hands extends Clock {
    private Instant now = NOW;

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @Test
  void twoNodesCountingFailuresForOneNameAtOnceLoseNoneOnH2() throws Exception {
    JdbcTemplate db = h2("attempts-at-once");
    assertTwoNodesLoseNoFailure(db);
  }

  @Test
  void twoNodesCountingFailuresForOneNameAtOnceLoseNoneOnPostgres() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      assertTwoNodesLoseNoFailure(migrated(postgres.getPostgresDatabase()));
    }
  }

  private static void assertTwoNodesLoseNoFailure(JdbcTemplate db) throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    List<LoginAttempts> nodes = List.of(new LoginAttempts(db, clock), new LoginAttempts(db, clock));
    int threads = 8;
    int each = 5;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        LoginAttempts node = nodes.get(t % 2);
        String name = t % 3 == 0 ? "Amna" : " AMNA ";
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < each; i++) {
                    node.failed(name, "10.0.0.1");
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(db.queryForObject("SELECT failures FROM sign_in_failure", Integer.class))
        .isEqualTo(threads * each);
    // 40 in a row: the longest wait, on either node.
    assertThat(nodes.get(0).waitFor("amna", "10.0.0.1")).isEqualTo(Duration.ofMinutes(15));
    assertThat(nodes.get(1).waitFor("amna", "10.0.0.1")).isEqualTo(Duration.ofMinutes(15));
    nodes.get(1).succeeded("Amna", "10.0.0.1");
    assertThat(nodes.get(0).waitFor("amna", "10.0.0.1")).isZero();
    assertThat(db.queryForObject("SELECT COUNT(*) FROM sign_in_failure", Integer.class)).isZero();
  }

  @Test
  void theWaitRunsFromTheLastFailureAndAnHourWithoutFailuresForgetsThem() {
    JdbcTemplate db = h2("attempts-in-time");
    Hands clock = new Hands();
    LoginAttempts attempts = new LoginAttempts(db, clock);
    for (int i = 0; i < LoginAttempts.FREE; i++) {
      attempts.failed("bilal", "10.0.0.1");
    }
    assertThat(attempts.waitFor("bilal", "10.0.0.1")).isEqualTo(Duration.ofSeconds(30));
    clock.move(Duration.ofSeconds(20));
    assertThat(attempts.waitFor("Bilal", "10.0.0.1")).isEqualTo(Duration.ofSeconds(10));
    clock.move(Duration.ofSeconds(10));
    assertThat(attempts.waitFor("bilal", "10.0.0.1")).isZero();

    // The sixth failure in a row: a minute from then.
    attempts.failed("bilal", "10.0.0.1");
    clock.move(Duration.ofSeconds(59));
    assertThat(attempts.waitFor("bilal", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));

    // An hour after the last failure they are forgotten: the next one is the first again, and the
    // forgotten rows of other names go when it is counted.
    attempts.failed("chanda", "10.0.0.2");
    clock.move(Duration.ofHours(1));
    attempts.failed("bilal", "10.0.0.1");
    assertThat(attempts.waitFor("bilal", "10.0.0.1")).isZero();
    assertThat(db.queryForList("SELECT username, failures FROM sign_in_failure"))
        .containsExactly(java.util.Map.of("username", "bilal", "failures", 1));
  }

  @Test
  void failuresFromOneAddressSlowDownThatAddressOnlyAndASuccessForgetsThatAddressOnly() {
    JdbcTemplate db = h2("attempts-per-address");
    LoginAttempts attempts = new LoginAttempts(db, Clock.fixed(NOW, ZoneOffset.UTC));
    for (int i = 0; i < 40; i++) {
      attempts.failed("admin", "203.0.113.7");
    }
    assertThat(attempts.waitFor("admin", "203.0.113.7")).isEqualTo(Duration.ofMinutes(15));
    assertThat(attempts.waitFor("admin", "198.51.100.2")).isZero();
    for (int i = 0; i < 3; i++) {
      attempts.failed("admin", "198.51.100.2");
    }
    attempts.succeeded("Admin", "198.51.100.2");
    assertThat(attempts.waitFor("admin", "198.51.100.2")).isZero();
    assertThat(attempts.waitFor("admin", "203.0.113.7")).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void aNameAttackedFromTenAddressesWaitsFromEveryAddress() {
    JdbcTemplate db = h2("attempts-many-addresses");
    Hands clock = new Hands();
    LoginAttempts attempts = new LoginAttempts(db, clock);
    for (int a = 1; a <= 9; a++) {
      for (int i = 0; i < 20; i++) {
        attempts.failed("admin", "203.0.113." + a);
      }
    }
    // Nine addresses count 45 towards the name, however many times each failed: not yet.
    assertThat(attempts.waitFor("admin", "198.51.100.2")).isZero();
    for (int i = 0; i < LoginAttempts.FREE; i++) {
      attempts.failed("admin", "203.0.113.10");
    }
    assertThat(attempts.waitFor("admin", "198.51.100.2")).isEqualTo(Duration.ofSeconds(30));
    attempts.failed("admin", "203.0.113.11");
    assertThat(attempts.waitFor("ADMIN", "198.51.100.2")).isEqualTo(Duration.ofMinutes(1));
    assertThat(attempts.waitFor("bilal", "198.51.100.2")).isZero();
    clock.move(Duration.ofMinutes(1));
    assertThat(attempts.waitFor("admin", "198.51.100.2")).isZero();
  }

  @Test
  void aNameLongerThanAnyUsersIsCountedByItsFirst120Characters() {
    JdbcTemplate db = h2("attempts-long");
    LoginAttempts attempts = new LoginAttempts(db, Clock.fixed(NOW, ZoneOffset.UTC));
    String guess = "x".repeat(120) + "y".repeat(500);
    for (int i = 0; i < LoginAttempts.FREE; i++) {
      attempts.failed(guess, "10.0.0.1");
    }
    assertThat(attempts.waitFor("X".repeat(121), "10.0.0.1")).isEqualTo(Duration.ofSeconds(30));
    assertThat(attempts.waitFor("x".repeat(119), "10.0.0.1")).isZero();
    // Not cut in the middle of a character: the emoji's two halves go together.
    attempts.failed("x".repeat(119) + "\uD83D\uDE00" + "z", "10.0.0.1");
    assertThat(
            db.queryForObject(
                "SELECT failures FROM sign_in_failure WHERE username = ?",
                Integer.class,
                "x".repeat(119)))
        .isEqualTo(1);
  }
}
