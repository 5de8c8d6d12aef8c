package org.tarjuma.qa;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.glossary.TermMatch;

/**
 * Every check, in a fixed order: one bean, run once on each segment an engine translates or the
 * memory or cache supplies (by the translator), on each segment a translator edits (by the review),
 * and again on stored translations a glossary change concerns (their glossary findings may have
 * changed). Thread-safe. The checks other than the glossary's depend on the subject alone, so their
 * findings are remembered for the subjects seen last: an article sent again (a revision, a second
 * outlet's copy) is checked at the cost of a lookup.
 */
@Component
public final class QualityChecks {

  private final Cache<Subject, List<Finding>> remembered =
      Caffeine.newBuilder().maximumSize(50_000).build();

  private final GlossaryCheck glossary;
  private static final QualityCheck EMPTY = new EmptyTargetCheck();
  private final List<QualityCheck> others =
      List.of(
          new NumbersCheck(),
          new DatesCheck(),
          new UntranslatedCheck(),
          new LettersCheck(),
          new UsageCheck(),
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
    findings.addAll(remembered.get(subject, this::others));
    return findings;
  }

  private List<Finding> others(Subject subject) {
    List<Finding> findings = new ArrayList<>();
    others.forEach(check -> findings.addAll(check.check(subject)));
    return List.copyOf(findings);
  }
}
