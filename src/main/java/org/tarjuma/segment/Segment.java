package org.tarjuma.segment;

import java.util.List;

/**
 * One sentence (or heading, list item, attribute value) of an article: the unit that is translated,
 * cached and reviewed. Never empty.
 *
 * @param id stable id: a hash of the whitespace-normalized NFC text and of how many identical
 *     sentences came before it in the article, so editing one sentence changes one id
 * @param block the index of its {@link Block}
 * @param text the sentence as a reader sees it, without markup
 * @param start UTF-16 offset of its first character in the source (markup included)
 * @param end UTF-16 offset just after its last character in the source
 * @param codes the inline markup inside it, in order of offset
 */
public record Segment(
    String id, int block, String text, int start, int end, List<InlineCode> codes) {

  public Segment {
    if (text.isBlank()) {
      throw new IllegalArgumentException("a segment is never empty");
    }
    codes = List.copyOf(codes);
  }

  /**
   * The text with its codes as tags ({@code <1>}, {@code </1>}, {@code <1/>}) and {@code <}, {@code
   * &} escaped as {@code &lt;}, {@code &amp;}: the form a translation is given back in, as {@link
   * TaggedText} defines it.
   */
  public String tagged() {
    return TaggedText.of(text, codes);
  }
}
