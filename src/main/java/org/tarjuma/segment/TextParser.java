package org.tarjuma.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text as news copy comes: every non-blank line is a block, and a line holding only white
 * space (no-break spaces included) is blank. A line that ends in a space flows into the next, as in
 * RFC 3676 {@code format=flowed} mail. A short line without sentence-final punctuation reads as a
 * heading.
 */
final class TextParser implements DocumentParser {

  private static final int HEADING_MAX_CHARS = 160;

  @Override
  public Parsed parse(String source) {
    List<BlockContent> blocks = new ArrayList<>();
    BlockContent current = null;
    int lineStart = 0;
    while (lineStart <= source.length()) {
      int newline = source.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? source.length() : newline;
      int contentEnd =
          lineEnd > lineStart && source.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      int first = skipBlank(source, lineStart, contentEnd);
      if (first == contentEnd) {
        current = finish(current, blocks);
      } else {
        int last = lastNonBlank(source, first, contentEnd);
        if (current == null) {
          current = new BlockContent(BlockKind.PARAGRAPH, source, false);
        } else {
          current.atomic(" ", current.sourceEnd(current.plain().length() - 1), first);
        }
        current.text(first, last);
        boolean flows = contentEnd > first && source.charAt(contentEnd - 1) == ' ';
        if (!flows) {
          current = finish(current, blocks);
        }
      }
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
    }
    finish(current, blocks);
    return new Parsed(blocks, List.of());
  }

  private static BlockContent finish(BlockContent block, List<BlockContent> blocks) {
    if (block != null && !block.isEmpty()) {
      if (looksLikeHeading(block.plain())) {
        block.kind = BlockKind.HEADING;
      }
      blocks.add(block);
    }
    return null;
  }

  static boolean looksLikeHeading(String line) {
    if (line.length() > HEADING_MAX_CHARS) {
      return false;
    }
    int i = line.length() - 1;
    while (i >= 0 && "\"'”’»)]".indexOf(line.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".?!:;,\u06D4\u061F\u061B\u060C…".indexOf(line.charAt(i)) < 0;
  }

  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  private static int skipBlank(String s, int from, int to) {
    int i = from;
    while (i < to && isBlank(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int lastNonBlank(String s, int from, int to) {
    int i = to;
    while (i > from && isBlank(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
