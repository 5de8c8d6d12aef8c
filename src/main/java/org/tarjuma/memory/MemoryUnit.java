package org.tarjuma.memory;

import java.time.Instant;
import java.util.Objects;

/**
 * One approved translation.
 *
 * @param sourceLang our code of the source language
 * @param targetLang our code of the target language
 * @param source the source sentence (in tagged form when it carries inline codes)
 * @param target its approved translation, in the same form
 * @param origin where it came from: {@code approved} by a translator, {@code tmx} imported
 * @param changedBy who approved or imported it
 * @param changedAt when
 */
public record MemoryUnit(
    String sourceLang,
    String targetLang,
    String source,
    String target,
    String origin,
    String changedBy,
    Instant changedAt) {

  public MemoryUnit {
    Objects.requireNonNull(sourceLang, "sourceLang");
    Objects.requireNonNull(targetLang, "targetLang");
    if (source == null || source.isBlank() || target == null || target.isBlank()) {
      throw new IllegalArgumentException("a memory unit needs a source and a target");
    }
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(changedBy, "changedBy");
    Objects.requireNonNull(changedAt, "changedAt");
  }
}
