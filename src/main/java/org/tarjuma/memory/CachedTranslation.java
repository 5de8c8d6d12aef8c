package org.tarjuma.memory;

import java.util.List;
import java.util.Objects;

/**
 * A machine translation kept so that nobody pays for it twice.
 *
 * @param lang our code of the target language
 * @param source the source as sent (tagged form when it has codes)
 * @param target the translation, checked and normalized
 * @param engine the engine that produced it
 * @param version that engine's model or API version
 * @param flags what was wrong with it when it was made
 */
public record CachedTranslation(
    String lang, String source, String target, String engine, String version, List<String> flags) {

  public CachedTranslation {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(engine, "engine");
    version = version == null ? "" : version;
    flags = flags == null ? List.of() : List.copyOf(flags);
  }

  /** Roughly what it takes in memory, for the cache's weight bound. */
  int weight() {
    return 64 + 2 * (source.length() + target.length() + engine.length() + version.length());
  }
}
