package org.tarjuma.segment;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Inline markup inside a segment (emphasis, a link, a code span, a tag) that a translation must
 * carry over but never translate.
 *
 * @param id its number, from 1 in each segment; an opening and its closing code share it
 * @param kind whether it opens, closes, or stands alone
 * @param offset where it sits in the segment's {@link Segment#text()}, in UTF-16 units
 * @param start UTF-16 offset of the markup in the source
 * @param end UTF-16 offset just after the markup in the source
 * @param markup the markup as it is in the source
 */
public record InlineCode(int id, Kind kind, int offset, int start, int end, String markup) {

  /** How a code relates to its neighbours; lower-case in JSON ({@code open}). */
  public enum Kind {
    OPEN,
    CLOSE,
    ISOLATED;

    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The code in a segment's tagged text: {@code <1>}, {@code </1>} or {@code <1/>}. */
  public String tag() {
    return new TaggedText.Tag(kind, Integer.toString(id)).text();
  }
}
