package org.tarjuma.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Tagged text: a segment's text with its inline codes as numbered tags, the one form in which a
 * sentence travels between the segmenter, the engines, the memory, the quality checks and the XLIFF
 * and TMX exports. This class is its only definition.
 *
 * <ul>
 *   <li>A <b>tag</b> is {@code <n>} (a code that opens), {@code </n>} (one that closes) or {@code
 *       <n/>} (one that stands alone), where {@code n} is one or more ASCII digits {@code 0-9} as
 *       written (so {@code <01>} is a tag with id {@code 01}, not {@code 1}). Nothing else is a
 *       tag: not {@code </1/>}, {@code <1 >}, {@code <a>}, nor digits of other scripts ({@code
 *       <۱>}).
 *   <li>In the text, {@code <} is written {@code &lt;} and {@code &} is written {@code &amp;};
 *       nothing else is escaped.
 *   <li>Reading accepts {@code &gt;} too, as {@code >}. Any other {@code &} and any {@code <} that
 *       does not begin a tag are text as they stand. So every string is tagged text: reading never
 *       fails.
 * </ul>
 *
 * <p>No method returns null; each throws {@link NullPointerException} for a null argument and
 * nothing else unless it says so. Stateless and thread-safe; the records are immutable.
 */
public final class TaggedText {

  private TaggedText() {}

  /** A part of tagged text: a run of text or a tag. */
  public sealed interface Piece permits Text, Tag {}

  /**
   * A run of text between tags.
   *
   * @param text the text as a reader sees it (entities resolved); never empty when it comes from
   *     {@link #parse}
   */
  public record Text(String text) implements Piece {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A tag.
   *
   * @param kind whether it opens, closes or stands alone
   * @param id its digits as written; a tag built with anything else writes text that reads back as
   *     text, not as a tag
   */
  public record Tag(InlineCode.Kind kind, String id) implements Piece {
    public Tag {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
    }

    /** The tag as written: {@code <1>}, {@code </1>} or {@code <1/>}. */
    public String text() {
      return appendTag(new StringBuilder(length()), kind, id).toString();
    }

    private int length() {
      return id.length() + (kind == InlineCode.Kind.OPEN ? 2 : 3);
    }
  }

  /**
   * {@code text} with {@code codes} as tags, each at its {@link InlineCode#offset()}.
   *
   * @param codes in order of offset
   * @throws IndexOutOfBoundsException if a code's offset lies outside the text
   */
  public static String of(String text, List<InlineCode> codes) {
    if (codes.isEmpty()) {
      return escape(text);
    }
    StringBuilder out = new StringBuilder(text.length() + codes.size() * 5);
    int at = 0;
    for (InlineCode code : codes) {
      escape(text, at, code.offset(), out);
      appendTag(out, code.kind(), Integer.toString(code.id()));
      at = code.offset();
    }
    escape(text, at, text.length(), out);
    return out.toString();
  }

  /** {@code text} with {@code <} and {@code &} escaped; {@code text} itself when it has neither. */
  public static String escape(String text) {
    if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
      return text;
    }
    return escape(text, 0, text.length(), new StringBuilder(text.length() + 16)).toString();
  }

