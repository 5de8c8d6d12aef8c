package org.tarjuma.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
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
 * source text, and its blocks and segments (positions, inline codes) as JSON, in the job's row or,
 * for a long article, in parts (see V11), read back whenever the article is needed again. The rows
 * of translated segments are {@link JobSegments}'.
 */
@Repository
class JobStore {

  static final int PART = 100_000;
  private static final TypeReference<List<String>> LINES = new TypeReference<>() {};
  // Every column but the source text, which only article() and a legacy job's backfill read.
  private static final String JOB =
      "SELECT id, article_id, outlet, format, source_lang, targets, status, callback_url, error,"
          + " created_at, finished_at, segment_count, repairs, profile FROM job";

  private final JdbcTemplate jdbc;
  private final JsonMapper json;

  private final JobLeases leases;

  JobStore(JdbcTemplate jdbc, JsonMapper json, JobLeases leases) {
    this.jdbc = jdbc;
    this.json = json;
    this.leases = leases;
  }

  /** The blocks and segments of an article, as stored. */
  private record Stored(List<Block> blocks, List<Segment> segments) {}

  /**
   * Stores a new job with the outlet profile it applies and its segmented article: the article in
   * the job's row when its JSON takes at most {@value #PART} characters (one statement, nothing
   * else to wait for), else in parts written first, so that a job row never stands without its
   * whole article. The job is leased to this node from the start: it runs here at once, and no
   * other node takes it while this one lives.
   */
  void insert(Job job, SegmentedArticle article) {
    String content = content(article);
    String inline = content.length() <= PART ? content : null;
    if (inline == null) {
      parts(job.id(), content);
    }
    jdbc.update(
        "INSERT INTO job (id, article_id, outlet, format, source_lang, targets, source_text,"
            + " status, callback_url, created_at, segment_count, repairs, article, profile,"
            + " lease_owner, lease_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + leases.newLease()
            + ")",
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
        json.writeValueAsString(article.repairs()),
        inline,
        JobProfiles.write(job.profile()),
        leases.holder());
  }

  /**
   * Stores the segmented article of a job that has none (stored before articles were kept
   * segmented); false when it has one already (another thread was first), which is left as it is.
   */
  boolean keep(String id, SegmentedArticle article) {
    String content = content(article);
    String inline = content.length() <= PART ? content : null;
    if (inline == null) {
      try {
        parts(id, content);
      } catch (DuplicateKeyException storedMeanwhile) {
        return false;
      }
    }
    return jdbc.update(
            "UPDATE job SET article = ?, repairs = ?, segment_count = ? WHERE id = ? AND article"
                + " IS NULL",
            inline,
            json.writeValueAsString(article.repairs()),
            article.segments().size(),
            id)
        == 1;
  }

  private String content(SegmentedArticle article) {
    return json.writeValueAsString(new Stored(article.blocks(), article.segments()));
  }

  /** A long article's JSON in parts of at most {@value #PART} characters, pairs never split. */
  private void parts(String id, String content) {
    List<Object[]> parts = new ArrayList<>();
    for (int from = 0; from < content.length(); ) {
      int to = Math.min(content.length(), from + PART);
      if (to < content.length() && Character.isHighSurrogate(content.charAt(to - 1))) {
        to--;
      }
      parts.add(new Object[] {id, parts.size(), content.substring(from, to)});
      from = to;
    }
    jdbc.batchUpdate(
        "INSERT INTO job_article_part (job_id, part, content) VALUES (?, ?, ?)", parts);
  }

  Optional<Job> find(String id) {
    return jdbc.query(JOB + " WHERE id = ?", this::job, id).stream().findFirst();
  }

  /** The job's article as segmented at submission; empty when the job is unknown or predates it. */
  Optional<SegmentedArticle> article(String id) {
    return jdbc
        .query(
            "SELECT source_text, format, source_lang, repairs, article FROM job WHERE id = ?",
            (rs, n) -> {
              String content = rs.getString(5) != null ? rs.getString(5) : parts(id);
              if (content.isEmpty()) {
                return null;
              }
              Stored stored = json.readValue(content, Stored.class);
              return new SegmentedArticle(
                  rs.getString(1),
                  Format.of(rs.getString(2)),
                  rs.getString(3),
                  stored.blocks(),
                  stored.segments(),
                  lines(rs.getString(4)));
            },
            id)
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  private String parts(String id) {
    StringBuilder content = new StringBuilder();
    jdbc.query(
        "SELECT content FROM job_article_part WHERE job_id = ? ORDER BY part",
        rs -> {
          content.append(rs.getString(1));
        },
        id);
    return content.toString();
  }

  /** The latest jobs, newest first. */
  List<Job> recent(int limit) {
    return jdbc.query(JOB + " ORDER BY created_at DESC LIMIT ?", this::job, limit);
  }

  /**
   * The jobs this filter lets through, newest first (by submission time, then id, descending: the
   * order a {@link JobCursor} continues), at most {@code limit}.
   */
  List<Job> list(JobFilter filter, int limit) {
    List<Object> args = new ArrayList<>();
    String where = filter.where(args);
    args.add(limit);
    return jdbc.query(
        JOB + " WHERE " + where + " ORDER BY created_at DESC, id DESC LIMIT ?",
        this::job,
        args.toArray());
  }

  /** The article as submitted, for a job stored before articles were kept segmented. */
  String text(String id) {
    return jdbc.queryForObject("SELECT source_text FROM job WHERE id = ?", String.class, id);
  }

  /** Jobs stored before articles were kept segmented (they have no stored segmentation). */
  List<String> unsegmented() {
    return jdbc.queryForList(
        "SELECT id FROM job WHERE article IS NULL AND NOT EXISTS (SELECT 1 FROM job_article_part"
            + " WHERE job_id = job.id)",
        String.class);
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
        lines(rs.getString("repairs")),
        JobProfiles.read(rs.getString("profile")));
  }
}
