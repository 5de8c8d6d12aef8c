package org.tarjuma.engine;

import java.util.ArrayList;
import java.util.List;
import org.tarjuma.glossary.Entry;
import org.tarjuma.glossary.Inflections;
import org.tarjuma.glossary.TermMatch;
import org.tarjuma.language.Languages;
import org.tarjuma.qa.Finding;
import org.tarjuma.qa.GlossaryCheck;
import org.tarjuma.qa.Subject;

/**
 * The glossary's demands on one segment in one language: the forms its terms need, and whether a
 * translation meets them (the QA module's {@link GlossaryCheck}, plus placeholders the engine
 * lost).
 */
final class TermCheck {

  private final GlossaryCheck glossary;
  private final Languages languages;

  TermCheck(GlossaryCheck glossary, Languages languages) {
    this.glossary = glossary;
    this.languages = languages;
  }

  /**
   * The source terms that have a form in {@code lang}, each with that form's paradigm and the
   * English number.
   */
  List<WireText.Term> terms(List<TermMatch> matches, String lang) {
    List<WireText.Term> terms = new ArrayList<>();
    Inflections grammar = Inflections.of(lang);
    for (TermMatch match : matches) {
      Entry entry = glossary.entry(match.entryId()).orElse(null);
      Entry.Forms forms = entry == null ? null : entry.required(lang).orElse(null);
      if (forms != null) {
        terms.add(
            new WireText.Term(
                match.start(),
                match.end(),
                grammar.forms(entry, forms, forms.preferred()),
                entry.english().plural(match.text())));
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
    List<String> flags = new ArrayList<>();
    Subject subject = new Subject("", target, languages.require(lang));
    glossary.check(subject, matches).stream().map(Finding::code).forEach(flags::add);
    if (WireText.hasPlaceholder(subject.plainTarget())) {
      flags.add("placeholder-lost");
    }
    return List.copyOf(flags);
  }
}
