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
      int semi = entityEnd(source, i, end);
      String entity = semi < 0 ? null : source.substring(i, semi);
      String value = entity == null ? null : Parser.unescapeEntities(entity, false);
      if (value != null && !value.equals(entity) && decoded.startsWith(value, j)) {
        into.atomic(value, i, semi);
        i = semi;
        j += value.length();
        continue;
      }
      if (s == '\\' && i + 1 < end && source.charAt(i + 1) == d) {
        into.atomic(String.valueOf(d), i, i + 2);
        i += 2;
        j++;
        continue;
      }
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

      if (s == '\r' && i + 1 < end && source.charAt(i + 1) == '\n' && d == '\n') {
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

  /**
   * The offset just after an entity such as {@code &amp;} or {@code &#1575;} at {@code i}, or -1.
   */
  private static int entityEnd(String source, int i, int end) {
    if (source.charAt(i) != '&') {
      return -1;
    }
    for (int k = i + 1; k < end && k - i <= 40; k++) {
      char c = source.charAt(k);
      if (c == ';') {
        return k > i + 1 ? k + 1 : -1;
      }
      if (!(c < 128 && (Character.isLetterOrDigit(c) || (c == '#' && k == i + 1)))) {
        return -1;
      }
    }
    return -1;
  }
}
