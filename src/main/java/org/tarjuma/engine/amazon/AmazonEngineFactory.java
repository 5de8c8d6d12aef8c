package org.tarjuma.engine.amazon;

import org.springframework.stereotype.Component;
import org.tarjuma.engine.ProviderFactory;
import org.tarjuma.language.Languages;

/**
 * Amazon engines: the access key id and its secret, or neither for the AWS SDK's default
 * credentials chain; a terminology name if one is given.
 */
@Component
class AmazonEngineFactory extends ProviderFactory {

  AmazonEngineFactory(Languages languages) {
    super("amazon", languages, AmazonEngine::new);
    // Neither key nor secret: the default chain signs (checked when the engine is made).
    keyOptionalWhen(s -> s.secret() == null);
    require(
        s -> s.key() == null || s.secret() != null,
        "secret is missing: set the AWS secret access key, or neither key nor secret for the AWS"
            + " default credentials chain");
    require(
        s -> s.glossary() == null || s.glossary().matches("([A-Za-z0-9-]_?)+"),
        "glossary is not an Amazon terminology name");
  }
}
