package org.tarjuma.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * What the usage charts need to know of translated segments, which the engines do not keep: where
 * each came from and which QA flagged. The module that stores segments implements it. A segment's
 * day is the UTC day its job was submitted. Implementations are thread-safe and never return null.
 */
public interface SegmentHistory {

  /**
   * A count for one day and one key.
   *
   * @param day a UTC day
   * @param key an origin or a language
   * @param count how many segments, at least 1
   */
  record Count(LocalDate day, String key, long count) {}

  /**
   * Translated segments per day and origin ({@code memory}, {@code cache}, {@code engine}), for
   * jobs submitted from {@code from} (included) to {@code to} (excluded).
   */
  List<Count> origins(LocalDate from, LocalDate to);

  /**
   * Segments with at least one QA finding per day and target language, for jobs submitted from
   * {@code from} (included) to {@code to} (excluded).
   */
  List<Count> flagged(LocalDate from, LocalDate to);
}
