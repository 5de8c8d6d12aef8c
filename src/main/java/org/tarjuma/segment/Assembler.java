package org.tarjuma.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Puts an article back together in its format from its source and some translated segments. */
final class Assembler {

  private final SegmentedArticle article;
  private final String source;
  private final List<Segment> segments;
  private Map<String, String> translations;

  Assembler(SegmentedArticle article) {
    this.article = article;
    this.source = article.source();
    this.segments = article.segments();
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
    List<InlineCode> unused = new ArrayList<>(segment.codes());
    int i = 0;
    StringBuilder text = new StringBuilder();
    while (i < translation.length()) {
      int tagEnd = tagEnd(translation, i);
      if (tagEnd < 0) {
        i = unescapeOne(translation, i, text);
        continue;
      }
      escape(text, attribute, out);
      text.setLength(0);
      InlineCode code = codeFor(segment, translation.substring(i, tagEnd));
      unused.remove(code);
      sourceWithNested(code.start(), code.end(), segment, out);
      i = tagEnd;
    }
    escape(text, attribute, out);
    for (InlineCode code : unused) {
      sourceWithNested(code.start(), code.end(), segment, out);
    }
  }

  /**
   * Source text of [from, to) with the attribute segments inside it rendered in place. Only
   * attribute values nest (in the markup of another segment's code), and they hold nothing.
   */
  private void sourceWithNested(int from, int to, Segment outer, StringBuilder out) {
    int cursor = from;
    for (Segment nested : segments) {
      if (nested != outer
          && isAttribute(nested)
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

  private boolean isAttribute(Segment segment) {
    return article.blocks().get(segment.block()).kind() == BlockKind.ATTRIBUTE;
  }

  private static InlineCode codeFor(Segment segment, String tag) {
    for (InlineCode code : segment.codes()) {
      if (code.tag().equals(tag)) {
        return code;
      }
    }
    throw new IllegalArgumentException(
        "segment "
            + segment.id()
            + " has no inline code "
            + tag
            + "; it has "
            + segment.codes().stream().map(InlineCode::tag).toList());
  }

  /** End of a tag {@code <1>}, {@code </1>} or {@code <1/>} starting at {@code i}, or -1. */
  private static int tagEnd(String s, int i) {
    if (s.charAt(i) != '<') {
      return -1;
    }
    int j = i + 1;
    if (j < s.length() && s.charAt(j) == '/') {
      j++;
    }
    int digits = j;
    while (j < s.length() && Character.isDigit(s.charAt(j))) {
      j++;
    }
    if (j == digits) {
      return -1;
    }
    if (j < s.length() && s.charAt(j) == '/' && s.charAt(i + 1) != '/') {
      j++;
    }
    return j < s.length() && s.charAt(j) == '>' ? j + 1 : -1;
  }

  private static int unescapeOne(String s, int i, StringBuilder text) {
    for (String[] entity : new String[][] {{"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
      if (s.startsWith(entity[0], i)) {
        text.append(entity[1]);
        return i + entity[0].length();
      }
    }
    text.append(s.charAt(i));
    return i + 1;
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
