package org.tarjuma.language;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A normalizer that remembers its last answers. The rules never change while the application runs,
 * and the same translations come back again and again (memory hits of a revised article, one
 * article for several outlets): each distinct text is checked once.
 */
final class RememberedNormalizer implements ScriptNormalizer {

  /** Distinct texts remembered per language. */
  static final int TEXTS = 20_000;

  private final ScriptNormalizer rules;
  private final Cache<String, Normalized> answers =
      Caffeine.newBuilder().maximumSize(TEXTS).build();

  RememberedNormalizer(ScriptNormalizer rules) {
    this.rules = rules;
  }

  @Override
  public Normalized normalize(String text) {
    return answers.get(text, rules::normalize);
  }
}
