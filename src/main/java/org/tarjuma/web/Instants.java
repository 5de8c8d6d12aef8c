package org.tarjuma.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Points in time as query parameters give them: an ISO date, or an instant with its offset. */
public final class Instants {

  private Instants() {}

  /**
   * A date ({@code 2026-12-01}) as its midnight in UTC, or an instant with its offset ({@code
   * 2026-12-01T06:00:00Z}, {@code 2026-12-01T10:30:00+04:30}); empty when it is neither. An
   * unencoded {@code +} in a query string arrives as a space, which an instant never has, so a
   * space is read as {@code +}.
   */
  public static Optional<Instant> parse(String value) {
    String text = value.strip().replace(' ', '+');
    try {
      return Optional.of(
          text.length() == 10
              ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
              : OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeException unreadable) {
      return Optional.empty();
    }
  }
}
