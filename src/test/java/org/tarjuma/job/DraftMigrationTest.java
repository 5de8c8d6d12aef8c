package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V20 keeps, as the draft, the target of the engine rows no translator has touched yet. */
class DraftMigrationTest {

  @Test
  void untouchedEngineAndCacheRowsKeepTheirTargetAsTheDraft() {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL(
        "jdbc:h2:mem:draft-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration")
        .target("17")
        .load()
        .migrate();
    JdbcTemplate jdbc = new JdbcTemplate(db);
    row(jdbc, 0, "engine", 0);
    row(jdbc, 1, "cache", 0);
    row(jdbc, 2, "engine", 1);
    row(jdbc, 3, "memory", 0);

    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

    assertThat(
            jdbc.queryForList(
                "SELECT draft FROM job_segment WHERE job_id = 'j' ORDER BY position", String.class))
        .containsExactly("target 0", "target 1", null, null);
  }

  private static void row(JdbcTemplate jdbc, int position, String origin, int version) {
    jdbc.update(
        "INSERT INTO job_segment (job_id, lang, position, segment_id, source, target, engine,"
            + " origin, flags, qa, billed, version) VALUES ('j', 'ur', ?, ?, 'source', ?, 'e', ?,"
            + " '', '[]', 0, ?)",
        position,
        "s" + position,
        "target " + position,
        origin,
        version);
  }
}
