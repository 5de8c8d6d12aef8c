package org.tarjuma.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Idempotency keys on one real PostgreSQL shared by several nodes, each with its own pool. */
class IdempotencyKeysTest {

  // Three nodes, four threads each, claim one key at once: exactly one claim lands, the other
  // eleven see it running; once its answer is kept every node answers with it, and another
  // request's hash is told apart; the same key in another scope is claimed on its own.
  @Test
  void oneClaimLandsAcrossNodesAndItsAnswerIsEveryNodes() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      Flyway.configure()
          .dataSource(postgres.getPostgresDatabase())
          .locations("classpath:db/migration")
          .load()
          .migrate();
      List<HikariDataSource> pools = new ArrayList<>();
      List<IdempotencyKeys> nodes = new ArrayList<>();
      for (int n = 0; n < 3; n++) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setMaximumPoolSize(4);
        pools.add(pool);
        nodes.add(new IdempotencyKeys(new JdbcTemplate(pool)));
      }
      try (ExecutorService threads = Executors.newFixedThreadPool(12)) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<IdempotencyKeys.Claimed>>> claims = new ArrayList<>();
        for (int t = 0; t < 12; t++) {
          IdempotencyKeys node = nodes.get(t % 3);
          claims.add(
              threads.submit(
                  () -> {
                    start.await();
                    return node.claim("outlet dawn", "order-7", "hash-a");
                  }));
        }
        start.countDown();
        int landed = 0;
        for (Future<Optional<IdempotencyKeys.Claimed>> claim : claims) {
          Optional<IdempotencyKeys.Claimed> seen = claim.get();
          if (seen.isEmpty()) {
            landed++;
          } else {
            assertThat(seen.get().requestHash()).isEqualTo("hash-a");
            assertThat(seen.get().answer()).isNull();
          }
        }
        assertThat(landed).isEqualTo(1);
      }
      IdempotencyKeys.Answer answer =
          new IdempotencyKeys.Answer(
              202, "/api/v1/jobs/j-7", "application/json", "{\"id\":\"j-7\"}");
      nodes.get(1).keep("outlet dawn", "order-7", answer);
      for (IdempotencyKeys node : nodes) {
        assertThat(node.claim("outlet dawn", "order-7", "hash-a"))
            .hasValueSatisfying(c -> assertThat(c.answer()).isEqualTo(answer));
        assertThat(node.claim("outlet dawn", "order-7", "hash-b"))
            .hasValueSatisfying(c -> assertThat(c.requestHash()).isEqualTo("hash-a"));
      }
      assertThat(nodes.get(2).claim("outlet tolo", "order-7", "hash-a")).isEmpty();
      pools.forEach(HikariDataSource::close);
    }
  }
}
