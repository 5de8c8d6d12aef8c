package org.tarjuma.memory;

import java.util.Optional;

/**
 * Approved translations, found by their source sentence. Lookup ignores differences of Unicode
 * normalization and of white space. Thread-safe.
 */
public interface TranslationMemory {

  /** The approved translation of {@code source} into {@code targetLang}, if there is one. */
  Optional<MemoryUnit> exact(String sourceLang, String targetLang, String source);

  /**
   * The approved translations of many sources into several languages at once: by target language
   * (every one asked for is present), then by source as given; sources without one are absent.
   */
  java.util.Map<String, java.util.Map<String, MemoryUnit>> exact(
      String sourceLang,
      java.util.Collection<String> targetLangs,
      java.util.Collection<String> sources);

  /** Adds the unit, replacing an earlier translation of the same source and language pair. */
  void save(MemoryUnit unit);

  /**
   * Translations of similar sentences into {@code targetLang}, at least {@code threshold} similar
   * (token-level edit similarity, 0 to 1), best first: suggestions for a translator, never applied
   * on their own.
   */
  java.util.List<Suggestion> fuzzy(String targetLang, String source, double threshold, int limit);

  /** Whether it holds no unit at all. */
  boolean isEmpty();

  /** Saves every unit in one transaction: all of them or, on any failure, none. */
  void saveAll(java.util.List<MemoryUnit> units);

  /** Every unit into {@code targetLang} (every language when null), oldest first. */
  java.util.List<MemoryUnit> all(String targetLang);
}
