package org.tarjuma.engine.azure;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tarjuma.engine.Capabilities;
import org.tarjuma.engine.EngineFactory;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.TranslationEngine;
import org.tarjuma.language.Languages;

@Component
class AzureEngineFactory implements EngineFactory {

  private final Languages languages;

  AzureEngineFactory(Languages languages) {
    this.languages = languages;
  }

  @Override
  public String type() {
    return "azure";
  }

  @Override
  public List<String> problems(String name, EngineSettings settings) {
    return settings.commonProblems(name, true);
  }

  @Override
  public TranslationEngine create(String name, EngineSettings settings) {
    return new AzureEngine(name, settings, Capabilities.targetCodes(languages, "azure"));
  }
}
