package org.tarjuma.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Query parameters' points in time: dates, instants with offsets, a '+' arrived as a space. */
class InstantsTest {

  /** A date is its midnight in UTC; an instant keeps its offset, '+' or a space alike. */
  @Test
  void readsDatesAndInstants() {
    assertThat(Instants.parse("2026-12-01")).contains(Instant.parse("2026-12-01T00:00:00Z"));
    assertThat(Instants.parse("2026-12-01T10:30:00+04:30"))
        .contains(Instant.parse("2026-12-01T06:00:00Z"));
    assertThat(Instants.parse("2026-12-01T10:30:00 04:30"))
        .contains(Instant.parse("2026-12-01T06:00:00Z"));
  }

  /** Anything else is empty: a time without offset, a month, words. */
  @Test
  void refusesTheRest() {
    assertThat(Instants.parse("2026-12-01T10:30:00")).isEmpty();
    assertThat(Instants.parse("2026-12")).isEmpty();
    assertThat(Instants.parse("yesterday")).isEmpty();
    assertThat(Instants.parse("2026-13-01")).isEmpty();
  }
}
