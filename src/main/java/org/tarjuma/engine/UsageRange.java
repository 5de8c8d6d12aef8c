package org.tarjuma.engine;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.tarjuma.engine.UsageLedger.Period;
import org.tarjuma.web.Problems;

/**
 * The days the usage page shows: {@code from} to {@code to}, both included, UTC days.
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
record UsageRange(LocalDate from, LocalDate to) {

  /** Days shown when no {@code from} is given: the last 30, today included. */
  static final int DEFAULT_DAYS = 30;

  /** The most days one page shows (a year and a day). */
  static final int MAX_DAYS = 366;

  private static final String TITLE = "Bad usage range";

  /**
   * The range of these parameters, each optional (null or blank: not given): {@code to} defaults to
   * today, {@code from} to 29 days before {@code to}.
   *
   * @throws ErrorResponseException 400 naming the field (also as the problem's {@code field}) for a
   *     value that is not an ISO date, a {@code from} after {@code to}, or more than {@link
   *     #MAX_DAYS} days
   */
  static UsageRange of(String from, String to, LocalDate today) {
    LocalDate end = date("to", to);
    end = end == null ? today : end;
    LocalDate start = date("from", from);
    start = start == null ? end.minusDays(DEFAULT_DAYS - 1L) : start;
    if (start.isAfter(end)) {
      throw bad("from", "'from' (" + start + ") must not be after 'to' (" + end + ").");
    }
    if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
      throw bad(
          "from",
          "The range "
              + start
              + " to "
              + end
              + " is longer than "
              + MAX_DAYS
              + " days; choose a later 'from' or an earlier 'to'.");
    }
    return new UsageRange(start, end);
  }

  /** The ledger's period: from midnight UTC of {@code from} to midnight after {@code to}. */
  Period period() {
    return new Period(
        from.atStartOfDay(ZoneOffset.UTC).toInstant(),
        to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** Every day of the range, in order. */
  List<LocalDate> days() {
    return from.datesUntil(to.plusDays(1)).toList();
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw bad(
          name, "'" + name + "' must be an ISO date such as 2026-12-01; got '" + value + "'.");
    }
  }

  private static ErrorResponseException bad(String field, String detail) {
    ErrorResponseException e = Problems.of(HttpStatus.BAD_REQUEST, TITLE, detail);
    e.getBody().setProperty("field", field);
    return e;
  }
}
