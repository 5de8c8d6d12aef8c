package org.tarjuma.engine.amazon;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tarjuma.engine.Capabilities;
import org.tarjuma.engine.EngineFactory;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.TranslationEngine;
import org.tarjuma.language.Languages;

@Component
class AmazonEngineFactory implements EngineFactory {

  private final Languages languages;

  AmazonEngineFactory(Languages languages) {
    this.languages = languages;
  }

  @Override
  public String type() {
    return "amazon";
  }

  @Override
  public List<String> problems(String name, EngineSettings settings) {
    List<String> problems = new ArrayList<>(settings.commonProblems(name, true));
    if (settings.secret() == null) {
      problems.add("tarjuma.engines." + name + ".secret is missing: set the AWS secret access key");
    }
    if (settings.glossary() != null && !settings.glossary().matches("([A-Za-z0-9-]_?)+")) {
      problems.add("tarjuma.engines." + name + ".glossary is not an Amazon terminology name");
    }
    return problems;
  }

  @Override
  public TranslationEngine create(String name, EngineSettings settings) {
    return new AmazonEngine(name, settings, Capabilities.targetCodes(languages, "amazon"));
  }
}
