package org.tarjuma.segment;

import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;

/**
 * Cuts an article into blocks and sentences. Thread-safe.
 *
 * <p>Sentences are found by ICU4J's {@code BreakIterator} corrected by each language's exception
 * rules, kept as data files under {@code segment/} (abbreviations, titles, sentence starters).
 */
public interface Segmenter {

  /**
   * Segments {@code source}; never returns null. A blank source gives no segments, never an empty
   * one.
   */
  SegmentedArticle segment(String source, Format format, Language language);

  /** A segmenter for every language of {@code languages}; for use outside Spring. */
  static Segmenter create(Languages languages) {
    return new NewsSegmenter(languages);
  }
}
