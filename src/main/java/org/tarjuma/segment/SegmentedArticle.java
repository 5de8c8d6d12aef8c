package org.tarjuma.segment;

import java.util.List;
import java.util.Map;

/**
 * An article cut into blocks and segments, able to put itself back together.
 *
 * @param source the article as submitted
 * @param format its format
 * @param lang the code of its language
 * @param blocks its blocks in document order
 * @param segments its segments in source order; their source ranges never overlap, except that an
 *     attribute segment may lie inside the markup of another segment's code
 * @param repairs what the parser repaired in a malformed source (HTML parsed leniently, as browsers
 *     do: unclosed or stray tags), one line each with its offset; empty for text and Markdown,
 *     which have no malformed form
 */
public record SegmentedArticle(
    String source,
    Format format,
    String lang,
    List<Block> blocks,
    List<Segment> segments,
    List<String> repairs) {

  public SegmentedArticle {
    blocks = List.copyOf(blocks);
    segments = List.copyOf(segments);
    repairs = List.copyOf(repairs);
  }

  /**
   * The article in its own format with each segment whose id is a key of {@code translations}
   * replaced by that value, given as {@link Segment#tagged() tagged text}; every other segment and
   * everything between segments stays byte for byte as in the source. So {@code assemble(Map.of())}
   * returns the source unchanged. Codes missing from a translation are put at its end, so markup
   * stays balanced.
   *
   * @throws IllegalArgumentException if a translation names a code its segment does not have
   */
  public String assemble(Map<String, String> translations) {
    return new Assembler(this).assemble(translations);
  }
}
