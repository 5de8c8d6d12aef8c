package org.tarjuma.engine.libretranslate;

import org.springframework.stereotype.Component;
import org.tarjuma.engine.ProviderFactory;
import org.tarjuma.language.Languages;

/** LibreTranslate engines, each asking its server what it serves when it is made. */
@Component
class LibreTranslateEngineFactory extends ProviderFactory {

  LibreTranslateEngineFactory(Languages languages) {
    super("libretranslate", languages, LibreTranslateEngine::connect);
    // A self-hosted server needs no key unless started with --api-keys.
    keyOptional();
  }
}
