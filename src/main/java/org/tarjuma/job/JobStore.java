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
import org.tarjuma.segment.Block;
import org.tarjuma.segment.Format;
import org.tarjuma.segment.Segment;
import org.tarjuma.segment.SegmentedArticle;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jobs in the database (H2 or PostgreSQL), each with its article as segmented at submission: the
 * source text, and its blocks and segments (positions, inline codes) as JSON, read back whenever
 * the article is needed again. The rows of translated segments are {@link JobSegments}'.
 */
@Repository
class JobStore {

  private static final TypeReference<List<String>> LINES = new TypeReference<>() {};
  // Every column but the segmented article, which only article() reads.
  private static final String JOB =
      "SELECT id, article_id, outlet, format, source_lang, targets, status, callback_url, error,"
          + " created_at, finished_at, segment_count, repairs FROM job";

  private final JdbcTemplate jdbc;
  private final JsonMapper json;

  JobStore(JdbcTemplate jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The blocks and segments of an article, as stored. */
  private record Stored(List<Block> blocks, List<Segment> segments) {}

  /** Stores a new job with its segmented article, in one statement. */
  void insert(Job job, SegmentedArticle article) {
    jdbc.update(
        "INSERT INTO job (id, article_id, outlet, format, source_lang, targets, source_text,"
            + " status, callback_url, created_at, segment_count, article, repairs) VALUES (?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        job.id(),
        job.articleId(),
        job.outlet(),
        job.format(),
        job.source(),
        String.join(",", job.targets()),
        article.source(),
        job.status(),
        job.callbackUrl(),
        Timestamp.from(job.createdAt()),
        job.segmentCount(),
        json.writeValueAsString(new Stored(article.blocks(), article.segments())),
        json.writeValueAsString(article.repairs()));
  }

  /**
   * Stores the segmented article of a job that has none (stored before articles were kept
   * segmented); false when the job has one already, which is then left as it is.
   */
  boolean keep(String id, SegmentedArticle article) {
    return jdbc.update(
            "UPDATE job SET article = ?, repairs = ?, segment_count = ? WHERE id = ? AND article"
                + " IS NULL",
            json.writeValueAsString(new Stored(article.blocks(), article.segments())),
            json.writeValueAsString(article.repairs()),
            article.segments().size(),
            id)
        == 1;
  }

  Optional<Job> find(String id) {
    return jdbc.query(JOB + " WHERE id = ?", this::job, id).stream().findFirst();
  }

  /** The job's article as segmented at submission; empty when the job is unknown or predates it. */
  Optional<SegmentedArticle> article(String id) {
    return jdbc
        .query(
            "SELECT source_text, format, source_lang, article, repairs FROM job WHERE id = ? AND"
                + " article IS NOT NULL",
            (rs, n) -> {
              Stored stored = json.readValue(rs.getString(4), Stored.class);
              return new SegmentedArticle(
                  rs.getString(1),
                  Format.of(rs.getString(2)),
                  rs.getString(3),
                  stored.blocks(),
                  stored.segments(),
                  lines(rs.getString(5)));
            },
            id)
        .stream()
        .findFirst();
  }

  /** The latest jobs, newest first. */
  List<Job> recent(int limit) {
    return jdbc.query(JOB + " ORDER BY created_at DESC LIMIT ?", this::job, limit);
  }

  /** Jobs a crash or a stop interrupted, oldest first. */
  List<String> unfinished() {
    return jdbc.queryForList(
        "SELECT id FROM job WHERE status IN (?, ?) ORDER BY created_at",
        String.class,
        Job.QUEUED,
        Job.RUNNING);
  }

  /** The article as submitted, for a job stored before articles were kept segmented. */
  String text(String id) {
    return jdbc.queryForObject("SELECT source_text FROM job WHERE id = ?", String.class, id);
  }

  /** Jobs stored before articles were kept segmented (they have no stored segmentation). */
  List<String> unsegmented() {
    return jdbc.queryForList("SELECT id FROM job WHERE article IS NULL", String.class);
  }

  void status(String id, String status, String error) {
    jdbc.update(
        "UPDATE job SET status = ?, error = ?, finished_at = ? WHERE id = ?",
        status,
        error,
        status.equals(Job.DONE) || status.equals(Job.FAILED) ? Timestamp.from(Instant.now()) : null,
        id);
  }

  private List<String> lines(String stored) {
    return stored == null ? List.of() : json.readValue(stored, LINES);
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
        rs.getString("status"),
        rs.getString("callback_url"),
        rs.getString("error"),
        rs.getTimestamp("created_at").toInstant(),
        finished == null ? null : finished.toInstant(),
        rs.getInt("segment_count"),
        lines(rs.getString("repairs")));
  }
}
