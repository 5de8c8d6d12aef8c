package org.tarjuma.segment;

import org.jsoup.parser.Parser;

/**
 * Lines up a parser's decoded text with the source it came from, so that every character of the
 * text maps to its source: entities ({@code &amp;}) and backslash escapes ({@code \*}) become
 * atomic runs, everything else maps one to one.
 */
final class SourceAligner {

  private SourceAligner() {}

  static void align(String source, int start, int end, String decoded, BlockContent into) {
    int i = start;
    int j = 0;
    while (i < end && j < decoded.length()) {
      char s = source.charAt(i);
      char d = decoded.charAt(j);
      if (s == d) {
        int k = 1;
        while (i + k < end
            && j + k < decoded.length()
            && source.charAt(i + k) == decoded.charAt(j + k)
            && source.charAt(i + k) != '&'
            && source.charAt(i + k) != '\\') {
          k++;
        }
        into.text(i, i + k);
        i += k;
        j += k;
        continue;
      }
      int semi = entityEnd(source, i, end);
      String value = semi < 0 ? null : Parser.unescapeEntities(source.substring(i, semi), false);
      if (value != null && !value.startsWith("&") && decoded.startsWith(value, j)) {
        into.atomic(value, i, semi);
        i = semi;
        j += value.length();
        continue;
      }
      if (s == '\\' && i + 1 < end && source.charAt(i + 1) == d) {
        into.atomic(String.valueOf(d), i, i + 2);
        i += 2;
        j++;
      } else if (s == '\r' && i + 1 < end && source.charAt(i + 1) == '\n' && d == '\n') {
        into.text(i, i + 2);
        i += 2;
        j++;
      } else {
        // Out of step: the rest reads as one piece rather than be mis-mapped.
        into.atomic(decoded.substring(j), i, end);
        return;
      }
    }
    if (j < decoded.length()) {
      into.atomic(decoded.substring(j), end, end);
    }
  }

  /** The offset just after the {@code ;} of an entity starting at {@code i}, or -1. */
  private static int entityEnd(String source, int i, int end) {
    if (source.charAt(i) != '&') {
      return -1;
    }
    int semi = source.indexOf(';', i);
    return semi < 0 || semi >= end || semi - i > 40 ? -1 : semi + 1;
  }
}
