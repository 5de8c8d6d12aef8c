package org.tarjuma.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tarjuma.qa.Finding;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Jobs and their segments in the database (H2 or PostgreSQL). */
@Repository
class JobStore {

  private final JdbcTemplate jdbc;
  private final JsonMapper json;

  JobStore(JdbcTemplate jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(Job job) {
    jdbc.update(
        "INSERT INTO job (id, article_id, outlet, format, source_lang, targets, source_text,"
            + " status, callback_url, created_at, segment_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?)",
        job.id(),
        job.articleId(),
        job.outlet(),
        job.format(),
        job.source(),
        String.join(",", job.targets()),
        job.text(),
        job.status(),
        job.callbackUrl(),
        Timestamp.from(job.createdAt()),
        job.segmentCount());
  }

  Optional<Job> find(String id) {
    return jdbc.query("SELECT * FROM job WHERE id = ?", this::job, id).stream().findFirst();
  }

  /** A segment's review state: its version (for stale edits) and what a translator decided. */
  record Review(int version, String review, String reviewedBy) {}

  /** The review state of every stored segment of a job: by language, then position. */
  java.util.Map<String, java.util.Map<Integer, Review>> reviews(String jobId) {
    java.util.Map<String, java.util.Map<Integer, Review>> out = new java.util.HashMap<>();
    jdbc.query(
        "SELECT lang, position, version, review, reviewed_by FROM job_segment WHERE job_id = ?",
        rs -> {
          out.computeIfAbsent(rs.getString(1), l -> new java.util.HashMap<>())
              .put(rs.getInt(2), new Review(rs.getInt(3), rs.getString(4), rs.getString(5)));
        },
        jobId);
    return out;
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
            json.writeValueAsString(qa),
            review,
            by,
            Timestamp.from(Instant.now()),
            jobId,
            lang,
            position,
            version)
        == 1;
  }

  /** The latest jobs, newest first. */
  List<Job> recent(int limit) {
    return jdbc.query("SELECT * FROM job ORDER BY created_at DESC LIMIT ?", this::job, limit);
  }

  /** Jobs a crash or a stop interrupted, oldest first. */
  List<String> unfinished() {
    return jdbc.queryForList(
        "SELECT id FROM job WHERE status IN (?, ?) ORDER BY created_at",
        String.class,
        Job.QUEUED,
        Job.RUNNING);
  }

  void status(String id, String status, String error) {
    jdbc.update(
        "UPDATE job SET status = ?, error = ?, finished_at = ? WHERE id = ?",
        status,
        error,
        status.equals(Job.DONE) || status.equals(Job.FAILED) ? Timestamp.from(Instant.now()) : null,
        id);
  }

  /** Stores rows and sets the job's status, in one transaction. */
  @Transactional
  void saveSegments(
      String jobId, java.util.Map<String, List<JobSegment>> byLanguage, String status) {
    saveSegments(jobId, byLanguage);
    status(jobId, status, null);
  }

  /** Stores a chunk's rows, every language at once; a position is stored once, never replaced. */
  @Transactional
  void saveSegments(String jobId, java.util.Map<String, List<JobSegment>> byLanguage) {
    if (byLanguage.isEmpty()) {
      return;
    }
    // Plain JDBC with typed setters: the rows of a chunk are the hot path of a job.
    jdbc.execute(
        (java.sql.Connection connection) -> {
          try (java.sql.PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO job_segment (job_id, lang, position, segment_id, source, target,"
                      + " engine, origin, flags, qa, billed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                      + " ?)")) {
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
                insert.setString(10, s.qa().isEmpty() ? "[]" : json.writeValueAsString(s.qa()));
                insert.setLong(11, s.billed());
                insert.addBatch();
              }
            }
            insert.executeBatch();
          }
          return null;
        });
  }

  /** The positions already stored for a job, by language (languages without any absent). */
  java.util.Map<String, java.util.Set<Integer>> positions(String jobId) {
    java.util.Map<String, java.util.Set<Integer>> stored = new java.util.HashMap<>();
    jdbc.query(
        "SELECT lang, position FROM job_segment WHERE job_id = ?",
        rs -> {
          stored.computeIfAbsent(rs.getString(1), l -> new java.util.HashSet<>()).add(rs.getInt(2));
        },
        jobId);
    return stored;
  }

  List<JobSegment> segments(String jobId, String lang) {
    return jdbc.query(
        "SELECT * FROM job_segment WHERE job_id = ? AND lang = ? ORDER BY position",
        (rs, n) -> segment(rs),
        jobId,
        lang);
  }

  /** One stored segment and its review state, if the position is stored for the language. */
  Optional<Stored> segment(String jobId, String lang, int position) {
    return jdbc
        .query(
            "SELECT * FROM job_segment WHERE job_id = ? AND lang = ? AND position = ?",
            (rs, n) ->
                new Stored(
                    segment(rs),
                    new Review(
                        rs.getInt("version"), rs.getString("review"), rs.getString("reviewed_by"))),
            jobId,
            lang,
            position)
        .stream()
        .findFirst();
  }

  /** A stored segment with its review state. */
  record Stored(JobSegment segment, Review review) {}

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
        json.readValue(rs.getString("qa"), new TypeReference<List<Finding>>() {}),
        rs.getLong("billed"));
  }

  private Job job(ResultSet rs, int n) throws SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    return new Job(
        rs.getString("id"),
        rs.getString("article_id"),
        rs.getString("outlet"),
        rs.getString("format"),
        rs.getString("source_lang"),
        Arrays.asList(rs.getString("targets").split(",")),
        rs.getString("source_text"),
        rs.getString("status"),
        rs.getString("callback_url"),
        rs.getString("error"),
        rs.getTimestamp("created_at").toInstant(),
        finished == null ? null : finished.toInstant(),
        rs.getInt("segment_count"));
  }
}
