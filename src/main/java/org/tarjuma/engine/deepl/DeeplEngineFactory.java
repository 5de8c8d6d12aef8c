package org.tarjuma.engine.deepl;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tarjuma.engine.Capabilities;
import org.tarjuma.engine.EngineFactory;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.TranslationEngine;
import org.tarjuma.language.Languages;

@Component
class DeeplEngineFactory implements EngineFactory {

  private final Languages languages;

  DeeplEngineFactory(Languages languages) {
    this.languages = languages;
  }

  @Override
  public String type() {
    return "deepl";
  }

  @Override
  public List<String> problems(String name, EngineSettings settings) {
    List<String> problems = new java.util.ArrayList<>(settings.commonProblems(name, true));
    if (settings.key() != null
        && settings.key().endsWith(":fx")
        && settings.baseUrl() != null
        && settings.baseUrl().contains("://api.deepl.com")) {
      problems.add(
          "tarjuma.engines."
              + name
              + ".base-url: a DeepL Free key (ending in :fx) works only with"
              + " https://api-free.deepl.com");
    }
    return problems;
  }

  @Override
  public TranslationEngine create(String name, EngineSettings settings) {
    return new DeeplEngine(name, settings, Capabilities.targetCodes(languages, "deepl"));
  }
}
