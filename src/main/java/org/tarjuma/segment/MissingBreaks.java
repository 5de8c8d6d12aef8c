package org.tarjuma.segment;

import java.util.function.IntConsumer;

/**
 * Adds the boundaries ICU does not find in cased scripts: a period with no space before the next
 * sentence (world.Today), and "word. . . . Next", where the period ends the sentence and the
 * ellipsis opens the next. Thread-safe.
 */
final class MissingBreaks {

  private static final String SPACED_FOUR_DOTS = ". . . .";

  private final SplitRules rules;

  MissingBreaks(SplitRules rules) {
    this.rules = rules;
  }

  void find(String text, IntConsumer boundary) {
    missingSpaces(text, boundary);
    attachedEllipses(text, boundary);
  }

  private void missingSpaces(String text, IntConsumer boundary) {
    for (int i = text.indexOf('.', 2);
        i >= 0 && i + 2 < text.length();
        i = text.indexOf('.', i + 1)) {
      char before = text.charAt(i - 1);
      if ((Character.isLowerCase(before) || Character.isDigit(before))
          && Character.isLetterOrDigit(text.charAt(i - 2))
          && Character.isUpperCase(text.charAt(i + 1))
          && Character.isLowerCase(text.charAt(i + 2))
          && endsSentence(Tokens.before(text, i), Tokens.after(text, i + 1))) {
        boundary.accept(i + 1);
      }
    }
  }

  private boolean endsSentence(String token, String after) {
    return !Tokens.looksLikeAddress(token)
        && !Tokens.looksLikeAddress(after)
        && !rules.isAbbreviation(token)
        && !rules.titles().contains(token)
        && !Tokens.isMultiPeriod(token);
  }

  private static void attachedEllipses(String text, IntConsumer boundary) {
    int width = SPACED_FOUR_DOTS.length();
    for (int i = text.indexOf(SPACED_FOUR_DOTS, 1);
        i >= 0;
        i = text.indexOf(SPACED_FOUR_DOTS, i + 1)) {
      int after = i + width;
      while (after < text.length() && TextParser.isBlank(text.charAt(after))) {
        after++;
      }
      if (Character.isLetter(text.charAt(i - 1))
          && after > i + width
          && Tokens.startsUpper(text, after)) {
        boundary.accept(i + 1);
      }
    }
  }
}
