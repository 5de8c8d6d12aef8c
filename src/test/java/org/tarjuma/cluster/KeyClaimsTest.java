package org.tarjuma.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Claims on one real PostgreSQL shared by several nodes, each claiming, renewing and releasing. */
class KeyClaimsTest {

  private static long deadlocks(JdbcTemplate jdbc) {
    jdbc.execute("SELECT pg_stat_clear_snapshot()");
    return jdbc.queryForObject(
        "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()", Long.class);
  }

  /**
   * Three nodes claim and release overlapping sets of keys while they renew what they hold: no
   * statement ever waits in a circle (PostgreSQL counts 0 deadlocks), none fails, and a key is held
   * by one node at a time.
   */
  @Test
  void overlappingClaimsReleasesAndRenewalsNeverDeadlockAndNeverShareAKey() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        HikariDataSource db = new HikariDataSource()) {
      db.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
      db.setMaximumPoolSize(12);
      Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
      JdbcTemplate jdbc = new JdbcTemplate(db);
      long before = deadlocks(jdbc);

      List<KeyClaims> nodes = new ArrayList<>();
      for (int n = 0; n < 3; n++) {
        nodes.add(ClusterTesting.claims(db));
      }
      List<String> keys = new ArrayList<>();
      for (int k = 0; k < 40; k++) {
        keys.add("key-" + k);
      }
      Map<String, Integer> holder = new ConcurrentHashMap<>();
      List<String> violations = new CopyOnWriteArrayList<>();
      List<Throwable> failures = new CopyOnWriteArrayList<>();
      AtomicInteger claimed = new AtomicInteger();
      AtomicBoolean running = new AtomicBoolean(true);
      List<Thread> threads = new ArrayList<>();
      for (int n = 0; n < nodes.size(); n++) {
        int me = n;
        KeyClaims claims = nodes.get(n);
        threads.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      Random random = new Random(me);
                      try {
                        for (int round = 0; round < 300; round++) {
                          List<String> wanted = new ArrayList<>(keys);
                          java.util.Collections.shuffle(wanted, random);
                          Set<String> mine = claims.claim(wanted.subList(0, 15));
                          claimed.addAndGet(mine.size());
                          for (String key : mine) {
                            Integer other = holder.putIfAbsent(key, me);
                            if (other != null) {
                              violations.add(key + " held by nodes " + other + " and " + me);
                            }
                          }
                          Thread.sleep(random.nextInt(3));
                          for (String key : mine) {
                            holder.remove(key, me);
                          }
                          claims.release(mine);
                        }
                      } catch (Throwable e) {
                        failures.add(e);
                      }
                    }));
        threads.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      try {
                        while (running.get()) {
                          claims.renew();
                          Thread.sleep(2);
                        }
                      } catch (Throwable e) {
                        failures.add(e);
                      }
                    }));
      }
      for (int t = 0; t < threads.size(); t += 2) {
        threads.get(t).join();
      }
      running.set(false);
      for (Thread thread : threads) {
        thread.join();
      }
      // The statistics reach pg_stat_database within half a second of a transaction's end.
      Thread.sleep(1500);

      assertThat(failures).isEmpty();
      assertThat(violations).isEmpty();
      assertThat(claimed.get()).isGreaterThan(1000);
      assertThat(deadlocks(jdbc) - before).isZero();
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM translation_claim", Integer.class))
          .isZero();
    }
  }
}
