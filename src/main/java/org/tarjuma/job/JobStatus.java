package org.tarjuma.job;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tarjuma.calendar.DateStyle;

/**
 * A job as {@code GET /api/v1/jobs/{id}} shows it.
 *
 * @param profile how each target writes dates and digits in this job: its outlet's profile as it
 *     was when the job was submitted ({@link JobProfiles})
 * @param repairs what the parser repaired in a malformed HTML article, one line each
 * @param languages progress per target language
 */
record JobStatus(
    String id,
    String articleId,
    String status,
    String format,
    String source,
    List<String> targets,
    Map<String, DateStyle> profile,
    Instant createdAt,
    Instant finishedAt,
    String error,
    List<String> repairs,
    Map<String, LanguageProgress> languages) {

  /**
   * @param done segments stored so far
   * @param total segments in the article
   * @param reused of those, from the memory or the segment cache (not paid again)
   * @param translated of those, newly translated by an engine
   * @param needsEngine of those, left untranslated: no engine on the route could (source kept)
   * @param charactersBilled what the engines billed for this language
   * @param qaFlagged segments with at least one QA finding
   */
  record LanguageProgress(
      int done,
      int total,
      int reused,
      int translated,
      int needsEngine,
      long charactersBilled,
      int qaFlagged) {}
}
