package org.tarjuma.language;

import java.util.List;
import java.util.Optional;

/**
 * The registry of languages. Thread-safe; built once at start from {@code language/languages.json}.
 */
public interface Languages {

  /** Every language, source first, then the targets; never empty. */
  List<Language> all();

  /**
   * The language with this BCP 47 code or alias ({@code ur-PK}, {@code fa-AF}, {@code Dari}...),
   * ignoring case and accepting {@code _} for {@code -}; empty if none.
   */
  Optional<Language> find(String codeOrAlias);

  /**
   * The language of a tag as files from other tools write it: the tag or an alias itself ({@code
   * fa-AF} is Dari), else its primary subtag, in any case and with any region ({@code ur-IN},
   * {@code PS-pk}); never Persian {@code fa} or {@code fa-IR} for Dari. Empty if none.
   */
  default Optional<Language> findByTag(String tag) {
    Optional<Language> exact = find(tag);
    if (exact.isPresent()) {
      return exact;
    }
    String primary = tag.strip().split("[-_]")[0];
    return primary.equalsIgnoreCase("fa") ? Optional.empty() : find(primary);
  }

  /**
   * Like {@link #find} but throws {@link UnknownLanguageException}, whose message names the
   * accepted values, when there is no such language.
   */
  Language require(String codeOrAlias);

  /** The script normalizer of this language; never null. */
  ScriptNormalizer normalizer(Language language);

  /**
   * The registry of the languages Tarjuma ships, read from its data file; for use outside Spring.
   */
  static Languages standard() {
    return new LanguageRegistry();
  }
}
