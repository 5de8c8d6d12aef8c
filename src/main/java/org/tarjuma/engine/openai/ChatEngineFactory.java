package org.tarjuma.engine.openai;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tarjuma.engine.ProviderFactory;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;

/** Chat engines: a model, and the languages named in the prompt rather than coded. */
@Component
class ChatEngineFactory extends ProviderFactory {

  ChatEngineFactory(Languages languages) {
    super("openai", languages, ChatEngine::new);
    // Local servers (Ollama, llama.cpp without --api-key) need no key.
    keyOptional();
    require(s -> s.model() != null, "model is missing: name the served model");
    targets(ChatEngineFactory::promptNames);
  }

  /** Each target language with its name for the prompt: "Urdu (اردو)". */
  private static Map<String, String> promptNames(Languages languages) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Language language : languages.all()) {
      if (!language.code().equals("en")) {
        String name =
            language.code().equals("prs") ? "Dari (Afghan Persian, " : language.name() + " (";
        names.put(language.code(), name + language.nativeName() + ")");
      }
    }
    return names;
  }
}
