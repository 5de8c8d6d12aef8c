package org.tarjuma.engine.azure;

import org.springframework.stereotype.Component;
import org.tarjuma.engine.ProviderFactory;
import org.tarjuma.language.Languages;

/** Azure engines: a subscription key, and nothing beyond the common checks. */
@Component
class AzureEngineFactory extends ProviderFactory {

  AzureEngineFactory(Languages languages) {
    super("azure", languages, AzureEngine::new);
  }
}
