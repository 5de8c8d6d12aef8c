package org.tarjuma.engine.google;

import org.springframework.stereotype.Component;
import org.tarjuma.engine.ProviderFactory;
import org.tarjuma.language.Languages;

/**
 * Google engines: a project, and a region for a glossary, which lives in one; a token, a
 * service-account key file or, with neither, Application Default Credentials.
 */
@Component
class GoogleEngineFactory extends ProviderFactory {

  GoogleEngineFactory(Languages languages) {
    super("google", languages, GoogleEngine::new);
    // A service-account key file, or else Application Default Credentials, mints the tokens that
    // the key would otherwise be.
    keyOptional();
    require(s -> s.project() != null, "project is missing: set the Google Cloud project id");
    require(
        s -> s.glossary() == null || (s.location() != null && !s.location().equals("global")),
        "location must be a region such as us-central1 when a glossary is set");
  }
}
