package org.tarjuma.engine.deepl;

import org.tarjuma.engine.EngineFactory;
import org.tarjuma.language.Languages;

/** Opens the DeepL factory to the route benchmark. */
public final class DeeplBench {

  private DeeplBench() {}

  public static EngineFactory factory(Languages languages) {
    return new DeeplEngineFactory(languages);
  }
}
