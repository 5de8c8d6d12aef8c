/**
 * Translation jobs: an outlet's article checked ({@code Submissions}), segmented once and stored
 * with the job ({@code JobStore}), translated in the background ({@code JobRunner}: what needs no
 * engine first, then chunk by chunk through the engines, each chunk's rows stored as it is done,
 * {@code JobSegments}), resumed after a restart, followed by events ({@code JobEvents}) and
 * returned in the article's own format, as JSON or as XLIFF ({@code JobResults}); and the
 * translators' review of it ({@code ReviewPage}, {@code Reviews}), on the page or as an XLIFF file
 * translated elsewhere and sent back ({@code XliffUploads}), whose approvals become translation
 * memory.
 */
@ApplicationModule(
    allowedDependencies = {
      "calendar",
      "cluster",
      "engine",
      "glossary",
      "language",
      "memory",
      "outlet",
      "qa",
      "security",
      "segment",
      "web"
    })
package org.tarjuma.job;

import org.springframework.modulith.ApplicationModule;
