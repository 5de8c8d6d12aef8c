package org.tarjuma.segment;

/**
 * Takes away the boundaries ICU proposes where no sentence ends: after titles and abbreviations,
 * initials and multi-period forms not followed by a sentence starter, three-dot ellipses, list
 * markers, and "!" or "?" inside a name (Yahoo! in...). Thread-safe.
 */
final class FalseBreaks {

  private final SplitRules rules;

  FalseBreaks(SplitRules rules) {
    this.rules = rules;
  }

  /** Whether the boundary {@code b} that ICU found in {@code text} is a sentence end. */
  boolean keep(String text, int b, ListItems list) {
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
    while (t > 0 && Tokens.CLOSERS.indexOf(text.charAt(t)) >= 0) {
      t--;
    }
    return switch (text.charAt(t)) {
      case '!', '?' -> !Tokens.startsLower(text, next);
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
      // Three dots never end a sentence; "word. . . . Next" ends at "word." (MissingBreaks).
      return dots >= 4 && !(attached && spaced) && !Tokens.startsLower(text, next);
    }
    return keepAfterWord(Tokens.before(text, t), text, next);
  }

  private boolean keepAfterWord(String token, String text, int next) {
    if (token.isEmpty()) {
      return true;
    }
    if (rules.titles().contains(token) || rules.titles().contains(Tokens.afterGluedPeriod(token))) {
      return false;
    }
    boolean lowerOrDigit = Tokens.startsLower(text, next) || Tokens.startsDigit(text, next);
    if (Tokens.isInitial(token) || Tokens.isMultiPeriod(token)) {
      if (lowerOrDigit) {
        return false;
      }
      if (rules.endsBeforeCapital().contains(token)) {
        return Tokens.startsUpper(text, next);
      }
      return rules.sentenceStarters().contains(Tokens.wordAt(text, next));
    }
    if (rules.endsOnlyBeforeStarter(token)) {
      return !lowerOrDigit && rules.sentenceStarters().contains(Tokens.wordAt(text, next));
    }
    if (rules.isAbbreviation(token)) {
      return !lowerOrDigit;
    }
    return true;
  }
}
