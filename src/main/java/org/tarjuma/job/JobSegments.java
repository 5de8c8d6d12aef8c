package org.tarjuma.job;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tarjuma.qa.Finding;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The translated segments of jobs, a row per job, language and position, written chunk by chunk as
 * they are translated (a position is stored once, never replaced by a job) and changed by
 * translators' reviews; and the counts a job's status shows, summed by the database.
 */
@Repository
class JobSegments {

  private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {};

  /** The columns a job's rows are stored with, in the order they are bound. */
  static final String COLUMNS =
      "job_id, lang, position, segment_id, source, target, engine, origin, flags, qa, billed, draft";

  /** The origins whose target is an engine's draft: a cached answer is an engine's too. */
  private static final Set<String> DRAFTED = Set.of("engine", "cache");

  private final JdbcTemplate jdbc;
  private final JobStore jobs;
  private final JobLeases leases;
  private final JsonMapper json;

  JobSegments(JdbcTemplate jdbc, JobStore jobs, JobLeases leases, JsonMapper json) {
    this.jdbc = jdbc;
    this.jobs = jobs;
    this.leases = leases;
    this.json = json;
  }

  /** A segment's review state: its version (for stale edits) and what a translator decided. */
  record ReviewState(int version, String review, String reviewedBy) {}

  /**
   * A stored segment with its review state.
   *
   * @param draft the target as an engine wrote it (origin engine or cache), kept through
   *     translators' edits; null for a target from the memory or none
   */
  record Stored(JobSegment segment, ReviewState review, String draft) {}

  /**
   * Stores rows and sets the job's status, in one transaction, if this node holds the job's lease
   * (else {@link JobLeases.LeaseLost}, and nothing is written); a job done so gives its lease back.
   */
  @Transactional
  void save(String jobId, Map<String, List<JobSegment>> byLanguage, String status) {
    if (status.equals(Job.DONE)) {
      insert(jobId, byLanguage);
      leases.finish(jobId, status, null);
    } else {
      leases.renew(jobId);
      insert(jobId, byLanguage);
      jobs.status(jobId, status, null);
    }
  }

  /**
   * Stores a chunk's rows, every language at once, if this node holds the job's lease (renewed by
   * the same transaction; else {@link JobLeases.LeaseLost}, and nothing is written).
   */
  @Transactional
  void save(String jobId, Map<String, List<JobSegment>> byLanguage) {
    if (byLanguage.isEmpty()) {
      return;
    }
    leases.renew(jobId);
    insert(jobId, byLanguage);
  }

