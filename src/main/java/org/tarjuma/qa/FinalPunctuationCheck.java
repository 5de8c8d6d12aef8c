package org.tarjuma.qa;

import java.util.List;

/**
 * A source sentence that ends in a full stop, question or exclamation mark needs a translation that
 * ends in one of its language's: ۔ for an Urdu full stop, not a Latin period.
 */
final class FinalPunctuationCheck implements QualityCheck {

  private static final String CLOSERS = "\"'”’»)]";

  @Override
  public String id() {
    return "punctuation";
  }

  @Override
  public List<Finding> check(Subject s) {
    String source = trimClosers(s.plainSource());
    String target = trimClosers(s.plainTarget());
    if (source.isEmpty()
        || target.isEmpty()
        || ".?!".indexOf(source.charAt(source.length() - 1)) < 0) {
      return List.of();
    }
    String last = target.substring(target.length() - 1);
    boolean ends = s.language().sentenceTerminals().contains(last) || last.equals("…");
    boolean fullStop =
        source.endsWith(".") && !source.endsWith("...")
            ? last.equals(s.language().fullStop())
            : ends;
    if (ends && fullStop) {
      return List.of();
    }
    return List.of(
        new Finding(
            id(),
            Severity.WARNING,
            "final-punctuation",
            "The translation should end with "
                + (source.endsWith(".") ? s.language().fullStop() : "its sentence mark")
                + " as "
                + s.language().name()
                + " does."));
  }

  private static String trimClosers(String text) {
    String t = text.strip();
    while (!t.isEmpty() && CLOSERS.indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }
}
