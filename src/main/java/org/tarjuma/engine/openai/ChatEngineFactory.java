package org.tarjuma.engine.openai;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tarjuma.engine.EngineFactory;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.TranslationEngine;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;

@Component
class ChatEngineFactory implements EngineFactory {

  private final Languages languages;

  ChatEngineFactory(Languages languages) {
    this.languages = languages;
  }

  @Override
  public String type() {
    return "openai";
  }

  @Override
  public List<String> problems(String name, EngineSettings settings) {
    // Local servers (Ollama, llama.cpp without --api-key) need no key.
    List<String> problems = new ArrayList<>(settings.commonProblems(name, false));
    if (settings.model() == null) {
      problems.add("tarjuma.engines." + name + ".model is missing: name the served model");
    }
    return problems;
  }

  @Override
  public TranslationEngine create(String name, EngineSettings settings) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Language language : languages.all()) {
      if (!language.code().equals("en")) {
        String name2 =
            language.code().equals("prs") ? "Dari (Afghan Persian, " : language.name() + " (";
        names.put(language.code(), name2 + language.nativeName() + ")");
      }
    }
    return new ChatEngine(name, settings, names);
  }
}
