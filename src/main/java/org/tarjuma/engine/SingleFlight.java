package org.tarjuma.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.tarjuma.engine.OrderState.Origin;
import org.tarjuma.engine.OrderState.Outcome;
import org.tarjuma.engine.OrderState.Pair;
import org.tarjuma.memory.CachedTranslation;
import org.tarjuma.memory.SegmentCache;

/**
 * Engine calls made once per cache key: just before paying, a key the segment cache holds is
 * answered from it (another order may have paid for it since this one looked), a key another order
 * is translating right now is waited for, and only the rest is translated; its outcome, once known,
 * is handed to every waiter. Within one process; thread-safe.
 */
final class SingleFlight {

  private final SegmentCache cache;
  private final Map<String, CompletableFuture<Outcome>> inFlight = new ConcurrentHashMap<>();

  SingleFlight(SegmentCache cache) {
    this.cache = cache;
  }

  /**
   * The outcome of every pair that has one: from the cache, from another order's call, or from
   * {@code translate}, which is given the pairs nobody else answers and returns what it could
   * translate. Reused outcomes come back with origin {@code cache}.
   *
   * @param keys each pair's cache key
   */
  Map<Pair, Outcome> translate(
      Map<Pair, String> keys, Function<List<Pair>, Map<Pair, Outcome>> translate) {
    Map<Pair, Outcome> out = new HashMap<>();
    Map<Pair, CompletableFuture<Outcome>> owned = new LinkedHashMap<>();
    Map<Pair, CompletableFuture<Outcome>> waiting = new LinkedHashMap<>();
    keys.forEach(
        (pair, key) -> {
          Optional<Outcome> kept = cached(key);
          if (kept.isPresent()) {
            out.put(pair, kept.get());
            return;
          }
          CompletableFuture<Outcome> mine = new CompletableFuture<>();
          CompletableFuture<Outcome> theirs = inFlight.putIfAbsent(key, mine);
          if (theirs == null) {
            owned.put(pair, mine);
          } else {
            waiting.put(pair, theirs);
          }
        });
    Map<Pair, Outcome> translated = Map.of();
    try {
      if (!owned.isEmpty()) {
        translated = translate.apply(List.copyOf(owned.keySet()));
        out.putAll(translated);
      }
    } finally {
      for (var e : owned.entrySet()) {
        e.getValue().complete(translated.get(e.getKey()));
        inFlight.remove(keys.get(e.getKey()), e.getValue());
      }
    }
    waiting.forEach(
        (pair, theirs) -> {
          Outcome o = theirs.join();
          if (o != null) {
            out.put(pair, o.from(Origin.CACHE));
          }
        });
    return out;
  }

  /** What the cache holds under {@code key}, as a reused outcome. */
  Optional<Outcome> cached(String key) {
    return cache.get(key).map(t -> new Outcome(t.target(), t.engine(), t.flags(), Origin.CACHE));
  }

  /** Keeps a paid translation under {@code key}, so that nobody pays for it again. */
  void keep(String key, CachedTranslation translation) {
    cache.put(key, translation);
  }
}
