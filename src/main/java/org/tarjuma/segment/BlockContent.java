package org.tarjuma.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The readable text of one block as a parser finds it, with where each of its characters and codes
 * comes from in the source. Sentence splitting works on {@link #plain()}; segments map back to the
 * source through {@link #sourceStart} and {@link #sourceEnd}.
 */
final class BlockContent {

  /** A code found in the block; {@code plainOffset} is where it sits in the plain text. */
  record Code(int id, InlineCode.Kind kind, int plainOffset, int start, int end, String markup) {}

  BlockKind kind;
  private final String source;
  private final boolean collapseSpaces;
  private final StringBuilder plain = new StringBuilder();
  private int[] from = new int[64];
  private int[] to = new int[64];
  private final List<Code> codes = new ArrayList<>();
  private int nextId = 1;

  BlockContent(BlockKind kind, String source, boolean collapseSpaces) {
    this.kind = kind;
    this.source = source;
    this.collapseSpaces = collapseSpaces;
  }

  String plain() {
    return plain.toString();
  }

  CharSequence plainView() {
    return plain;
  }

  int sourceStart(int plainIndex) {
    return from[plainIndex];
  }

  int sourceEnd(int plainIndex) {
    return to[plainIndex];
  }

  List<Code> codes() {
    return codes;
  }

  boolean isEmpty() {
    return plain.isEmpty() && codes.isEmpty();
  }

  /** Source characters that read as themselves; runs of white space collapse where they should. */
  void text(int start, int end) {
    int i = start;
    while (i < end) {
      char c = source.charAt(i);
      if (collapseSpaces && isCollapsible(c)) {
        int j = i + 1;
        while (j < end && isCollapsible(source.charAt(j))) {
          j++;
        }
        if (j - i == 1 && c == ' ') {
          put(' ', i, i + 1);
        } else {
          put(' ', i, j);
        }
        i = j;
      } else {
        put(c, i, i + 1);
        i++;
      }
    }
  }

  /** Characters shown as {@code display} that stand for {@code source[start, end)} as a whole. */
  void atomic(String display, int start, int end) {
    for (int k = 0; k < display.length(); k++) {
      put(display.charAt(k), start, end);
    }
  }

  int open(int start, int end) {
    int id = nextId++;
    code(id, InlineCode.Kind.OPEN, start, end, "");
    return id;
  }

  void close(int id, int start, int end) {
    code(id, InlineCode.Kind.CLOSE, start, end, "");
  }

  /**
   * A code that stands alone, read as {@code display} ("" for most, a line break for {@code <br>}).
   */
  void isolated(int start, int end, String display) {
    code(nextId++, InlineCode.Kind.ISOLATED, start, end, display);
  }

  private void code(int id, InlineCode.Kind kind, int start, int end, String display) {
    codes.add(new Code(id, kind, plain.length(), start, end, source.substring(start, end)));
    atomic(display, start, end);
  }

  private void put(char c, int start, int end) {
    int n = plain.length();
    if (n == from.length) {
      from = Arrays.copyOf(from, n * 2);
      to = Arrays.copyOf(to, n * 2);
    }
    plain.append(c);
    from[n] = start;
    to[n] = end;
  }

  static boolean isCollapsible(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
  }
}
