package org.tarjuma.engine.memory;

import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.TranslationEngine;
import org.tarjuma.memory.TranslationMemory;
import org.tarjuma.testing.Fixtures;

/** The real offline engine over a test's own memory, for tests outside this package. */
public final class MemoryEngines {

  private MemoryEngines() {}

  /** The {@code memory} engine answering from {@code memory}. */
  public static TranslationEngine over(TranslationMemory memory) {
    return new MemoryEngineFactory(Fixtures.LANGUAGES, memory)
        .create("memory", EngineSettings.of("memory", null, null));
  }
}
