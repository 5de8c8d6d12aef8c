package org.tarjuma.engine.memory;

import org.springframework.stereotype.Component;
import org.tarjuma.engine.ProviderFactory;
import org.tarjuma.language.Languages;
import org.tarjuma.memory.TranslationMemory;

/** The offline engine, answering from the translation memory: only its limits are checked. */
@Component
class MemoryEngineFactory extends ProviderFactory {

  MemoryEngineFactory(Languages languages, TranslationMemory memory) {
    super("memory", languages, (name, settings, codes) -> new MemoryEngine(name, memory, codes));
    offline();
  }
}
