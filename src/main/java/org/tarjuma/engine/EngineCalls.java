package org.tarjuma.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.tarjuma.cluster.Permits;
import org.tarjuma.engine.Capabilities.GlossaryMechanism;
import org.tarjuma.engine.OrderState.Origin;
import org.tarjuma.engine.OrderState.Outcome;
import org.tarjuma.engine.OrderState.Pair;
import org.tarjuma.language.Languages;
import org.tarjuma.memory.CachedTranslation;

/**
 * One engine's work on some pairs of an order: the requests planned ({@link RequestPlanner}),
 * queued behind the engine's other work ({@link EngineQueue}, one per engine across orders, which
 * bills each request to the orders it served as it comes back), each answer read back into tagged
 * form, normalized to the language's letters, checked against the glossary ({@link TermCheck}) and
 * kept in the segment cache the moment it arrives. A translation that breaks the glossary is sent
 * once more with every term masked (never as the same request again); the second is kept only when
 * it has fewer problems than the first, and what is kept is flagged if still wrong. Thread-safe.
 */
final class EngineCalls {

  private final RequestPlanner planner;
  private final TermCheck check;
  private final SingleFlight flights;
  private final Usage usage;
  private final Permits permits;
  private final Languages languages;
  private final Map<GuardedEngine, EngineQueue> queues = new ConcurrentHashMap<>();

  EngineCalls(
      RequestPlanner planner,
      TermCheck check,
      SingleFlight flights,
      Usage usage,
      Permits permits,
      Languages languages) {
    this.planner = planner;
    this.check = check;
    this.flights = flights;
    this.usage = usage;
    this.permits = permits;
    this.languages = languages;
  }

  /**
   * The translations the engine gave for {@code pairs}, flagged or not; pairs it could not
   * translate are absent, with the reason among the order's problems.
   */
  Map<Pair, Outcome> translate(OrderState state, GuardedEngine engine, List<Pair> pairs) {
    Map<Pair, Outcome> accepted = new ConcurrentHashMap<>();
    Map<Pair, Outcome> flagged = send(state, engine, pairs, false, accepted);
    if (flagged.isEmpty()) {
      return accepted;
    }
    // The strict attempt masks every term; a pair it would send exactly as before is not sent.
    List<Pair> again = flagged.keySet().stream().filter(p -> changes(state, engine, p)).toList();
    Map<Pair, Outcome> strict = new ConcurrentHashMap<>();
    if (!again.isEmpty()) {
      send(state, engine, again, true, strict);
    }
    flagged.forEach(
        (pair, first) -> {
          Outcome second = strict.get(pair);
          // The second replaces the first only when it has fewer problems.
          Outcome best =
              second != null && second.flags().size() < first.flags().size() ? second : first;
          accepted.put(pair, best);
          keep(state, engine, pair, best);
        });
    return accepted;
  }

  /** Whether the strict attempt would send {@code pair} differently from the first. */
  private boolean changes(OrderState state, GuardedEngine engine, Pair pair) {
    return !items(planner.plan(state, engine, List.of(pair), false))
        .equals(items(planner.plan(state, engine, List.of(pair), true)));
  }

  private static List<EngineRequest.Item> items(RequestPlanner.Plan plan) {
    return plan.groups().stream().flatMap(g -> g.items().stream()).toList();
  }

