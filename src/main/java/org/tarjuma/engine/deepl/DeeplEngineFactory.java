package org.tarjuma.engine.deepl;

import org.springframework.stereotype.Component;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.ProviderFactory;
import org.tarjuma.language.Languages;

/** DeepL engines: a key, and a Free key only at the Free address. */
@Component
class DeeplEngineFactory extends ProviderFactory {

  DeeplEngineFactory(Languages languages) {
    super("deepl", languages, DeeplEngine::new);
    require(
        s -> !freeKeyAtProAddress(s),
        "base-url: a DeepL Free key (ending in :fx) works only with https://api-free.deepl.com");
  }

  private static boolean freeKeyAtProAddress(EngineSettings settings) {
    return settings.key() != null
        && settings.key().endsWith(":fx")
        && settings.baseUrl() != null
        && settings.baseUrl().contains("://api.deepl.com");
  }
}
