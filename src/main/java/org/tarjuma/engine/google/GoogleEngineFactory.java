package org.tarjuma.engine.google;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tarjuma.engine.Capabilities;
import org.tarjuma.engine.EngineFactory;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.TranslationEngine;
import org.tarjuma.language.Languages;

@Component
class GoogleEngineFactory implements EngineFactory {

  private final Languages languages;

  GoogleEngineFactory(Languages languages) {
    this.languages = languages;
  }

  @Override
  public String type() {
    return "google";
  }

  @Override
  public List<String> problems(String name, EngineSettings settings) {
    List<String> problems =
        new ArrayList<>(settings.commonProblems(name, settings.credentials() == null));
    if (settings.project() == null) {
      problems.add(
          "tarjuma.engines." + name + ".project is missing: set the Google Cloud project id");
    }
    if (settings.glossary() != null
        && (settings.location() == null || settings.location().equals("global"))) {
      problems.add(
          "tarjuma.engines."
              + name
              + ".location must be a region such as us-central1 when a glossary is set");
    }
    return problems;
  }

  @Override
  public TranslationEngine create(String name, EngineSettings settings) {
    return new GoogleEngine(name, settings, Capabilities.targetCodes(languages, "google"));
  }
}
