package org.tarjuma.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.tarjuma.cluster.KeyClaims;
import org.tarjuma.engine.OrderState.Origin;
import org.tarjuma.engine.OrderState.Outcome;
import org.tarjuma.engine.OrderState.Pair;
import org.tarjuma.memory.CachedTranslation;
import org.tarjuma.memory.SegmentCache;

/**
 * Engine calls made once per cache key: just before paying, a key the segment cache holds is
 * answered from it (another order may have paid for it since this one looked), a key another order
 * is translating right now is waited for, and only the rest is translated; its outcome, once known,
 * is handed to every waiter. Across nodes too: a key is translated only under a claim in the
 * database ({@link KeyClaims}); a key another node has claimed is waited for in the segment cache,
 * where that node keeps its answer, and taken over if that node gives up or dies. Thread-safe.
 */
final class SingleFlight {

  private static final long POLL_MILLIS = 100;

  private final SegmentCache cache;
  private final KeyClaims claims;
  private final Map<String, CompletableFuture<Outcome>> inFlight = new ConcurrentHashMap<>();

  SingleFlight(SegmentCache cache, KeyClaims claims) {
    this.cache = cache;
    this.claims = claims;
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
    if (!owned.isEmpty()) {
      out.putAll(claimAndTranslate(keys, owned, translate));
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

  /**
   * Translates the pairs this process owns, under claims: what this node claims it translates, what
   * another node has claimed it waits for in the cache, until every pair has an outcome or nobody
   * holds its key any more (then it claims that key again). Completes the owned futures.
   */
  private Map<Pair, Outcome> claimAndTranslate(
      Map<Pair, String> keys,
      Map<Pair, CompletableFuture<Outcome>> owned,
      Function<List<Pair>, Map<Pair, Outcome>> translate) {
    Map<Pair, Outcome> out = new HashMap<>();
    List<Pair> open = new java.util.ArrayList<>(owned.keySet());
    try {
      while (!open.isEmpty()) {
        Set<String> claimed = claims.claim(open.stream().map(keys::get).toList());
        List<Pair> mine =
            new java.util.ArrayList<>(
                open.stream().filter(p -> claimed.contains(keys.get(p))).toList());
        if (claims.shared()) {
          // Another node may have stored the key and released its claim since this order looked:
          // its answer is in the cache now.
          List<Pair> answered = fromCache(mine, keys, owned, out);
          open.removeAll(answered);
          List<String> answeredKeys = answered.stream().map(keys::get).toList();
          claims.release(answeredKeys);
          claimed.removeAll(answeredKeys);
        }
        if (!mine.isEmpty()) {
          Map<Pair, Outcome> translated = Map.of();
          try {
            translated = translate.apply(mine);
          } finally {
            claims.release(claimed);
          }
          out.putAll(translated);
          for (Pair pair : mine) {
            finish(keys.get(pair), owned.get(pair), translated.get(pair));
          }
          open.removeAll(mine);
        }
        if (open.isEmpty()) {
          break;
        }
        // Claimed by another node: its answer lands in the cache, read for all of them at once.
        Thread.sleep(POLL_MILLIS);
        fromCache(open, keys, owned, out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      // Whatever is left has no outcome here (interrupted, or its translation failed).
      for (Pair pair : open) {
        finish(keys.get(pair), owned.get(pair), null);
      }
    }
    return out;
  }

  /**
   * The pairs of {@code pairs} the cache answers now (read in one query), each finished with its
   * reused outcome and taken out of {@code pairs}.
   */
  private List<Pair> fromCache(
      List<Pair> pairs,
      Map<Pair, String> keys,
      Map<Pair, CompletableFuture<Outcome>> owned,
      Map<Pair, Outcome> out) {
    Map<String, CachedTranslation> found =
        cache.find(pairs.stream().map(keys::get).distinct().toList());
    List<Pair> answered = new java.util.ArrayList<>();
    for (java.util.Iterator<Pair> it = pairs.iterator(); it.hasNext(); ) {
      Pair pair = it.next();
      CachedTranslation t = found.get(keys.get(pair));
      if (t != null) {
        Outcome kept = new Outcome(t.target(), t.engine(), t.flags(), Origin.CACHE);
        out.put(pair, kept);
        finish(keys.get(pair), owned.get(pair), kept);
        answered.add(pair);
        it.remove();
      }
    }
    return answered;
  }

  private void finish(String key, CompletableFuture<Outcome> future, Outcome outcome) {
    future.complete(outcome);
    inFlight.remove(key, future);
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
