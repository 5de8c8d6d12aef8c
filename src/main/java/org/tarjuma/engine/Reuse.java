package org.tarjuma.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarjuma.engine.OrderState.Origin;
import org.tarjuma.engine.OrderState.Outcome;
import org.tarjuma.engine.OrderState.Pair;
import org.tarjuma.language.Languages;

/**
 * What an order can have without paying, looked up once, before any route is tried: first the
 * approved translations, through the offline {@code memory} engine (one batched lookup of every
 * segment into every target, whatever the routes say), then what the segment cache holds for the
 * first engine of each language's route that calls a provider. Never calls a provider and bills no
 * character; each lookup is written to the usage ledger as a request to {@code memory}.
 * Thread-safe.
 */
final class Reuse {

  private static final Logger log = LoggerFactory.getLogger(Reuse.class);

  private final GuardedEngine memory;
  private final SingleFlight flights;
  private final Usage usage;
  private final Languages languages;

  Reuse(GuardedEngine memory, SingleFlight flights, Usage usage, Languages languages) {
    this.memory = memory;
    this.flights = flights;
    this.usage = usage;
    this.languages = languages;
  }

  /**
   * Marks done every pending pair the memory or the cache can answer.
   *
   * @param routes each target's active route, in order
   */
  void fill(OrderState state, Map<String, List<GuardedEngine>> routes) {
    approved(state);
    for (String lang : state.order.targets()) {
      Optional<GuardedEngine> first =
          routes.getOrDefault(lang, List.of()).stream().filter(e -> e != memory).findFirst();
      if (first.isEmpty()) {
        continue;
      }
      Map<Pair, String> keys = new java.util.LinkedHashMap<>();
      for (int i = 0; i < state.size(); i++) {
        Pair pair = new Pair(i, lang);
        if (state.isPending(pair)) {
          keys.put(pair, state.cacheKey(pair, first.get()));
        }
      }
      if (!keys.isEmpty()) {
        Map<String, Outcome> kept = flights.cached(keys.values());
        keys.forEach(
            (pair, key) -> {
              Outcome found = kept.get(key);
              if (found != null) {
                state.accept(pair, found);
              }
            });
      }
    }
  }

  /** The memory's approved translations, in requests as large as the memory engine takes. */
  private void approved(OrderState state) {
    List<String> targets =
        state.order.targets().stream().filter(memory.capabilities()::serves).toList();
    Capabilities.Limits limits = memory.capabilities().limits();
    for (int from = 0; from < state.size(); from += limits.maxItems()) {
      List<EngineRequest.Item> items = new java.util.ArrayList<>();
      for (int i = from; i < Math.min(state.size(), from + limits.maxItems()); i++) {
        items.add(
            new EngineRequest.Item(
                Integer.toString(i), state.readable(i), List.of(), state.readable(i)));
      }
      for (int t = 0; t < targets.size(); t += limits.maxTargets()) {
        List<String> some = targets.subList(t, Math.min(targets.size(), t + limits.maxTargets()));
        ask(
            state,
            new EngineRequest(state.order.source(), some, EngineRequest.TextType.PLAIN, items));
      }
    }
  }

  private void ask(OrderState state, EngineRequest request) {
    EngineResult result;
    long sent = System.nanoTime();
    try {
      result = memory.unguarded().translate(request);
    } catch (EngineException e) {
      // The segments stay pending: the routes' engines translate them.
      usage.failed(
          memory.id(),
          request.targets(),
          List.of(Usage.Bill.of(state.order)),
          e.failure(),
          Duration.ofNanos(System.nanoTime() - sent));
      log.warn(
          "The memory could not be read for {} segments: {}",
          request.items().size(),
          e.getMessage());
      return;
    }
    usage.answered(
        memory.id(),
        request.targets(),
        Map.of(Usage.Bill.of(state.order), result.billedCharacters()),
        Duration.ofNanos(System.nanoTime() - sent));
    for (EngineResult.Translated t : result.translations()) {
      int seg = EngineResult.position(t.itemId(), state.size());
      if (seg >= 0 && request.targets().contains(t.target())) {
        String target =
            languages.normalizer(languages.require(t.target())).normalize(t.text()).text();
        state.accept(
            new Pair(seg, t.target()), new Outcome(target, memory.id(), t.flags(), Origin.MEMORY));
      }
    }
  }
}