  /**
   * Appends {@code text[from, to)} to {@code out} with {@code <} and {@code &} escaped.
   *
   * @return {@code out}
   * @throws IndexOutOfBoundsException if {@code to} lies beyond the text
   */
  public static StringBuilder escape(CharSequence text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '&' -> out.append("&amp;");
        default -> out.append(c);
      }
    }
    return out;
  }

  /**
   * {@code escaped} with {@code &lt;}, {@code &gt;} and {@code &amp;} resolved, read from left to
   * right (so {@code &amp;lt;} is {@code &lt;}); tags are left as they are. The inverse of {@link
   * #escape(String)}.
   */
  public static String unescape(String escaped) {
    return escaped.indexOf('&') < 0 ? escaped : read(escaped, false);
  }

  /**
   * The text as a reader sees it: tags removed, entities resolved. {@code tagged} itself when it
   * has neither.
   */
  public static String plain(String tagged) {
    if (tagged.indexOf('<') < 0 && tagged.indexOf('&') < 0) {
      return tagged;
    }
    return read(tagged, true);
  }

  /**
   * The runs of text and the tags of {@code tagged}, in order: no two runs of text follow each
   * other and none is empty, so the empty string has no pieces. The list is unmodifiable.
   */
  public static List<Piece> parse(String tagged) {
    if (tagged.indexOf('<') < 0) {
      return tagged.isEmpty() ? List.of() : List.of(new Text(unescape(tagged)));
    }
    List<Piece> pieces = new ArrayList<>();
    int from = 0;
    for (int i = nextTag(tagged, 0); i >= 0; i = nextTag(tagged, from)) {
      if (i > from) {
        pieces.add(new Text(unescape(tagged.substring(from, i))));
      }
      Tag tag = tag(tagged, i);
      pieces.add(tag);
      from = i + tag.length();
    }
    if (from < tagged.length()) {
      pieces.add(new Text(unescape(tagged.substring(from))));
    }
    return Collections.unmodifiableList(pieces);
  }

  /** Only the tags of {@code tagged}, in order: what {@link #parse} gives less the text. */
  public static List<Tag> tags(String tagged) {
    List<Tag> tags = new ArrayList<>();
    int i = nextTag(tagged, 0);
    while (i >= 0) {
      Tag tag = tag(tagged, i);
      tags.add(tag);
      i = nextTag(tagged, i + tag.length());
    }
    return Collections.unmodifiableList(tags);
  }

  private static StringBuilder appendTag(StringBuilder out, InlineCode.Kind kind, String id) {
    out.append(kind == InlineCode.Kind.CLOSE ? "</" : "<").append(id);
    return out.append(kind == InlineCode.Kind.ISOLATED ? "/>" : ">");
  }

  /** Where the first tag at or after {@code from} starts, or -1. */
  private static int nextTag(String s, int from) {
    int i = s.indexOf('<', from);
    while (i >= 0 && tagEnd(s, i) < 0) {
      i = s.indexOf('<', i + 1);
    }
    return i;
  }

  /** The tag that starts at {@code start}. */
  private static Tag tag(String s, int start) {
    int end = tagEnd(s, start);
    if (s.charAt(start + 1) == '/') {
      return new Tag(InlineCode.Kind.CLOSE, s.substring(start + 2, end - 1));
    }
    if (s.charAt(end - 2) == '/') {
      return new Tag(InlineCode.Kind.ISOLATED, s.substring(start + 1, end - 2));
    }
    return new Tag(InlineCode.Kind.OPEN, s.substring(start + 1, end - 1));
  }

  /**
   * The end of the tag at {@code i} (where {@code s} has a {@code <}), or -1 if none starts there.
   */
  private static int tagEnd(String s, int i) {
    int n = s.length();
    int j = i + 1;
    boolean close = j < n && s.charAt(j) == '/';
    if (close) {
      j++;
    }
    int digits = j;
    while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
      j++;
    }
    if (j == digits) {
      return -1;
    }
    if (!close && j < n && s.charAt(j) == '/') {
      j++;
    }
    return j < n && s.charAt(j) == '>' ? j + 1 : -1;
  }

  /**
   * {@code s} with its entities resolved and, if {@code dropTags}, its tags removed; {@code s}
   * itself when nothing changes. One pass, and no copy until the first change.
   */
  private static String read(String s, boolean dropTags) {
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int end = -1;
      char resolved = 0;
      if (c == '&') {
        resolved = entity(s, i);
        end = resolved == 0 ? -1 : i + (resolved == '&' ? 5 : 4);
      } else if (c == '<' && dropTags) {
        end = tagEnd(s, i);
      }
      if (end < 0) {
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, copied, i);
      if (resolved != 0) {
        out.append(resolved);
      }
      i = end;
      copied = end;
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }

  /** The character of the entity {@code &lt;}, {@code &gt;} or {@code &amp;} at {@code i}, or 0. */
  private static char entity(String s, int i) {
    if (s.startsWith("&lt;", i)) {
      return '<';
    }
    if (s.startsWith("&gt;", i)) {
      return '>';
    }
    return s.startsWith("&amp;", i) ? '&' : 0;
  }
}
