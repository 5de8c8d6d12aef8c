package org.tarjuma.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tarjuma.engine.OrderState.Pair;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.language.Languages;
import org.tarjuma.qa.QualityChecks;

/**
 * The {@link Translator}: rounds along each language's route. In round {@code r} every pair still
 * pending goes to the {@code r}-th active engine of its language's route, each engine's share on a
 * thread of its own; what an engine could not translate waits for the next round, and so falls back
 * to the next engine. The offline {@code memory} engine takes no round: {@link Reuse} asked it up
 * front. How one engine's share is sent, checked and kept is {@link EngineCalls}'s job, paid once
 * per cache key through {@link SingleFlight}.
 */
final class RoutingTranslator implements Translator {

  private final EngineRegistry registry;
  private final EngineSwitches switches;
  private final Glossary glossary;
  private final Reuse reuse;
  private final SingleFlight flights;
  private final EngineCalls calls;
  private final QualityChecks qa;
  private final Languages languages;

  RoutingTranslator(
      EngineRegistry registry,
      EngineSwitches switches,
      Glossary glossary,
      Reuse reuse,
      SingleFlight flights,
      EngineCalls calls,
      QualityChecks qa,
      Languages languages) {
    this.registry = registry;
    this.switches = switches;
    this.glossary = glossary;
    this.reuse = reuse;
    this.flights = flights;
    this.calls = calls;
    this.qa = qa;
    this.languages = languages;
  }

  @Override
  public List<String> routedLanguages() {
    return List.copyOf(registry.routedLanguages());
  }

  @Override
  public Map<String, TargetResult> translate(Order order) {
    OrderState state = start(order);
    Map<String, List<GuardedEngine>> routes = routes(order);
    reuse.fill(state, routes);
    rounds(state, routes);
    return state.results(qa, languages);
  }

  @Override
  public Map<String, TargetResult> translateMisses(Order order) {
    OrderState state = start(order);
    rounds(state, routes(order));
    return state.results(qa, languages);
  }

  @Override
  public Map<String, Map<Integer, TranslatedSegment>> reuse(Order order) {
    OrderState state = start(order);
    reuse.fill(state, routes(order));
    return state.found(qa, languages);
  }

  private OrderState start(Order order) {
    for (String target : order.targets()) {
      if (registry.route(target).isEmpty()) {
        throw new IllegalArgumentException(
            "No route serves '"
                + target
                + "'; routes exist for: "
                + String.join(", ", registry.routedLanguages()));
      }
    }
    return new OrderState(order, glossary);
  }

  /** Each target's route without the engines an admin has paused, read once per order. */
  private Map<String, List<GuardedEngine>> routes(Order order) {
    Map<String, List<GuardedEngine>> routes = new LinkedHashMap<>();
    for (String target : order.targets()) {
      routes.put(
          target, registry.route(target).stream().filter(e -> !switches.paused(e.id())).toList());
    }
    return routes;
  }

  private void rounds(OrderState state, Map<String, List<GuardedEngine>> routes) {
    routes.forEach(
        (lang, route) -> {
          if (route.isEmpty() && state.pending().stream().anyMatch(p -> p.lang().equals(lang))) {
            state.problem(
                lang,
                "every engine of the "
                    + lang
                    + " route is paused ("
                    + String.join(
                        ", ", registry.route(lang).stream().map(GuardedEngine::id).toList())
                    + "); an admin can resume one");
          }
        });
    int rounds = routes.values().stream().mapToInt(List::size).max().orElse(0);
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int round = 0; round < rounds && !state.pending().isEmpty(); round++) {
        Map<GuardedEngine, List<Pair>> byEngine = new LinkedHashMap<>();
        for (Pair pair : state.pending()) {
          List<GuardedEngine> route = routes.get(pair.lang());
          if (round < route.size() && route.get(round) != registry.memory()) {
            byEngine.computeIfAbsent(route.get(round), e -> new ArrayList<>()).add(pair);
          }
        }
        List<Future<?>> running = new ArrayList<>();
        byEngine.forEach(
            (engine, pairs) -> running.add(executor.submit(() -> run(state, engine, pairs))));
        await(running);
      }
    }
  }

  /** One engine's share of a round, each cache key paid for once. */
  private void run(OrderState state, GuardedEngine engine, List<Pair> pairs) {
    Map<Pair, String> keys = new LinkedHashMap<>();
    pairs.forEach(pair -> keys.put(pair, state.cacheKey(pair, engine)));
    state.accept(flights.translate(keys, owned -> calls.translate(state, engine, owned)));
  }

  private static void await(List<Future<?>> futures) {
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while translating", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }
}
