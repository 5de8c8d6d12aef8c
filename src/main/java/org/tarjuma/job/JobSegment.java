package org.tarjuma.job;

import java.util.List;
import org.tarjuma.qa.Finding;

/**
 * One segment of a job in one language.
 *
 * @param position its index in the article
 * @param id the segment id
 * @param source the source, tagged
 * @param target the translation, tagged; null when none was had
 * @param status {@code translated}, or {@code needs_engine} when no engine on the route could
 * @param engine who translated it
 * @param origin {@code memory}, {@code cache} or {@code engine}
 * @param flags the engines' flags
 * @param qa the quality checks' findings
 * @param billed characters billed for it
 */
record JobSegment(
    int position,
    String id,
    String source,
    String target,
    String status,
    String engine,
    String origin,
    List<String> flags,
    List<Finding> qa,
    long billed) {

  static final String TRANSLATED = "translated";
  static final String NEEDS_ENGINE = "needs_engine";
}
