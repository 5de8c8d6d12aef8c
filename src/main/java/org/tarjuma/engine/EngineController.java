package org.tarjuma.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tarjuma.security.Caller;
import org.tarjuma.web.Problems;

/**
 * The admins' engines API: every configured engine with its state and what it billed, the routes,
 * and pausing and resuming an engine. Providers, credentials and routes are configuration (they
 * hold secrets and are reviewed like code); what an admin changes at run time is whether an engine
 * is used at all.
 */
@RestController
class EngineController {

  private final EngineRegistry registry;
  private final EngineSwitches switches;
  private final UsageLedger usage;

  EngineController(EngineRegistry registry, EngineSwitches switches, UsageLedger usage) {
    this.registry = registry;
    this.switches = switches;
    this.usage = usage;
  }

  /**
   * @param name the engine's name in {@code tarjuma.engines.<name>}
   * @param type the provider: azure, google, amazon, deepl, libretranslate, openai, memory
   * @param version the model or API version its translations are cached under
   * @param languages the target languages it serves
   * @param maxConcurrency requests it may have in flight at once
   * @param circuit closed (calls go through), open (resting after failures) or half_open
   * @param paused whether an admin paused it; routes skip a paused engine
   * @param changedBy who paused it, when paused
   * @param changedAt when it was paused, when paused
   * @param characters characters billed, all time (from the usage ledger, the same on every node)
   * @param cost characters × price per million at the time
   * @param requests requests by outcome, all time
   */
  record EngineStatus(
      String name,
      String type,
      String version,
      List<String> languages,
      int maxConcurrency,
      String circuit,
      boolean paused,
      String changedBy,
      Instant changedAt,
      long characters,
      BigDecimal cost,
      Map<String, Long> requests) {}

  /**
   * @param engines every configured engine, the offline {@code memory} among them
   * @param routes per target language, the engines tried in order (paused ones included)
   */
  record Engines(List<EngineStatus> engines, Map<String, List<String>> routes) {}

  @GetMapping("/api/v1/engines")
  Engines engines() {
    Map<String, UsageLedger.EngineTotal> used = usage.engines(UsageLedger.Period.ALL);
    List<EngineStatus> statuses =
        registry.engines().stream()
            .sorted(Comparator.comparing(GuardedEngine::id))
            .map(e -> status(e, used.get(e.id())))
            .toList();
    Map<String, List<String>> routes = new LinkedHashMap<>();
    registry
        .routedLanguages()
        .forEach(
            lang ->
                routes.put(lang, registry.route(lang).stream().map(GuardedEngine::id).toList()));
    return new Engines(statuses, routes);
  }

  /** Routes skip the engine until it is resumed; jobs already sending to it finish. */
  @PostMapping("/api/v1/engines/{name}/pause")
  EngineStatus pause(@PathVariable String name) {
    GuardedEngine engine = engine(name);
    if (engine.id().equals(EngineRegistry.MEMORY)) {
      throw Problems.of(
          HttpStatus.CONFLICT,
          "The offline engine cannot be paused",
          "'memory' answers only from approved and seeded translations, costs nothing and is"
              + " always present; pause the engines that call providers instead.");
    }
    switches.pause(engine.id(), who());
    return status(engine);
  }

  /** Routes use the engine again; an open circuit is closed, so the next job tries it at once. */
  @PostMapping("/api/v1/engines/{name}/resume")
  EngineStatus resume(@PathVariable String name) {
    GuardedEngine engine = engine(name);
    switches.resume(engine.id(), who());
    engine.closeCircuit();
    return status(engine);
  }

  EngineStatus status(GuardedEngine engine) {
    return status(engine, usage.engines(UsageLedger.Period.ALL).get(engine.id()));
  }

  private EngineStatus status(GuardedEngine engine, UsageLedger.EngineTotal used) {
    Capabilities caps = engine.capabilities();
    var pause = switches.pause(engine.id());
    return new EngineStatus(
        engine.id(),
        caps.type(),
        caps.version(),
        caps.languages().keySet().stream().sorted().toList(),
        engine.maxConcurrency(),
        engine.state().name().toLowerCase(Locale.ROOT),
        pause.isPresent(),
        pause.map(EngineSwitches.Pause::by).orElse(null),
        pause.map(EngineSwitches.Pause::at).orElse(null),
        used == null ? 0 : used.characters(),
        used == null ? BigDecimal.ZERO : used.cost(),
        used == null ? Map.of() : used.requests());
  }

  private GuardedEngine engine(String name) {
    return registry
        .engine(name)
        .orElseThrow(
            () ->
                Problems.of(
                    HttpStatus.NOT_FOUND,
                    "Unknown engine",
                    "There is no engine '"
                        + name
                        + "'; configured: "
                        + String.join(
                            ", ",
                            registry.engines().stream().map(GuardedEngine::id).sorted().toList())
                        + "."));
  }

  private static String who() {
    return Caller.current().map(Caller::name).orElse("unknown");
  }
}
