package org.tarjuma.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;

/**
 * The configured engines, each behind its resilience guard, and the route of each target language.
 * Built and checked once: every problem of the configuration is collected and reported together,
 * one line each, and the application does not start. The offline engine {@code memory} is always
 * there; with no route configured at all, every target language routes to it.
 */
final class EngineRegistry {

  static final String MEMORY = "memory";
  private static final Logger log = LoggerFactory.getLogger(EngineRegistry.class);

  private final Map<String, GuardedEngine> engines;
  private final Map<String, List<GuardedEngine>> routes;

  EngineRegistry(
      EngineProperties properties, Collection<EngineFactory> factories, Languages languages) {
    Map<String, EngineFactory> byType = new TreeMap<>();
    factories.forEach(f -> byType.put(f.type(), f));
    List<String> problems = new ArrayList<>();

    Map<String, EngineSettings> configured = new TreeMap<>(properties.engines());
    EngineSettings memory = configured.get(MEMORY);
    if (memory == null) {
      configured.put(MEMORY, EngineSettings.builder(MEMORY).build());
    } else if (!MEMORY.equals(memory.type())) {
      problems.add(
          "tarjuma.engines.memory is the name of the offline engine; give the "
              + memory.type()
              + " engine another name");
    }

    Map<String, GuardedEngine> built = new LinkedHashMap<>();
    configured.forEach(
        (name, settings) -> {
          String prefix = "tarjuma.engines." + name + ".";
          if (settings.type() == null) {
            problems.add(
                prefix + "type is missing: use one of " + String.join(", ", byType.keySet()));
            return;
          }
          EngineFactory factory = byType.get(settings.type());
          if (factory == null) {
            problems.add(
                prefix
                    + "type="
                    + settings.type()
                    + " is not a known engine type: use one of "
                    + String.join(", ", byType.keySet()));
            return;
          }
          List<String> own = factory.problems(name, settings);
          if (!own.isEmpty()) {
            problems.addAll(own);
            return;
          }
          try {
            built.put(
                name,
                new GuardedEngine(
                    factory.create(name, settings), settings, properties.resilience()));
          } catch (IllegalStateException e) {
            problems.add(e.getMessage());
          }
        });

    Map<String, List<GuardedEngine>> routed = new LinkedHashMap<>();
    Map<String, List<String>> routing = properties.routing();
    if (routing.isEmpty()) {
      languages.all().stream()
          .filter(l -> !l.code().equals("en"))
          .forEach(l -> routed.put(l.code(), List.of(built.get(MEMORY))));
    }
    routing.forEach(
        (lang, names) -> {
          Optional<Language> language = languages.find(lang).filter(l -> !l.code().equals("en"));
          if (language.isEmpty()) {
            problems.add(
                "tarjuma.routing."
                    + lang
                    + ": "
                    + lang
                    + " is not a target language; use one of "
                    + String.join(", ", targetCodes(languages)));
            return;
          }
          String code = language.get().code();
          List<GuardedEngine> route = new ArrayList<>();
          if (names == null || names.isEmpty()) {
            problems.add("tarjuma.routing." + lang + " names no engine");
          }
          for (String raw : names == null ? List.<String>of() : names) {
            String name = raw.strip();
            GuardedEngine engine = built.get(name);
            if (engine == null) {
              if (!configured.containsKey(name)) {
                problems.add(
                    "tarjuma.routing."
                        + lang
                        + " names engine '"
                        + name
                        + "', which is not configured (configured: "
                        + String.join(", ", configured.keySet())
                        + ")");
              }
            } else if (!engine.capabilities().serves(code)) {
              problems.add(
                  "tarjuma.routing."
                      + lang
                      + " names engine '"
                      + name
                      + "', which does not translate into "
                      + language.get().name()
                      + " ("
                      + code
                      + ")");
            } else {
              route.add(engine);
            }
          }
          routed.put(code, List.copyOf(route));
        });

    if (!problems.isEmpty()) {
      throw new EngineConfigurationException(problems);
    }
    this.engines = Map.copyOf(built);
    this.routes = Map.copyOf(routed);
    routes.forEach(
        (lang, route) ->
            log.info(
                "Route {}: {}",
                lang,
                String.join(" → ", route.stream().map(GuardedEngine::id).toList())));
  }

  /** The engines to try for {@code lang}, in order; empty when no route serves it. */
  List<GuardedEngine> route(String lang) {
    return routes.getOrDefault(lang, List.of());
  }

  /** The target languages some route serves. */
  Collection<String> routedLanguages() {
    return routes.keySet().stream().sorted().toList();
  }

  /** The offline engine: the translation memory's approved translations; always there. */
  GuardedEngine memory() {
    return engines.get(MEMORY);
  }

  Optional<GuardedEngine> engine(String name) {
    return Optional.ofNullable(engines.get(name));
  }

  Collection<GuardedEngine> engines() {
    return engines.values();
  }

  private static List<String> targetCodes(Languages languages) {
    return languages.all().stream().map(Language::code).filter(c -> !c.equals("en")).toList();
  }
}
