package org.tarjuma.segment;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.function.IntConsumer;

/**
 * ICU's sentence boundaries of a text, found by running ICU only where one can be. Under UAX #29 a
 * sentence boundary follows a terminator ({@code STerm}, {@code ATerm}) or a paragraph separator,
 * and ICU's decision there looks back one character (rule SB7) and ahead only up to the next letter
 * (SB8, SB8a, SB11). So ICU is run on a window from two characters before each terminator to just
 * past the next letter: the same boundaries as running it over the whole text (a property test
 * checks this), without the cost of scanning the sentences' words.
 */
final class IcuBoundaries {

  private IcuBoundaries() {}

  /** Reports each boundary strictly inside {@code text}, in increasing order. */
  static void find(String text, BreakIterator icu, IntConsumer boundary) {
    int n = text.length();
    int reported = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!mayEndSentence(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && !isLetter(text, j)) {
        j++;
      }
      int from = Math.max(0, i - 2);
      int to = Math.min(n, j + 2);
      icu.setText(new StringCharacterIterator(text, from, to, from));
      for (int b = icu.following(i); b != BreakIterator.DONE && b < n; b = icu.next()) {
        if (b >= to) {
          break; // the window's end is not a boundary of the text
        }
        if (b > reported) {
          boundary.accept(b);
          reported = b;
        }
      }
      i = j;
    }
  }

  /** Terminators and separators, as ICU classes them, for the characters that could be one. */
  static boolean mayEndSentence(char c) {
    if (c < 0x80) {
      return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r';
    }
    int type = UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK);
    return type == UCharacter.SentenceBreak.ATERM
        || type == UCharacter.SentenceBreak.STERM
        || type == UCharacter.SentenceBreak.SEP
        || type == UCharacter.SentenceBreak.CR
        || type == UCharacter.SentenceBreak.LF;
  }

  private static boolean isLetter(String text, int j) {
    char c = text.charAt(j);
    if (c < 0x80) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    int type = UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK);
    return type == UCharacter.SentenceBreak.UPPER
        || type == UCharacter.SentenceBreak.LOWER
        || type == UCharacter.SentenceBreak.OLETTER;
  }
}
