package org.tarjuma.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarjuma.calendar.DateStyle;

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
 * @param profile the outlet's dates and digits for each target, as at submission ({@link
 *     JobProfiles}); null for a job stored before they were kept, which applies the outlet's
 *     current profile
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
    List<String> repairs,
    Map<String, DateStyle> profile) {

  static final String QUEUED = "queued";
  static final String RUNNING = "running";
  static final String DONE = "done";
  static final String FAILED = "failed";

  Job {
    targets = List.copyOf(targets);
    repairs = repairs == null ? List.of() : List.copyOf(repairs);
    profile = profile == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(profile));
  }

  /** The article's date: the day it was submitted (UTC), for dates written without their year. */
  LocalDate dated() {
    return LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
  }

  /** The same job applying {@code styles}. */
  Job withProfile(Map<String, DateStyle> styles) {
    return new Job(
        id,
        articleId,
        outlet,
        format,
        source,
        targets,
        status,
        callbackUrl,
        error,
        createdAt,
        finishedAt,
        segmentCount,
        repairs,
        styles);
  }

  /** Whether it has ended, done or failed. */
  boolean over() {
    return status.equals(DONE) || status.equals(FAILED);
  }
}