  /**
   * Sends one attempt; fills {@code accepted} and answers the translations held back for a strict
   * attempt (none when this one is strict or the engine enforces nothing).
   */
  private Map<Pair, Outcome> send(
      OrderState state,
      GuardedEngine engine,
      List<Pair> pairs,
      boolean strict,
      Map<Pair, Outcome> accepted) {
    RequestPlanner.Plan plan = planner.plan(state, engine, pairs, strict);
    EngineQueue queue =
        queues.computeIfAbsent(engine, e -> new EngineQueue(e, e.maxConcurrency(), usage, permits));
    Map<Pair, Outcome> flagged = new ConcurrentHashMap<>();
    boolean enforce = engine.capabilities().glossary() != GlossaryMechanism.NONE && !strict;
    List<Runnable> takes = new ArrayList<>();
    for (RequestPlanner.Group group : plan.groups()) {
      List<RequestPlanner.Unit> sendable = new ArrayList<>();
      List<EngineRequest.Item> items = new ArrayList<>();
      for (int i = 0; i < group.units().size(); i++) {
        RequestPlanner.Unit unit = group.units().get(i);
        if (queue.fits(group.shape(), unit.text())) {
          sendable.add(unit);
          items.add(group.items().get(i));
        } else {
          for (String lang : group.shape().targets()) {
            state.problem(
                lang,
                engine.id()
                    + ": segment "
                    + state.segment(unit.seg()).id()
                    + " is longer than one request may be");
          }
        }
      }
      List<CompletableFuture<EngineQueue.Answer>> answers =
          queue.submit(group.shape(), items, Usage.Bill.of(state.order));
      takes.add(
          () -> {
            long billed = 0;
            for (int i = 0; i < sendable.size(); i++) {
              Read read = read(state, engine, group.shape(), sendable.get(i), answers.get(i), plan);
              billed += read.billed();
              read.outcomes()
                  .forEach(
                      (pair, outcome) -> {
                        if (strict) {
                          accepted.put(pair, outcome); // kept by the caller if it is the better one
                        } else if (outcome.flags().isEmpty() || !enforce) {
                          accepted.put(pair, outcome);
                          // Paid for: kept at once, so a crash right after loses nothing.
                          keep(state, engine, pair, outcome);
                        } else {
                          flagged.put(pair, outcome);
                        }
                      });
            }
            bill(state, group.shape().targets(), billed);
          });
    }
    // Every group is queued before any answer is awaited, so they can share requests.
    takes.forEach(Runnable::run);
    return flagged;
  }

  /** What one text's answer gave: each target's translation, and its share of the bill. */
  private record Read(Map<Pair, Outcome> outcomes, long billed) {}

  /** Waits for one text's answer and reads each target's translation. */
  private Read read(
      OrderState state,
      GuardedEngine engine,
      EngineQueue.Shape shape,
      RequestPlanner.Unit unit,
      CompletableFuture<EngineQueue.Answer> future,
      RequestPlanner.Plan plan) {
    List<String> langs = shape.targets();
    EngineQueue.Answer answer;
    try {
      answer = future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof EngineException failure) {
        langs.forEach(l -> state.problem(l, engine.id() + ": " + failure.getMessage()));
        return new Read(Map.of(), 0);
      }
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    Map<Pair, Outcome> out = new java.util.HashMap<>();
    for (String lang : langs) {
      String text = answer.translations().get(lang);
      Pair pair = new Pair(unit.seg(), lang);
      WireText.Wire wire = plan.wires().get(pair);
      if (wire == null || text == null || text.isBlank()) {
        continue;
      }
      String target =
          languages.normalizer(languages.require(lang)).normalize(wire.restore(text)).text();
      List<String> flags = check.violations(target, state.terms(unit.seg()), lang);
      out.put(pair, new Outcome(target, engine.id(), flags, Origin.ENGINE));
    }
    return new Read(out, answer.billed());
  }

  /** The order's part of what its requests billed, per language (the ledger has it already). */
  private static void bill(OrderState state, List<String> langs, long billed) {
    if (billed > 0) {
      long perLang = billed / langs.size();
      langs.forEach(l -> state.billed(l, perLang));
    }
  }

  /** Keeps a paid translation in the segment cache under the pair's key for this engine. */
  private void keep(OrderState state, GuardedEngine engine, Pair pair, Outcome o) {
    flights.keep(
        state.cacheKey(pair, engine),
        new CachedTranslation(
            pair.lang(),
            state.tagged(pair.seg()),
            o.target(),
            o.engine(),
            engine.capabilities().version(),
            o.flags()));
  }
}
