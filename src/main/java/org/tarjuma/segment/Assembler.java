package org.tarjuma.segment;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Puts an article back together in its format from its source and some translated segments. */
final class Assembler {

  private final SegmentedArticle article;
  private final String source;
  private final List<Segment> segments;

  /** The segments of attribute values, by start: the only ones that lie inside another's code. */
  private final List<Segment> attributes;

  private Map<String, String> translations;

  Assembler(SegmentedArticle article) {
    this.article = article;
    this.source = article.source();
    this.segments = article.segments();
    this.attributes = segments.stream().filter(this::isAttribute).toList();
  }

  String assemble(Map<String, String> translations) {
    this.translations = translations;
    StringBuilder out = new StringBuilder(source.length());
    int cursor = 0;
    for (Segment segment : segments) {
      if (segment.start() < cursor) {
        continue; // lies inside the markup of a code of the segment before: rendered with it
      }
      out.append(source, cursor, segment.start());
      render(segment, out);
      cursor = segment.end();
    }
    out.append(source, cursor, source.length());
    return out.toString();
  }

  private void render(Segment segment, StringBuilder out) {
    String translation = translations.get(segment.id());
    if (translation == null) {
      sourceWithNested(segment.start(), segment.end(), segment, out);
      return;
    }
    boolean attribute = isAttribute(segment);
    // By tag, and in a set: a segment can hold tens of thousands of codes (inline HTML in
    // Markdown), and a list searched once per tag would take minutes.
    Map<String, InlineCode> byTag = new HashMap<>();
    segment.codes().forEach(code -> byTag.putIfAbsent(code.tag(), code));
    Set<InlineCode> unused = new LinkedHashSet<>(segment.codes());
    for (TaggedText.Piece piece : TaggedText.parse(translation)) {
      switch (piece) {
        case TaggedText.Text text -> escape(text.text(), attribute, out);
        case TaggedText.Tag tag -> {
          InlineCode code = codeFor(segment, byTag, tag.text());
          unused.remove(code);
          sourceWithNested(code.start(), code.end(), segment, out);
        }
      }
    }
    for (InlineCode code : unused) {
      sourceWithNested(code.start(), code.end(), segment, out);
    }
  }

  /**
   * Source text of [from, to) with the attribute segments inside it rendered in place. Only
   * attribute values nest (in the markup of another segment's code), and they hold nothing: the
   * recursion through {@link #render} is at most two deep.
   */
  private void sourceWithNested(int from, int to, Segment outer, StringBuilder out) {
    int cursor = from;
    for (int k = firstAttributeFrom(from); k < attributes.size(); k++) {
      Segment nested = attributes.get(k);
      if (nested.start() >= to) {
        break;
      }
      if (nested != outer
          && !isAttribute(outer)
          && nested.start() >= cursor
          && nested.end() <= to) {
        out.append(source, cursor, nested.start());
        render(nested, out);
        cursor = nested.end();
      }
    }
    out.append(source, cursor, to);
  }

  /** The index of the first attribute segment that starts at or after {@code from}. */
  private int firstAttributeFrom(int from) {
    int low = 0;
    int high = attributes.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (attributes.get(mid).start() < from) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private boolean isAttribute(Segment segment) {
    return article.blocks().get(segment.block()).kind() == BlockKind.ATTRIBUTE;
  }

  private static InlineCode codeFor(Segment segment, Map<String, InlineCode> byTag, String tag) {
    InlineCode code = byTag.get(tag);
    if (code != null) {
      return code;
    }
    throw new IllegalArgumentException(
        "segment "
            + segment.id()
            + " has no inline code "
            + tag
            + "; it has "
            + segment.codes().stream().map(InlineCode::tag).toList());
  }

  private void escape(CharSequence text, boolean attribute, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement =
          switch (article.format()) {
            case TEXT -> null;
            case HTML -> htmlEscape(c, attribute);
            case MARKDOWN -> "\\*_`[]<>&".indexOf(c) < 0 ? null : c == '&' ? "&amp;" : "\\" + c;
          };
      if (replacement == null) {
        out.append(c);
      } else {
        out.append(replacement);
      }
    }
  }

  private static String htmlEscape(char c, boolean attribute) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> attribute ? "&quot;" : null;
      case '\'' -> attribute ? "&#39;" : null;
      default -> null;
    };
  }
}
