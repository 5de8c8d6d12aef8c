package org.tarjuma.qa;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tarjuma.glossary.Entry;
import org.tarjuma.glossary.FormMatch;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.glossary.TermMatch;

/**
 * The glossary's forms: every entry found in the source that has a form in the target language must
 * be in the translation (an inflected form or an allowed variant counts), and no forbidden form may
 * be. Used by the engines to decide whether to try again, and by QA.
 */
public final class GlossaryCheck implements QualityCheck {

  private final Glossary glossary;

  public GlossaryCheck(Glossary glossary) {
    this.glossary = glossary;
  }

  @Override
  public String id() {
    return "glossary";
  }

  @Override
  public List<Finding> check(Subject s) {
    return check(s, glossary.matcher().find(s.plainSource()));
  }

  /** As {@link #check(Subject)}, with the source's terms already found. */
  public List<Finding> check(Subject s, List<TermMatch> sourceTerms) {
    String lang = s.language().code();
    List<FormMatch> found = glossary.formMatcher(lang).find(s.plainTarget());
    Set<String> missing = new LinkedHashSet<>();
    for (TermMatch match : sourceTerms) {
      if (required(match.entryId(), lang) != null
          && found.stream()
              .noneMatch(
                  f ->
                      f.entryId().equals(match.entryId())
                          && f.kind() != FormMatch.Kind.FORBIDDEN)) {
        missing.add(match.entryId());
      }
    }
    Set<String> forbidden = new LinkedHashSet<>();
    found.stream()
        .filter(f -> f.kind() == FormMatch.Kind.FORBIDDEN)
        .forEach(f -> forbidden.add(f.entryId() + "\u0000" + f.text()));
    List<Finding> findings = new ArrayList<>();
    missing.forEach(
        id ->
            findings.add(
                new Finding(
                    id(),
                    Severity.ERROR,
                    "glossary-missing:" + id,
                    "The glossary form "
                        + required(id, lang).preferred()
                        + " ("
                        + id
                        + ") is missing.")));
    forbidden.forEach(
        f -> {
          String[] parts = f.split("\u0000");
          findings.add(
              new Finding(
                  id(),
                  Severity.ERROR,
                  "glossary-forbidden:" + parts[0],
                  "The forbidden form " + parts[1] + " (" + parts[0] + ") is used."));
        });
    return findings;
  }

  /** The forms an entry requires in {@code lang}, or null when it requires none. */
  public Entry.Forms required(String entryId, String lang) {
    return glossary
        .find(entryId)
        .map(e -> e.targets().get(lang))
        .filter(f -> f.status() != Entry.Status.DEPRECATED && !f.preferred().isBlank())
        .orElse(null);
  }
}
