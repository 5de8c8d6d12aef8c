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

  @Test
  void keepsItsExactAnswersUntilTheirUnitsChangeHereOrOnAnotherNode() {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:exact;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(db);
    Heard heard = new Heard();
    TranslationMemory memory = new JdbcTranslationMemory(jdbc, heard);
    Instant at = Instant.parse("2026-12-03T10:00:00Z");
    String source = "The talks ended.";
    String key = JdbcTranslationMemory.key(source);
    java.util.function.Supplier<java.util.Map<String, MemoryUnit>> lookUp =
        () -> memory.exact("en", java.util.List.of("ur"), java.util.List.of(source)).get("ur");
    assertThat(lookUp.get()).isEmpty();

    // Saved here: answered at once, absence kept before or not.
    memory.save(new MemoryUnit("en", "ur", source, "مذاکرات ختم ہو گئے۔", "approved", "amna", at));
    assertThat(lookUp.get().get(source).target()).isEqualTo("مذاکرات ختم ہو گئے۔");

    // Another node's save, as the database has it before this node hears of it: the kept answer.
    String another = "بات چیت ختم ہو گئی۔";
    jdbc.update("UPDATE memory_unit SET target_text = ? WHERE source_key = ?", another, key);
    assertThat(lookUp.get().get(source).target()).isEqualTo("مذاکرات ختم ہو گئے۔");
    heard.change("en ps " + key);
    assertThat(lookUp.get().get(source).target())
        .as("a change of another language pair")
        .isEqualTo("مذاکرات ختم ہو گئے۔");
    heard.change("en ur " + key);
    assertThat(lookUp.get().get(source).target()).isEqualTo(another);

    // A change that may have been missed: everything is read again.
    jdbc.update("UPDATE memory_unit SET target_text = ? WHERE source_key = ?", "تیسرا", key);
    heard.resync();
    assertThat(lookUp.get().get(source).target()).isEqualTo("تیسرا");
    jdbc.update("DELETE FROM memory_unit");
    heard.change("more than keys can say");
    assertThat(lookUp.get()).isEmpty();
  }

  /** Changes of a node whose test says what it hears. */
  private static final class Heard implements org.tarjuma.cluster.Changes {
    private java.util.function.Consumer<String> onChange;
    private Runnable resync;

    @Override
    public void publish(String topic, String payload) {}

    @Override
    public void subscribe(
        String topic, java.util.function.Consumer<String> onChange, Runnable resync) {
      assertThat(topic).isEqualTo(JdbcTranslationMemory.TOPIC);
      this.onChange = onChange;
      this.resync = resync;
    }

    void change(String payload) {
      onChange.accept(payload);
    }

    void resync() {
      resync.run();
    }
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
