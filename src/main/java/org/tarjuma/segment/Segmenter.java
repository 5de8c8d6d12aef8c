package org.tarjuma.segment;

import java.util.List;
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
  /**
   * What the parser repaired in a malformed source, one line each with its offset: HTML parsed
   * leniently, as browsers do (unclosed or stray tags). Empty for text and Markdown, which have no
   * malformed form.
   */
  static List<String> repairs(String source, Format format) {
    return format == Format.HTML ? HtmlParser.repairs(source) : List.of();
  }

  static Segmenter create(Languages languages) {
    return new NewsSegmenter(languages);
  }
}
