package org.tarjuma.qa;

import java.util.List;

/**
 * A translation that is the source again, or mostly Latin letters (beyond the do-not-translate
 * terms the glossary keeps in English, which the caller removes from the subject first).
 */
final class UntranslatedCheck implements QualityCheck {

  @Override
  public String id() {
    return "untranslated";
  }

  @Override
  public List<Finding> check(Subject s) {
    String source = s.plainSource().strip();
    String target = s.plainTarget().strip();
    if (target.isEmpty()) {
      return List.of();
    }
    if (target.equalsIgnoreCase(source) && target.codePoints().anyMatch(Character::isLetter)) {
      return List.of(
          new Finding(id(), Severity.ERROR, "same-as-source", "The translation is the source."));
    }
    long letters = target.codePoints().filter(Character::isLetter).count();
    long latin =
        target
            .codePoints()
            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
            .count();
    if (letters > 0 && latin * 2 > letters) {
      return List.of(
          new Finding(
              id(),
              Severity.WARNING,
              "mostly-latin",
              "The translation is mostly Latin letters; parts of it look untranslated."));
    }
    return List.of();
  }
}
