package org.tarjuma.segment;

/** What stands around an offset in a block's text: the word before, the word after, its case. */
final class Tokens {

  static final String OPENERS = "\"'“‘«([{";
  static final String CLOSERS = "\"'”’»)]}›";

  private Tokens() {}

  /** The token ending just before {@code t}, without opening quotes or brackets. */
  static String before(String text, int t) {
    int s = t;
    while (s > 0 && !TextParser.isBlank(text.charAt(s - 1))) {
      s--;
    }
    while (s < t && OPENERS.indexOf(text.charAt(s)) >= 0) {
      s++;
    }
    return text.substring(s, t);
  }

  /** The token starting at {@code from}, up to the next white space. */
  static String after(String text, int from) {
    int e = from;
    while (e < text.length() && !TextParser.isBlank(text.charAt(e))) {
      e++;
    }
    return text.substring(from, e);
  }

  /** The word (letters and digits) at {@code from}, after any opening quotes or brackets. */
  static String wordAt(String text, int from) {
    int s = skipOpeners(text, from);
    int e = s;
    while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
      e++;
    }
    return text.substring(s, e);
  }

  static boolean startsLower(String text, int i) {
    i = skipOpeners(text, i);
    return i < text.length() && Character.isLowerCase(text.codePointAt(i));
  }

  static boolean startsUpper(String text, int i) {
    i = skipOpeners(text, i);
    return i < text.length() && Character.isUpperCase(text.codePointAt(i));
  }

  static boolean startsDigit(String text, int i) {
    i = skipOpeners(text, i);
    return i < text.length() && Character.isDigit(text.codePointAt(i));
  }

  private static int skipOpeners(String text, int i) {
    while (i < text.length() && OPENERS.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /** A single letter: an initial (E. Smith) or a list letter. */
  static boolean isInitial(String token) {
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

  /** "Tuesday.Mr" → "Mr": the word after a period with no space, where a sentence was cut. */
  static String afterGluedPeriod(String token) {
    int dot = token.lastIndexOf('.');
    boolean glued =
        dot >= 2
            && dot + 1 < token.length()
            && Character.isLowerCase(token.charAt(dot - 1))
            && Character.isUpperCase(token.charAt(dot + 1));
    return glued ? token.substring(dot + 1) : token;
  }

  /** An e-mail address, a URL or a path: its periods end nothing. */
  static boolean looksLikeAddress(String token) {
    return token.indexOf('@') >= 0
        || token.indexOf('/') >= 0
        || token.indexOf(':') >= 0
        || token.startsWith("www");
  }
}
