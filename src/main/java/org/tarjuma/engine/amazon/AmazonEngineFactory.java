package org.tarjuma.engine.amazon;

import org.springframework.stereotype.Component;
import org.tarjuma.engine.ProviderFactory;
import org.tarjuma.language.Languages;

/** Amazon engines: the access key id and its secret; a terminology name if one is given. */
@Component
class AmazonEngineFactory extends ProviderFactory {

  AmazonEngineFactory(Languages languages) {
    super("amazon", languages, AmazonEngine::new);
    require(s -> s.secret() != null, "secret is missing: set the AWS secret access key");
    require(
        s -> s.glossary() == null || s.glossary().matches("([A-Za-z0-9-]_?)+"),
        "glossary is not an Amazon terminology name");
  }
}
