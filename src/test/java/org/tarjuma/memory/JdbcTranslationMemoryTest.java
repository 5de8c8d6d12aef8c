package org.tarjuma.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The memory's SQL on embedded H2 and on real PostgreSQL alike. */
class JdbcTranslationMemoryTest {

  @Test
  void onH2AndPostgres() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:memory;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    exercise(h2);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      exercise(postgres.getPostgresDatabase());
    }
  }

  @Test
  void aSentenceKeepsTheKeyItIsStoredUnder() {
    // Keys already stored in databases depend on this value: it must never change.
    assertThat(JdbcTranslationMemory.key("The talks ended."))
        .isEqualTo("ec8de27b953b24e7f5276f350c3a3a5310f1cd6049a04ccf409eee53202cbacd");
    assertThat(JdbcTranslationMemory.key("  The talks\u00A0 ended.\n"))
        .isEqualTo(JdbcTranslationMemory.key("The talks ended."));
  }

  private static void exercise(DataSource db) {
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
    TranslationMemory memory =
        new JdbcTranslationMemory(new JdbcTemplate(db), org.tarjuma.cluster.Changes.alone());
    Instant at = Instant.parse("2026-11-25T10:00:00Z");
    String source = "The talks ended.";
    assertThat(memory.exact("en", "ur", source)).isEmpty();

    memory.save(new MemoryUnit("en", "ur", source, "مذاکرات ختم ہو گئے۔", "approved", "amna", at));
    memory.save(new MemoryUnit("en", "prs", source, "مذاکرات پایان یافت.", "approved", "amna", at));

    // White space and normalization form do not matter; the language pair does.
    assertThat(memory.exact("en", "ur", "  The talks\u00A0 ended.\n"))
        .get()
        .extracting(MemoryUnit::target)
        .isEqualTo("مذاکرات ختم ہو گئے۔");
    assertThat(memory.exact("en", "ps", source)).isEmpty();

    memory.save(new MemoryUnit("en", "ur", source, "بات چیت ختم ہو گئی۔", "approved", "bilal", at));
    assertThat(memory.exact("en", "ur", source))
        .get()
        .satisfies(
            unit -> {
              assertThat(unit.target()).isEqualTo("بات چیت ختم ہو گئی۔");
              assertThat(unit.changedBy()).isEqualTo("bilal");
              assertThat(unit.changedAt()).isEqualTo(at);
            });
    assertThat(
            new JdbcTemplate(db).queryForObject("SELECT COUNT(*) FROM memory_unit", Integer.class))
        .isEqualTo(2);

    // Many sources into several languages in one lookup: keyed by the source as given.
    String spaced = " The talks  ended. ";
    var found =
        memory.exact(
            "en", java.util.List.of("ur", "ps", "prs"), java.util.List.of(spaced, "Unknown."));
    assertThat(found).containsOnlyKeys("ur", "ps", "prs");
    assertThat(found.get("ur")).containsOnlyKeys(spaced);
    assertThat(found.get("ur").get(spaced).target()).isEqualTo("بات چیت ختم ہو گئی۔");
    assertThat(found.get("ur").get(spaced).targetLang()).isEqualTo("ur");
    assertThat(found.get("prs").get(spaced).target()).isEqualTo("مذاکرات پایان یافت.");
    assertThat(found.get("prs").get(spaced).targetLang()).isEqualTo("prs");
    assertThat(found.get("ps")).isEmpty();

    if (db instanceof JdbcDataSource) {
      // On H2 each key is an index probe, not a scan of the language pair's every unit.
      // (PostgreSQL's planner picks by table size, so its plan on three rows says nothing.)
      String plan =
          new JdbcTemplate(db)
              .queryForObject(
                  "EXPLAIN " + JdbcTranslationMemory.exactSql(2, 2),
                  String.class,
                  "en",
                  "ur",
                  "ps",
                  "k1",
                  "k2");
      assertThat(plan).containsPattern("(?i)/\\* [\\w.]+: source_key IN\\(");
    }
  }
}
