package org.tarjuma.glossary;

import java.util.List;
import java.util.Optional;

/**
 * The glossary: its entries and matchers over them. The live one (a Spring bean) is kept in the
 * database and changes through the curators' API; each answer comes from one consistent snapshot.
 * Thread-safe.
 */
public interface Glossary {

  /** Every entry, in file order; never null. */
  List<Entry> entries();

  /** The entry with this id, if any. */
  Optional<Entry> find(String id);

  /** The forms entry {@code entryId} requires in {@code lang} (see {@link Entry#required}). */
  default Optional<Entry.Forms> required(String entryId, String lang) {
    return find(entryId).flatMap(entry -> entry.required(lang));
  }

  /** A matcher over every entry's English terms. */
  TermMatcher matcher();

  /**
   * A matcher over every entry's forms in one target language.
   *
   * @throws IllegalArgumentException if {@code lang} is not a target language
   */
  FormMatcher formMatcher(String lang);

  /**
   * The glossary of the TBX files in {@code folder}, checked as on start; for use outside Spring.
   *
   * @throws IllegalStateException if a file breaks a rule (the message names file, entry and form)
   */
  static Glossary load(java.nio.file.Path folder, org.tarjuma.language.Languages languages) {
    return new CuratedGlossary(CuratedGlossary.load(folder, new ScriptCheck(languages)), languages);
  }
}
