package org.tarjuma.qa;

import java.util.ArrayList;
import java.util.List;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.glossary.TermMatch;

/** Every check, in a fixed order. Thread-safe. */
public final class QualityChecks {

  private final GlossaryCheck glossary;
  private static final QualityCheck EMPTY = new EmptyTargetCheck();
  private final List<QualityCheck> others =
      List.of(
          new NumbersCheck(),
          new UntranslatedCheck(),
          new LettersCheck(),
          new BidiControlsCheck(),
          new FinalPunctuationCheck(),
          new InlineCodesCheck(),
          new LengthRatioCheck());

  public QualityChecks(Glossary glossary) {
    this.glossary = new GlossaryCheck(glossary);
  }

  /** The glossary check alone, for engines deciding whether to try again. */
  public GlossaryCheck glossary() {
    return glossary;
  }

  /** What every check finds, the glossary's first. */
  public List<Finding> run(Subject subject, List<TermMatch> sourceTerms) {
    if (subject.plainTarget().isBlank()) {
      // Nothing else can be said of an empty translation.
      return EMPTY.check(subject);
    }
    List<Finding> findings = new ArrayList<>(glossary.check(subject, sourceTerms));
    others.forEach(check -> findings.addAll(check.check(subject)));
    return findings;
  }
}
