package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The store's SQL on embedded H2 and on real PostgreSQL alike. */
class EntryStoreTest {

  private static final Entry KABUL =
      new Entry(
          "kabul",
          1,
          new Entry.English(
              new Entry.SourceTerm("Kabul", false), List.of(), "properNoun", List.of("cities"), ""),
          Map.of(
              "ur",
              new Entry.Forms("کابل", List.of(), List.of(), false, Entry.Status.APPROVED, "")));

  @Test
  void onH2AndPostgres() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:store;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    exercise(h2);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      exercise(postgres.getPostgresDatabase());
    }
  }

  private static void exercise(DataSource db) {
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
    EntryStore store = new EntryStore(new JdbcTemplate(db), JsonMapper.builder().build());
    assertThat(store.isEmpty()).isTrue();
    String empty = store.fingerprint();
    Instant at = Instant.parse("2026-11-25T10:00:00Z");
    store.insert(KABUL, "files", at);
    assertThat(store.isEmpty()).isFalse();
    assertThat(store.fingerprint()).isNotEqualTo(empty);
    assertThat(store.find("kabul")).contains(KABUL);
    assertThat(store.nextRevision("kabul")).isEqualTo(2);

    Entry edited =
        new Entry(
            "kabul",
            2,
            KABUL.english(),
            Map.of(
                "ur",
                new Entry.Forms(
                    "کابل", List.of("کابُل"), List.of(), false, Entry.Status.APPROVED, "")));
    String before = store.fingerprint();
    assertThat(store.update(edited, 1, "amina", at.plusSeconds(60))).isTrue();
    assertThat(store.update(edited, 1, "late", at.plusSeconds(61))).isFalse();
    assertThat(store.fingerprint()).isNotEqualTo(before);
    assertThat(store.all()).containsExactly(Map.entry("kabul", edited));

    assertThat(store.delete("kabul", 1, "x", at)).isFalse();
    assertThat(store.delete("kabul", 2, "amina", at.plusSeconds(120))).isTrue();
    assertThat(store.find("kabul")).isEmpty();
    List<EntryStore.StoredRevision> history = store.history("kabul");
    assertThat(history).extracting(EntryStore.StoredRevision::revision).containsExactly(1, 2, 3);
    assertThat(history.get(1).changedBy()).isEqualTo("amina");
    assertThat(history.get(1).changedAt()).isEqualTo(at.plusSeconds(60));
    assertThat(history.get(2).deleted()).isTrue();
    assertThat(history.get(2).entry()).isNull();
    assertThat(store.nextRevision("kabul")).isEqualTo(4);
  }
}
