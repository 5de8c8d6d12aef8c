package org.tarjuma.job;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tarjuma.engine.SegmentHistory;

/**
 * The stored segments' history for the usage charts: one query over {@code job_segment} and its
 * {@code job}, a segment's day being its job's submission (UTC). Thread-safe.
 */
@Component
class JobSegmentHistory implements SegmentHistory {

  // Days since 1970-01-01 of the job's UTC day, the same on H2 and PostgreSQL.
  private static final String DAY = "FLOOR(EXTRACT(EPOCH FROM j.created_at) / 86400)";

  private final JdbcTemplate jdbc;

  JobSegmentHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Count> origins(LocalDate from, LocalDate to) {
    return counts("s.origin", "s.origin IS NOT NULL", from, to);
  }

  @Override
  public List<Count> flagged(LocalDate from, LocalDate to) {
    return counts("s.lang", "s.qa <> '[]'", from, to);
  }

  private List<Count> counts(String key, String condition, LocalDate from, LocalDate to) {
    return jdbc.query(
        "SELECT "
            + DAY
            + ", "
            + key
            + ", COUNT(*) FROM job_segment s JOIN job j ON j.id = s.job_id"
            + " WHERE j.created_at >= ? AND j.created_at < ? AND "
            + condition
            + " GROUP BY "
            + DAY
            + ", "
            + key,
        (rs, n) -> new Count(LocalDate.ofEpochDay(rs.getLong(1)), rs.getString(2), rs.getLong(3)),
        start(from),
        start(to));
  }

  private static OffsetDateTime start(LocalDate day) {
    return day.atStartOfDay().atOffset(ZoneOffset.UTC);
  }
}
