package org.tarjuma.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A submitted article, without its text: that is read with the segmented article ({@link
 * JobStore#article}), where it is needed.
 *
 * @param id its id (a UUID)
 * @param articleId the outlet's own id for the article, so revisions can be told apart; may be null
 * @param outlet who submitted it
 * @param format text, markdown or html
 * @param source en
 * @param targets the languages asked for
 * @param status queued, running, done or failed
 * @param callbackUrl where to POST when done; may be null
 * @param error why it failed; null unless failed
 * @param createdAt when it was submitted
 * @param finishedAt when it ended; null before
 * @param segmentCount how many segments the article has
 * @param repairs what the parser repaired in the article (malformed HTML), one line each
 */
record Job(
    String id,
    String articleId,
    String outlet,
    String format,
    String source,
    List<String> targets,
    String status,
    String callbackUrl,
    String error,
    Instant createdAt,
    Instant finishedAt,
    int segmentCount,
    List<String> repairs) {

  static final String QUEUED = "queued";
  static final String RUNNING = "running";
  static final String DONE = "done";
  static final String FAILED = "failed";

  Job {
    targets = List.copyOf(targets);
    repairs = repairs == null ? List.of() : List.copyOf(repairs);
  }

  /** The article's date: the day it was submitted (UTC), for its dates written without a year. */
  LocalDate dated() {
    return LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
  }

  /** Whether it has ended, done or failed. */
  boolean over() {
    return status.equals(DONE) || status.equals(FAILED);
  }
}
