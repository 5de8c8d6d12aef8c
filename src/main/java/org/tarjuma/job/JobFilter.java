package org.tarjuma.job;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;
import org.tarjuma.web.Instants;
import org.tarjuma.web.Limits;
import org.tarjuma.web.Problems;

/**
 * Which jobs {@code GET /api/v1/jobs} lists, and from where: every field may be null (no filter).
 *
 * @param outlet only this outlet's (an outlet key's own; null for the other roles: all)
 * @param articleId only the revisions of this article
 * @param status only jobs in this state (queued, running, done, failed)
 * @param lang only jobs with this target language (its code)
 * @param since only jobs submitted at or after this time
 * @param after only jobs older than this cursor (the next page)
 */
record JobFilter(
    String outlet, String articleId, String status, String lang, Instant since, JobCursor after) {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;
  private static final Set<String> STATUSES = Set.of(Job.QUEUED, Job.RUNNING, Job.DONE, Job.FAILED);

  /**
   * The filter of a request's parameters.
   *
   * @throws ErrorResponseException 400 naming the parameter that is not valid
   */
  static JobFilter of(
      String outlet,
      String articleId,
      String status,
      String lang,
      String since,
      String cursor,
      Languages languages) {
    Limits.check("The parameter 'articleId'", articleId, Limits.ARTICLE_ID);
    if (status != null && !STATUSES.contains(status)) {
      throw invalid("status", "must be one of queued, running, done, failed");
    }
    return new JobFilter(
        outlet,
        articleId,
        status,
        lang == null ? null : language(lang, languages),
        since == null ? null : instant(since),
        JobCursor.decode(cursor));
  }

  /** The page size asked for: {@value #DEFAULT_LIMIT} when none, 1 to {@value #MAX_LIMIT}. */
  static int limit(String limit) {
    if (limit == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(limit.strip());
      if (n >= 1 && n <= MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException notANumber) {
      // answered below, as any other number out of range
    }
    throw invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
  }

  private static String language(String lang, Languages languages) {
    return languages
        .find(lang)
        .map(Language::code)
        .orElseThrow(() -> invalid("lang", "is not a language code such as ur, ps or prs"));
  }

  /** An ISO 8601 instant ({@code 2026-12-01T08:00:00Z}) or a date, its start in UTC. */
  private static Instant instant(String since) {
    return Instants.parse(since)
        .orElseThrow(
            () ->
                invalid(
                    "since",
                    "must be a date (2026-12-01) or a time with its offset"
                        + " (2026-12-01T08:00:00Z)"));
  }

  /** A 400 naming the parameter, in its detail and as the property {@code field}. */
  static ErrorResponseException invalid(String parameter, String rule) {
    ErrorResponseException problem =
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "Invalid parameter",
            "The parameter '" + parameter + "' " + rule + ".");
    problem.getBody().setProperty("field", parameter);
    return problem;
  }

  /**
   * The SQL condition of this filter (after {@code WHERE}), its arguments added to {@code args}.
   */
  String where(List<Object> args) {
    List<String> conditions = new ArrayList<>();
    conditions.add("1 = 1");
    add(conditions, args, "outlet = ?", outlet);
    add(conditions, args, "article_id = ?", articleId);
    add(conditions, args, "status = ?", status);
    add(
        conditions,
        args,
        "(',' || targets || ',') LIKE ?",
        lang == null ? null : "%," + lang + ",%");
    add(conditions, args, "created_at >= ?", since == null ? null : Timestamp.from(since));
    if (after != null) {
      Timestamp at = Timestamp.from(after.createdAt());
      conditions.add("(created_at < ? OR (created_at = ? AND id < ?))");
      args.add(at);
      args.add(at);
      args.add(after.id());
    }
    return String.join(" AND ", conditions);
  }

  private static void add(List<String> conditions, List<Object> args, String sql, Object value) {
    if (value != null) {
      conditions.add(sql);
      args.add(value);
    }
  }
}
