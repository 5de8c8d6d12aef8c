package org.tarjuma.job;

import java.time.Instant;
import java.util.List;
import org.tarjuma.segment.Format;
import org.tarjuma.segment.SegmentedArticle;
import org.tarjuma.testing.Fixtures;

/** Jobs written straight to the store, as the node they are submitted to writes them. */
final class StoredJobs {

  private StoredJobs() {}

  /** An English plain-text article, segmented as a submission is. */
  static SegmentedArticle article(String text) {
    return Fixtures.SEGMENTER.segment(text, Format.TEXT, Fixtures.LANGUAGES.require("en"));
  }

  /**
   * Stores a job of Dawn's into Urdu with this status (ended now if it is done), calling back
   * {@code callbackUrl} (or nobody when null), and returns it. It keeps no outlet profile, as a job
   * stored before they were kept: it applies Dawn's current one.
   */
  static Job insert(
      JobStore store, String id, String status, SegmentedArticle article, String callbackUrl) {
    Instant now = Instant.now();
    Job job =
        new Job(
            id,
            null,
            "dawn",
            "text",
            "en",
            List.of("ur"),
            status,
            callbackUrl,
            null,
            now,
            status.equals(Job.DONE) ? now : null,
            article.segments().size(),
            List.of(),
            null);
    store.insert(job, article);
    return job;
  }
}
