package org.tarjuma.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.cluster.Changes;

/**
 * A node's fuzzy index and what another node saves to the same table: the units it hears of are
 * added; what it missed, a new unit or a replaced one, is there after a resync.
 */
class LiveFuzzyIndexTest {

  private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
  private static final String TALKS = "The talks between the two countries ended on Monday.";
  private static final String RAIN = "Heavy rain closed the roads in Kabul on Sunday.";

  private static MemoryUnit unit(String source, String target, Instant at) {
    return new MemoryUnit("en", "ur", source, target, "approved", "amna", at);
  }

  @Test
  void whatAnotherNodeSavedIsAddedWhenHeardAndFoundByAResyncWhenMissed() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:live-fuzzy;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(h2);
    // The other node: it saves, and this node hears of it only when told.
    JdbcTranslationMemory other = new JdbcTranslationMemory(jdbc, Changes.alone());
    LiveFuzzyIndex here = new LiveFuzzyIndex(jdbc, other);
    other.save(unit(TALKS, "الف", AT));
    assertThat(here.search("ur", TALKS, 0.75, 5))
        .extracting(Suggestion::target)
        .containsExactly("الف");

    other.save(unit(RAIN, "ب", AT.plusSeconds(1)));
    assertThat(here.search("ur", RAIN, 0.75, 5)).isEmpty();
    here.heard(
        java.util.List.of(
            new ExactUnits.Key("en", "ur", JdbcTranslationMemory.key(RAIN)),
            new ExactUnits.Key("en", "ur", "unknown-key")));
    assertThat(here.search("ur", RAIN, 0.75, 5))
        .extracting(Suggestion::target)
        .containsExactly("ب");

    // Missed: a replaced translation (same count, a newer unit), then a new one.
    other.save(unit(TALKS, "ج", AT.plusSeconds(2)));
    here.resync();
    assertThat(here.search("ur", TALKS, 0.75, 5))
        .extracting(Suggestion::target)
        .containsExactly("ج");
    String third = "Schools in Kandahar reopened after the winter break.";
    other.save(unit(third, "د", AT.plusSeconds(3)));
    assertThat(here.search("ur", third, 0.75, 5)).isEmpty();
    here.resync();
    assertThat(here.search("ur", third, 0.75, 5))
        .extracting(Suggestion::target)
        .containsExactly("د");
    here.resync();
    assertThat(here.search("ur", RAIN, 0.75, 5))
        .extracting(Suggestion::target)
        .containsExactly("ب");
  }

  @Test
  void aNodeThatNeverLookedUpBuildsNothingUntilItsFirstLookup() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:live-fuzzy-lazy;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(h2);
    JdbcTranslationMemory other = new JdbcTranslationMemory(jdbc, Changes.alone());
    LiveFuzzyIndex here = new LiveFuzzyIndex(jdbc, other);
    other.save(unit(TALKS, "الف", AT));
    here.heard(java.util.List.of(new ExactUnits.Key("en", "ur", JdbcTranslationMemory.key(TALKS))));
    here.resync();
    here.add(java.util.List.of(unit(RAIN, "ب", AT)));
    // Built at the first lookup, from the table: what it was told before is there, nothing else.
    assertThat(here.search("ur", TALKS, 0.75, 5))
        .extracting(Suggestion::target)
        .containsExactly("الف");
    assertThat(here.search("ur", RAIN, 0.75, 5)).isEmpty();
  }
}
