package org.tarjuma.segment;

import org.tarjuma.web.Limits;

/**
 * Bounds Markdown's inline nesting before commonmark-java reads it: its inline parser merges text
 * nodes recursively, so 40,000 nested emphases overflow the stack inside the library. This scan
 * keeps the delimiters that could still open emphasis, a link or an image, closing them as
 * CommonMark would (a closer takes the nearest opener of its kind; the openers above it stay text),
 * and refuses a paragraph whose open delimiters ever exceed {@link Limits#NESTING}: every level of
 * nesting needs an opener of its own, so the parse it lets through nests no deeper.
 */
final class InlineNesting {

  private InlineNesting() {}

  /** Throws {@link TooDeeplyNestedException} when {@code source} could nest inlines too deeply. */
  static void check(String source) {
    char[] kinds = new char[Limits.NESTING + 1];
    int[] counts = new int[Limits.NESTING + 1];
    int open = 0;
    int total = 0;
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\n' && blankLineFollows(source, i + 1)) {
        open = 0;
        total = 0;
        i++;
        continue;
      }
      if (c == '\\') {
        i += 2;
        continue;
      }
      int end = i + 1;
      char kind;
      if (c == '*' || c == '_') {
        while (end < source.length() && source.charAt(end) == c) {
          end++;
        }
        kind = c;
      } else if (c == '[' || c == ']') {
        kind = '[';
      } else {
        i++;
        continue;
      }
      int run = end - i;
      boolean left = opens(source, i, end);
      boolean right = closes(source, i, end);
      boolean canOpen =
          c == '[' || c != ']' && left && (c != '_' || !right || punctuation(source, i - 1));
      boolean canClose =
          c == ']' || c != '[' && right && (c != '_' || !left || punctuation(source, end));
      if (canClose) {
        for (int k = open - 1; k >= 0 && run > 0; k--) {
          if (kinds[k] == kind) {
            int used = Math.min(run, counts[k]);
            run -= kind == '[' ? run : used;
            counts[k] -= used;
            total -= sum(counts, k + 1, open) + used;
            open = counts[k] == 0 ? k : k + 1;
          }
        }
      }
      if (canOpen && run > 0) {
        if (total + run > Limits.NESTING) {
          throw new TooDeeplyNestedException(Format.MARKDOWN, "block quotes, lists or emphasis", i);
        }
        kinds[open] = kind;
        counts[open++] = run;
        total += run;
      }
      i = end;
    }
  }

  /** Left-flanking, as CommonMark defines it: an opener needs text after it. */
  private static boolean opens(String source, int start, int end) {
    if (space(source, end)) {
      return false;
    }
    return !punctuation(source, end) || space(source, start - 1) || punctuation(source, start - 1);
  }

  /** Right-flanking, as CommonMark defines it: a closer needs text before it. */
  private static boolean closes(String source, int start, int end) {
    if (space(source, start - 1)) {
      return false;
    }
    return !punctuation(source, start - 1) || space(source, end) || punctuation(source, end);
  }

  private static boolean space(String source, int at) {
    return at < 0 || at >= source.length() || Character.isWhitespace(source.charAt(at));
  }

  private static boolean punctuation(String source, int at) {
    if (at < 0 || at >= source.length()) {
      return false;
    }
    int type = Character.getType(source.charAt(at));
    return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.CONNECTOR_PUNCTUATION
        || type == Character.MATH_SYMBOL
        || type == Character.CURRENCY_SYMBOL
        || type == Character.MODIFIER_SYMBOL
        || type == Character.OTHER_SYMBOL;
  }

  private static int sum(int[] counts, int from, int to) {
    int sum = 0;
    for (int k = from; k < to; k++) {
      sum += counts[k];
    }
    return sum;
  }

  private static boolean blankLineFollows(String source, int from) {
    for (int i = from; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r' && c != '>') {
        return false;
      }
    }
    return true;
  }
}
