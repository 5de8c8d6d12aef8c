package org.tarjuma.qa;

import java.util.List;
import org.tarjuma.language.ControlCharacters;

/** Bidi control characters (LRM, RLM, embeddings, isolates) left in the text. */
final class BidiControlsCheck implements QualityCheck {

  @Override
  public String id() {
    return "bidi";
  }

  @Override
  public List<Finding> check(Subject s) {
    long controls = s.target().codePoints().filter(BidiControlsCheck::isControl).count();
    return controls == 0
        ? List.of()
        : List.of(
            new Finding(
                id(),
                Severity.WARNING,
                "bidi-controls",
                "The translation holds " + controls + " bidi control character(s)."));
  }

  static boolean isControl(int c) {
    return ControlCharacters.isBidi(c);
  }
}
