package org.tarjuma.calendar;

import org.tarjuma.language.DigitSet;

/**
 * Writes every number of a translation in one digit set: ۱۲ or 12, with the thousands separator and
 * decimal mark of that set between digits (۸۰٬۰۰۰ and ۳٫۵ in Eastern digits, 80,000 and 3.5 in
 * Western). A word that holds a Latin letter keeps its digits as they are (HS-1, F-16, COVID-19, a
 * web address), and so do the tags of a tagged text ({@code <1>}, {@code </1>}, {@code <2/>}).
 */
final class Numerals {

  private Numerals() {}

  /** {@code tagged} with its numbers in {@code digits}. */
  static String write(String tagged, DateStyle.Digits digits) {
    DigitSet set = digits.set();
    if (!needsWriting(tagged, set)) {
      return tagged; // most sentences: no digit of another set
    }
    boolean eastern = digits == DateStyle.Digits.EASTERN;
    StringBuilder out = new StringBuilder(tagged);
    int i = 0;
    while (i < tagged.length()) {
      if (Character.isWhitespace(tagged.charAt(i))) {
        i++;
        continue;
      }
      int end = wordEnd(tagged, i);
      if (!hasLatinLetter(tagged, i, end)) {
        for (int k = i; k < end; k++) {
          char c = tagged.charAt(k);
          if (c == '<') {
            k = tagEnd(tagged, k, end);
          } else if (DigitSet.valueOf(c) >= 0) {
            out.setCharAt(k, (char) (set.zero() + DigitSet.valueOf(c)));
          } else if (between(tagged, k, end)) {
            out.setCharAt(k, separator(c, eastern));
          }
        }
      }
      i = end;
    }
    return out.toString();
  }

  /**
   * Whether some digit is of another set than {@code set}, or a separator of the other set stands
   * after a digit: else there is nothing to write.
   */
  private static boolean needsWriting(String text, DigitSet set) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int value = DigitSet.valueOf(c);
      if (value >= 0 && c != set.zero() + value) {
        return true;
      }
      if (value >= 0 && i + 1 < text.length() && mark(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static int wordEnd(String text, int from) {
    int i = from;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Where a tag starting at {@code at} ends (its '>'), or {@code at} if it is no tag. */
  private static int tagEnd(String text, int at, int end) {
    int close = text.indexOf('>', at);
    return close < 0 || close >= end ? at : close;
  }

  private static boolean hasLatinLetter(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '&') {
        int semi = text.indexOf(';', i);
        if (semi > 0 && semi < to && semi - i <= 4) {
          i = semi; // &lt; &gt; &amp; stand for signs, not letters
          continue;
        }
      } else if (c == '<') {
        i = tagEnd(text, i, to);
        continue;
      }
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text[k]} is a thousands separator (a comma before exactly three digits) or the
   * one decimal mark of its number; "1.2.3" or a time "10:30" keep their marks as they are.
   */
  private static boolean between(String text, int k, int end) {
    char c = text.charAt(k);
    if (k == 0 || k + 1 >= end || !digit(text, k - 1) || !digit(text, k + 1)) {
      return false;
    }
    if (c == ',' || c == '٬') {
      return k + 4 <= end
          && digit(text, k + 1)
          && digit(text, k + 2)
          && digit(text, k + 3)
          && (k + 4 == end || !digit(text, k + 4));
    }
    if (c == '.' || c == '٫') {
      int from = k;
      while (from > 0 && (digit(text, from - 1) || mark(text.charAt(from - 1)))) {
        from--;
      }
      int to = k + 1;
      while (to < end && (digit(text, to) || mark(text.charAt(to)))) {
        to++;
      }
      int decimals = 0;
      for (int i = from; i < to; i++) {
        char d = text.charAt(i);
        decimals += d == '.' || d == '٫' ? 1 : 0;
      }
      return decimals == 1;
    }
    return false;
  }

  private static boolean digit(String text, int i) {
    return DigitSet.valueOf(text.charAt(i)) >= 0;
  }

  private static boolean mark(char c) {
    return c == ',' || c == '.' || c == '٬' || c == '٫';
  }

  private static char separator(char c, boolean eastern) {
    boolean thousands = c == ',' || c == '٬';
    if (eastern) {
      return thousands ? '٬' : '٫';
    }
    return thousands ? ',' : '.';
  }
}
