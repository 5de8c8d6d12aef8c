package org.tarjuma.engine.libretranslate;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tarjuma.engine.Capabilities;
import org.tarjuma.engine.EngineFactory;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.TranslationEngine;
import org.tarjuma.language.Languages;

@Component
class LibreTranslateEngineFactory implements EngineFactory {

  private final Languages languages;

  LibreTranslateEngineFactory(Languages languages) {
    this.languages = languages;
  }

  @Override
  public String type() {
    return "libretranslate";
  }

  @Override
  public List<String> problems(String name, EngineSettings settings) {
    // A self-hosted server needs no key unless started with --api-keys.
    return settings.commonProblems(name, false);
  }

  @Override
  public TranslationEngine create(String name, EngineSettings settings) {
    return LibreTranslateEngine.connect(
        name, settings, Capabilities.targetCodes(languages, "libretranslate"));
  }
}
