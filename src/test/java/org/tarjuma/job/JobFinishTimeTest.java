package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tarjuma.cluster.ClusterTesting;
import org.tarjuma.cluster.Node;

/**
 * When a job that ends in the transaction storing its rows is recorded as finished, on PostgreSQL.
 */
class JobFinishTimeTest {

  /**
   * A job ended 300 ms into its transaction (as an all-hit job ends after its rows are written) has
   * a {@code finished_at} at least 300 ms after the transaction began, not the transaction's start.
   */
  @Test
  void aJobEndedLateInItsTransactionIsFinishedWhenItEnded() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        HikariDataSource db = new HikariDataSource()) {
      db.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
      db.setUsername("postgres");
      Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
      JdbcTemplate jdbc = new JdbcTemplate(db);
      Node node = ClusterTesting.node(db);
      JobLeases leases =
          new JobLeases(
              jdbc,
              node,
              new JobProperties(
                  1,
                  50,
                  null,
                  false,
                  1,
                  Duration.ofSeconds(1),
                  Duration.ofSeconds(20),
                  Duration.ofSeconds(2)),
              ClusterTesting.sharing(db));
      jdbc.update(
          "INSERT INTO job (id, outlet, format, source_lang, targets, source_text, status,"
              + " created_at, segment_count, lease_owner, lease_until) VALUES ('j', 'dawn', 'text',"
              + " 'en', 'ur', 'x', 'running', CURRENT_TIMESTAMP, 1, ?, "
              + leases.newLease()
              + ")",
          node.id());

      OffsetDateTime[] began = new OffsetDateTime[1];
      new TransactionTemplate(new DataSourceTransactionManager(db))
          .executeWithoutResult(
              tx -> {
                began[0] = jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", OffsetDateTime.class);
                try {
                  Thread.sleep(300); // the rows being written
                } catch (InterruptedException e) {
                  throw new AssertionError(e);
                }
                leases.finish("j", Job.DONE, null);
              });

      OffsetDateTime finished =
          jdbc.queryForObject("SELECT finished_at FROM job WHERE id = 'j'", OffsetDateTime.class);
      assertThat(Duration.between(began[0], finished))
          .isGreaterThanOrEqualTo(Duration.ofMillis(300));
      assertThat(jdbc.queryForObject("SELECT status FROM job WHERE id = 'j'", String.class))
          .isEqualTo(Job.DONE);
    }
  }
}
