package org.tarjuma.engine;

import java.util.List;

/**
 * Makes engines of one provider type from their settings. Each provider sub-package has one, as a
 * Spring bean that extends {@link ProviderFactory}; the registry finds them by {@link #type()}.
 */
public interface EngineFactory {

  /** The value of {@code tarjuma.engines.<name>.type} this factory answers to. */
  String type();

  /**
   * What is wrong with these settings, one line each naming the property and what to do; empty when
   * they are fine. Called before {@link #create}.
   */
  List<String> problems(String name, EngineSettings settings);

  /**
   * The engine. May ask the provider what it serves (LibreTranslate's {@code /languages}).
   *
   * @throws IllegalStateException with one line saying why, when the engine cannot be made
   */
  TranslationEngine create(String name, EngineSettings settings);
}
