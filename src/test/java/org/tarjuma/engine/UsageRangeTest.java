package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;
import org.tarjuma.engine.UsageLedger.Period;

/** The usage page's range of days: defaults, the ledger's period, and what is refused. */
class UsageRangeTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-12-02");

  @Test
  void withNothingGivenTheLast30DaysTodayIncluded() {
    UsageRange range = UsageRange.of(null, " ", TODAY);
    assertThat(range).isEqualTo(new UsageRange(LocalDate.parse("2026-11-03"), TODAY));
    assertThat(range.days()).hasSize(30).startsWith(range.from()).endsWith(TODAY);
  }

  @Test
  void aToAloneEndsThe30DaysThere() {
    assertThat(UsageRange.of(null, "2021-12-31", TODAY))
        .isEqualTo(new UsageRange(LocalDate.parse("2021-12-02"), LocalDate.parse("2021-12-31")));
  }

  @Test
  void thePeriodRunsFromMidnightOfFromToMidnightAfterTo() {
    assertThat(UsageRange.of("2021-12-01", "2021-12-01", TODAY).period())
        .isEqualTo(
            new Period(
                Instant.parse("2021-12-01T00:00:00Z"), Instant.parse("2021-12-02T00:00:00Z")));
  }

  @Test
  void anUnreadableDateIsA400NamingTheField() {
    assertRefused("2021-13-01", null, "from", "'from' must be an ISO date such as 2026-12-01");
    assertRefused(null, "yesterday", "to", "'to' must be an ISO date such as 2026-12-01");
  }

  @Test
  void fromAfterToAndMoreThanAYearAreRefused() {
    assertRefused("2021-12-05", "2021-12-01", "from", "must not be after 'to'");
    assertRefused("2020-01-01", "2021-01-01", "from", "longer than 366 days");
    assertThat(UsageRange.of("2020-01-01", "2020-12-31", TODAY).days()).hasSize(366);
  }

  private static void assertRefused(String from, String to, String field, String detail) {
    assertThatThrownBy(() -> UsageRange.of(from, to, TODAY))
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            e -> {
              assertThat(e.getStatusCode().value()).isEqualTo(400);
              assertThat(e.getBody().getDetail()).contains(detail);
              assertThat(e.getBody().getProperties()).containsEntry("field", field);
            });
  }
}
