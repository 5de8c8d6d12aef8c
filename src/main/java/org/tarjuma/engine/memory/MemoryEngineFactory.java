package org.tarjuma.engine.memory;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tarjuma.engine.Capabilities;
import org.tarjuma.engine.EngineFactory;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.TranslationEngine;
import org.tarjuma.language.Languages;
import org.tarjuma.memory.TranslationMemory;

@Component
class MemoryEngineFactory implements EngineFactory {

  private final Languages languages;
  private final TranslationMemory memory;

  MemoryEngineFactory(Languages languages, TranslationMemory memory) {
    this.languages = languages;
    this.memory = memory;
  }

  @Override
  public String type() {
    return "memory";
  }

  @Override
  public List<String> problems(String name, EngineSettings settings) {
    return settings.limitProblems(name);
  }

  @Override
  public TranslationEngine create(String name, EngineSettings settings) {
    return new MemoryEngine(name, memory, Capabilities.targetCodes(languages, "memory"));
  }
}
