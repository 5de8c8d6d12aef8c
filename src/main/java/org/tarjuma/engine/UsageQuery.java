package org.tarjuma.engine;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.tarjuma.engine.UsageLedger.Grouping;
import org.tarjuma.engine.UsageLedger.Period;
import org.tarjuma.web.Instants;
import org.tarjuma.web.Problems;

/**
 * What {@code GET /api/v1/usage} was asked: a period and what to group by.
 *
 * @param period from (inclusive) to (exclusive), open where not given
 * @param groupBy what to group by; null for totals per engine and per outlet
 */
record UsageQuery(Period period, Grouping groupBy) {

  private static final String TITLE = "Bad usage query";

  /**
   * The query of these parameters, each optional (null or blank: not given).
   *
   * @throws ErrorResponseException 400, saying what is accepted, for a date or instant that cannot
   *     be read, a {@code from} not before {@code to}, or an unknown {@code groupBy}
   */
  static UsageQuery of(String from, String to, String groupBy) {
    Instant start = instant("from", from);
    Instant end = instant("to", to);
    if (start != null && end != null && !start.isBefore(end)) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          TITLE,
          "'from' (" + start + ") must be before 'to' (" + end + "); 'to' is exclusive.");
    }
    return new UsageQuery(new Period(start, end), grouping(groupBy));
  }

  /**
   * A date is midnight UTC at its start; an instant needs its offset ({@code Z}, {@code +04:30}).
   */
  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Instants.parse(value)
        .orElseThrow(
            () ->
                Problems.of(
                    HttpStatus.BAD_REQUEST,
                    TITLE,
                    "'"
                        + name
                        + "' must be an ISO date (2026-12-01, from midnight UTC) or an instant with"
                        + " its offset (2026-12-01T06:00:00Z, 2026-12-01T10:30:00+04:30); got '"
                        + value
                        + "'."));
  }

  private static Grouping grouping(String groupBy) {
    if (groupBy == null || groupBy.isBlank()) {
      return null;
    }
    return Grouping.named(groupBy.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(
            () ->
                Problems.of(
                    HttpStatus.BAD_REQUEST,
                    TITLE,
                    "Unknown groupBy '"
                        + groupBy
                        + "'. Accepted: "
                        + Arrays.stream(Grouping.values())
                            .map(Grouping::id)
                            .collect(Collectors.joining(", "))
                        + "; or none, for the totals per engine and per outlet."));
  }
}
