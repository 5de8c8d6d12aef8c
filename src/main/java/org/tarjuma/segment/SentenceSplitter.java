package org.tarjuma.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;

/**
 * Finds the sentences of one block: ICU4J's sentence {@link BreakIterator} proposes boundaries,
 * then the language's {@link SplitRules} and a few rules about ellipses, lists and missing spaces
 * take away the wrong ones and add the missing ones. Thread-safe.
 */
final class SentenceSplitter {

  private static final String OPENERS = "\"'“‘«([{";
  private static final String CLOSERS = "\"'”’»)]}›";

  private final SplitRules rules;
  private final boolean cased;
  private final ThreadLocal<BreakIterator> icu;

  SentenceSplitter(String lang, boolean cased, SplitRules rules) {
    this.rules = rules;
    this.cased = cased;
    BreakIterator prototype = BreakIterator.getSentenceInstance(new ULocale(lang));
    this.icu = ThreadLocal.withInitial(() -> (BreakIterator) prototype.clone());
  }

  /**
   * The sentences of {@code text} as {@code [start, end)} pairs in a flat array, trimmed of white
   * space; never an empty one.
   */
  int[] split(String text) {
    int n = text.length();
    Cuts cuts = new Cuts();
    ListItems list = ListItems.find(text);
    IcuBoundaries.find(
        text,
        icu.get(),
        b -> {
          if (keep(text, b, list)) {
            cuts.add(b);
          }
        });
    if (list != null) {
      list.starts().forEach(cuts::add);
    }
    if (cased) {
      addMissingSpaces(text, cuts);
      addAttachedEllipses(text, cuts);
    }
    return spans(text, cuts.sorted());
  }

  private boolean keep(String text, int b, ListItems list) {
    int end = b;
    while (end > 0 && TextParser.isBlank(text.charAt(end - 1))) {
      end--;
    }
    int next = b;
    while (next < text.length() && TextParser.isBlank(text.charAt(next))) {
      next++;
    }
    if (end == 0 || next >= text.length() || (list != null && list.isMarkerEnd(end))) {
      return false;
    }
    int t = end - 1;
    while (t > 0 && CLOSERS.indexOf(text.charAt(t)) >= 0) {
      t--;
    }
    return switch (text.charAt(t)) {
      case '!', '?' -> !startsLower(text, next);
      case '.' -> keepAfterPeriod(text, t, next);
      case '…' -> false;
      default -> true;
    };
  }

  private boolean keepAfterPeriod(String text, int t, int next) {
    int dots = 1;
    boolean spaced = false;
    int j = t - 1;
    while (j >= 0) {
      if (text.charAt(j) == '.') {
        dots++;
        j--;
      } else if (text.charAt(j) == ' ' && j > 0 && text.charAt(j - 1) == '.') {
        spaced = true;
        j--;
      } else {
        break;
      }
    }
    if (dots > 1) {
      boolean attached = j >= 0 && !TextParser.isBlank(text.charAt(j));
      // Three dots never end a sentence; "word. . . . Next" ends at "word." (added elsewhere).
      return dots >= 4 && !(attached && spaced) && !startsLower(text, next);
    }
    String token = tokenBefore(text, t);
    if (token.isEmpty()) {
      return true;
    }
    if (rules.titles().contains(token) || rules.titles().contains(afterGluedPeriod(token))) {
      return false;
    }
    boolean lowerOrDigit = startsLower(text, next) || startsDigit(text, next);
    if (isInitial(token) || isMultiPeriod(token)) {
      if (lowerOrDigit) {
        return false;
      }
      if (rules.endsBeforeCapital().contains(token)) {
        return startsUpper(text, next);
      }
      return rules.sentenceStarters().contains(wordAt(text, next));
    }
    if (rules.isAbbreviation(token)) {
      return !lowerOrDigit;
    }
    return true;
  }

  /** "world.Today": a period between a lower-case word and a capitalized one, no space. */
  private void addMissingSpaces(String text, Cuts cuts) {
    for (int i = text.indexOf('.', 2);
        i >= 0 && i + 2 < text.length();
        i = text.indexOf('.', i + 1)) {
      char before = text.charAt(i - 1);
      if ((Character.isLowerCase(before) || Character.isDigit(before))
          && Character.isLetterOrDigit(text.charAt(i - 2))
          && Character.isUpperCase(text.charAt(i + 1))
          && Character.isLowerCase(text.charAt(i + 2))) {
        String token = tokenBefore(text, i);
        String after = tokenAfter(text, i + 1);
        if (!looksLikeAddress(token)
            && !looksLikeAddress(after)
            && !rules.isAbbreviation(token)
            && !rules.titles().contains(token)
            && !isMultiPeriod(token)) {
          cuts.add(i + 1);
        }
      }
    }
  }

