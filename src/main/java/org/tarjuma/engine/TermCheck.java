package org.tarjuma.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tarjuma.glossary.Entry;
import org.tarjuma.glossary.FormMatch;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.glossary.TermMatch;

/**
 * The glossary's demands on one segment in one language: the forms its terms need, and whether a
 * translation meets them (each required form present, possibly inflected; no forbidden form).
 */
final class TermCheck {

  private final Glossary glossary;

  TermCheck(Glossary glossary) {
    this.glossary = glossary;
  }

  /** The source terms that have a form in {@code lang}, with that form. */
  List<WireText.Term> terms(List<TermMatch> matches, String lang) {
    List<WireText.Term> terms = new ArrayList<>();
    for (TermMatch match : matches) {
      Entry.Forms forms = forms(match, lang);
      if (forms != null) {
        terms.add(new WireText.Term(match.start(), match.end(), forms.preferred()));
      }
    }
    return terms;
  }

  /**
   * What is wrong with {@code target} (in tagged form): {@code glossary-missing:<entry>} for each
   * entry of the source whose form is absent, {@code glossary-forbidden:<entry>} for each forbidden
   * form used, {@code placeholder-lost} when a placeholder came back unreadable. Empty when fine.
   */
  List<String> violations(String target, List<TermMatch> matches, String lang) {
    String plain = WireText.plain(target);
    List<FormMatch> found = glossary.formMatcher(lang).find(plain);
    Set<String> flags = new LinkedHashSet<>();
    for (TermMatch match : matches) {
      if (forms(match, lang) != null
          && found.stream()
              .noneMatch(
                  f ->
                      f.entryId().equals(match.entryId())
                          && f.kind() != FormMatch.Kind.FORBIDDEN)) {
        flags.add("glossary-missing:" + match.entryId());
      }
    }
    found.stream()
        .filter(f -> f.kind() == FormMatch.Kind.FORBIDDEN)
        .forEach(f -> flags.add("glossary-forbidden:" + f.entryId()));
    if (WireText.hasPlaceholder(plain)) {
      flags.add("placeholder-lost");
    }
    return List.copyOf(flags);
  }

  private Entry.Forms forms(TermMatch match, String lang) {
    return glossary
        .find(match.entryId())
        .map(e -> e.targets().get(lang))
        .filter(f -> f.status() != Entry.Status.DEPRECATED && !f.preferred().isBlank())
        .orElse(null);
  }
}