  private void insert(String jobId, Map<String, List<JobSegment>> byLanguage) {
    if (byLanguage.isEmpty()) {
      return;
    }
    // Plain JDBC with typed setters: the rows of a chunk are the hot path of a job.
    jdbc.execute(
        (java.sql.Connection connection) -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO job_segment ("
                      + COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                      + " ?, ?)")) {
            for (var entry : byLanguage.entrySet()) {
              for (JobSegment s : entry.getValue()) {
                insert.setString(1, jobId);
                insert.setString(2, entry.getKey());
                insert.setInt(3, s.position());
                insert.setString(4, s.id());
                insert.setString(5, s.source());
                insert.setString(6, s.target());
                insert.setString(7, s.engine());
                insert.setString(8, s.origin());
                insert.setString(9, String.join(" ", s.flags()));
                insert.setString(10, findings(s.qa()));
                insert.setLong(11, s.billed());
                insert.setString(
                    12, s.origin() != null && DRAFTED.contains(s.origin()) ? s.target() : null);
                insert.addBatch();
              }
            }
            insert.executeBatch();
          }
          return null;
        });
  }

  /** The positions already stored for a job, by language (languages without any absent). */
  Map<String, Set<Integer>> positions(String jobId) {
    Map<String, Set<Integer>> stored = new HashMap<>();
    jdbc.query(
        "SELECT lang, position FROM job_segment WHERE job_id = ?",
        rs -> {
          stored.computeIfAbsent(rs.getString(1), l -> new HashSet<>()).add(rs.getInt(2));
        },
        jobId);
    return stored;
  }

  /** A job's stored segments in one language, in article order. */
  List<JobSegment> of(String jobId, String lang) {
    return jdbc.query(
        "SELECT * FROM job_segment WHERE job_id = ? AND lang = ? ORDER BY position",
        (rs, n) -> segment(rs),
        jobId,
        lang);
  }

  /** A job's stored segments in one language with their review states, in article order. */
  List<Stored> reviewed(String jobId, String lang) {
    return jdbc.query(
        "SELECT * FROM job_segment WHERE job_id = ? AND lang = ? ORDER BY position",
        (rs, n) -> stored(rs),
        jobId,
        lang);
  }

  /** Every stored segment of a job with its review state: by language, then position. */
  Map<String, Map<Integer, Stored>> all(String jobId) {
    Map<String, Map<Integer, Stored>> out = new HashMap<>();
    jdbc.query(
        "SELECT * FROM job_segment WHERE job_id = ?",
        rs -> {
          out.computeIfAbsent(rs.getString("lang"), l -> new HashMap<>())
              .put(rs.getInt("position"), stored(rs));
        },
        jobId);
    return out;
  }

  /** One stored segment and its review state, if the position is stored for the language. */
  Optional<Stored> one(String jobId, String lang, int position) {
    return jdbc
        .query(
            "SELECT * FROM job_segment WHERE job_id = ? AND lang = ? AND position = ?",
            (rs, n) -> stored(rs),
            jobId,
            lang,
            position)
        .stream()
        .findFirst();
  }

  /**
   * A translator's decision on a segment, only if nobody changed it since {@code version}: false
   * when the segment moved on (or does not exist), and then nothing is written.
   */
  boolean review(
      String jobId,
      String lang,
      int position,
      int version,
      String target,
      List<Finding> qa,
      String review,
      String by) {
    return jdbc.update(
            "UPDATE job_segment SET target = ?, qa = ?, review = ?, reviewed_by = ?,"
                + " reviewed_at = ?, version = version + 1 WHERE job_id = ? AND lang = ? AND"
                + " position = ? AND version = ?",
            target,
            findings(qa),
            review,
            by,
            Timestamp.from(Instant.now()),
            jobId,
            lang,
            position,
            version)
        == 1;
  }

  /**
   * What each job's status counts, per language, summed by the database in one query: by job id,
   * then language; a language with nothing stored yet is absent.
   */
  Map<String, Map<String, JobStatus.LanguageProgress>> progress(Collection<Job> of) {
    if (of.isEmpty()) {
      return Map.of();
    }
    Map<String, Integer> totals = new HashMap<>();
    of.forEach(job -> totals.put(job.id(), job.segmentCount()));
    Map<String, Map<String, JobStatus.LanguageProgress>> out = new HashMap<>();
    jdbc.query(
        "SELECT job_id, lang, COUNT(*), SUM(CASE WHEN origin IN ('memory', 'cache') THEN 1 ELSE 0"
            + " END), SUM(CASE WHEN origin = 'engine' THEN 1 ELSE 0 END), SUM(CASE WHEN target IS"
            + " NULL THEN 1 ELSE 0 END), SUM(billed), SUM(CASE WHEN qa <> '[]' THEN 1 ELSE 0 END)"
            + " FROM job_segment WHERE job_id IN ("
            + String.join(", ", Collections.nCopies(totals.size(), "?"))
            + ") GROUP BY job_id, lang",
        rs -> {
          out.computeIfAbsent(rs.getString(1), j -> new HashMap<>())
              .put(
                  rs.getString(2),
                  new JobStatus.LanguageProgress(
                      rs.getInt(3),
                      totals.get(rs.getString(1)),
                      rs.getInt(4),
                      rs.getInt(5),
                      rs.getInt(6),
                      rs.getLong(7),
                      rs.getInt(8)));
        },
        totals.keySet().toArray());
    return out;
  }

  private String findings(List<Finding> qa) {
    return qa.isEmpty() ? "[]" : json.writeValueAsString(qa);
  }

  private Stored stored(ResultSet rs) throws SQLException {
    return new Stored(
        segment(rs),
        new ReviewState(rs.getInt("version"), rs.getString("review"), rs.getString("reviewed_by")),
        rs.getString("draft"));
  }

  private JobSegment segment(ResultSet rs) throws SQLException {
    String target = rs.getString("target");
    String flags = rs.getString("flags");
    return new JobSegment(
        rs.getInt("position"),
        rs.getString("segment_id"),
        rs.getString("source"),
        target,
        target == null ? JobSegment.NEEDS_ENGINE : JobSegment.TRANSLATED,
        rs.getString("engine"),
        rs.getString("origin"),
        flags.isBlank() ? List.of() : Arrays.asList(flags.split(" ")),
        json.readValue(rs.getString("qa"), FINDINGS),
        rs.getLong("billed"));
  }
}