  /** "compounds. . . . The practice": the period ends the sentence, the ellipsis opens the next. */
  private void addAttachedEllipses(String text, Cuts cuts) {
    for (int i = text.indexOf(". . . .", 1); i >= 0; i = text.indexOf(". . . .", i + 1)) {
      int after = i + 7;
      while (after < text.length() && TextParser.isBlank(text.charAt(after))) {
        after++;
      }
      if (Character.isLetter(text.charAt(i - 1)) && after > i + 7 && startsUpper(text, after)) {
        cuts.add(i + 1);
      }
    }
  }

  /** "Tuesday.Mr" → "Mr": the word after a period with no space, where a sentence was cut. */
  private static String afterGluedPeriod(String token) {
    int dot = token.lastIndexOf('.');
    return dot < 0 || dot + 1 >= token.length() || !Character.isUpperCase(token.charAt(dot + 1))
        ? token
        : token.substring(dot + 1);
  }

  private static boolean looksLikeAddress(String token) {
    return token.indexOf('@') >= 0
        || token.indexOf('/') >= 0
        || token.indexOf(':') >= 0
        || token.startsWith("www");
  }

  private static boolean isInitial(String token) {
    return token.length() == 1 && Character.isLetter(token.charAt(0));
  }

  /** U.S, a.m, E.U (the final period is already cut off). */
  static boolean isMultiPeriod(String token) {
    if (token.length() < 3 || token.length() % 2 == 0) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (i % 2 == 0 ? !Character.isLetter(c) : c != '.') {
        return false;
      }
    }
    return true;
  }

  private static String tokenBefore(String text, int t) {
    int s = t;
    while (s > 0 && !TextParser.isBlank(text.charAt(s - 1))) {
      s--;
    }
    while (s < t && OPENERS.indexOf(text.charAt(s)) >= 0) {
      s++;
    }
    return text.substring(s, t);
  }

  private static String tokenAfter(String text, int from) {
    int e = from;
    while (e < text.length() && !TextParser.isBlank(text.charAt(e))) {
      e++;
    }
    return text.substring(from, e);
  }

  private static int skipOpeners(String text, int i) {
    while (i < text.length() && OPENERS.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static String wordAt(String text, int from) {
    int s = skipOpeners(text, from);
    int e = s;
    while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
      e++;
    }
    return text.substring(s, e);
  }

  private static boolean startsLower(String text, int i) {
    i = skipOpeners(text, i);
    return i < text.length() && Character.isLowerCase(text.codePointAt(i));
  }

  private static boolean startsUpper(String text, int i) {
    i = skipOpeners(text, i);
    return i < text.length() && Character.isUpperCase(text.codePointAt(i));
  }

  private static boolean startsDigit(String text, int i) {
    i = skipOpeners(text, i);
    return i < text.length() && Character.isDigit(text.codePointAt(i));
  }

  private static int[] spans(String text, int[] cuts) {
    int[] out = new int[(cuts.length + 1) * 2];
    int count = 0;
    int start = 0;
    for (int k = 0; k <= cuts.length; k++) {
      int end = k < cuts.length ? cuts[k] : text.length();
      int s = start;
      int e = end;
      while (s < e && TextParser.isBlank(text.charAt(s))) {
        s++;
      }
      while (e > s && TextParser.isBlank(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out[count++] = s;
        out[count++] = e;
      }
      start = end;
    }
    return Arrays.copyOf(out, count);
  }

  /** Boundary offsets, added in any order. */
  private static final class Cuts {
    private int[] values = new int[16];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] sorted() {
      int[] out = Arrays.copyOf(values, size);
      Arrays.sort(out);
      int distinct = 0;
      for (int k = 0; k < out.length; k++) {
        if (k == 0 || out[k] != out[k - 1]) {
          out[distinct++] = out[k];
        }
      }
      return Arrays.copyOf(out, distinct);
    }
  }
}
