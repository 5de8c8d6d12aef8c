package org.tarjuma.engine;

import org.tarjuma.glossary.Inflections;

/**
 * The words around a place in an engine's answer (in tagged form), which choose the form of a
 * glossary term put there: tags and spaces are skipped, punctuation ends the search, and another
 * term's placeholder counts as a word.
 */
final class Context {

  private Context() {}

  /**
   * The word that ends just before {@code at}, or null when punctuation or the start comes first.
   */
  static String wordBefore(String text, int at) {
    int i = at;
    while (i > 0) {
      char c = text.charAt(i - 1);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        i--;
      } else if (c == '>') {
        int open = text.lastIndexOf('<', i - 1);
        if (open < 0) {
          return null;
        }
        i = open;
      } else {
        break;
      }
    }
    int end = i;
    if (i > 0 && text.charAt(i - 1) == '⟧') {
      int open = text.lastIndexOf('⟦', i - 1);
      return open < 0 ? null : text.substring(open, end); // another term's placeholder
    }
    while (i > 0 && wordChar(text.charAt(i - 1))) {
      i--;
    }
    return i == end ? null : text.substring(i, end);
  }

  /**
   * The word after {@code at} that decides a term's case: the next word, past particles the
   * language lets stand between a noun and its postposition (Urdu ہی, بھی: حملوں ہی میں).
   */
  static String wordAfter(String text, int at, Inflections grammar) {
    String word = wordAfter(text, at);
    int from = at;
    while (word != null && grammar.passesOver(word)) {
      from = text.indexOf(word, from) + word.length();
      word = wordAfter(text, from);
    }
    return word;
  }

  /**
   * The word that starts just after {@code at}, or null when punctuation or the end comes first.
   */
  static String wordAfter(String text, int at) {
    int i = at;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        i++;
      } else if (c == '<') {
        int close = text.indexOf('>', i);
        if (close < 0) {
          return null;
        }
        i = close + 1;
      } else {
        break;
      }
    }
    int start = i;
    if (i < text.length() && text.charAt(i) == '⟦') {
      int close = text.indexOf('⟧', i);
      return close < 0 ? null : text.substring(start, close + 1); // another term's placeholder
    }
    while (i < text.length() && wordChar(text.charAt(i))) {
      i++;
    }
    return i == start ? null : text.substring(start, i);
  }

  /**
   * {@code text} with each whole-word occurrence of {@code sent} (the form an engine was told to
   * use for {@code term}) replaced by the form the words around it need; unchanged when they need
   * that form.
   */
  static String reinflect(String text, String sent, WireText.Term term, Inflections grammar) {
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    int at;
    while ((at = text.indexOf(sent, from)) >= 0) {
      int end = at + sent.length();
      boolean whole =
          (at == 0 || !wordChar(text.charAt(at - 1)))
              && (end == text.length() || !wordChar(text.charAt(end)));
      out.append(text, from, at);
      if (whole) {
        out.append(
            grammar.choose(
                term.forms(), wordBefore(text, at), wordAfter(text, end, grammar), term.plural()));
      } else {
        out.append(sent);
      }
      from = end;
    }
    return out.append(text, from, text.length()).toString();
  }

  /** Letters, combining marks and the zero-width non-joiner make words. */
  static boolean wordChar(char c) {
    if (c == '\u200C') {
      return true;
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
