package org.tarjuma.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * where that node keeps its answer, and taken over if that node gives up or dies. One watcher per
 * node reads every key its orders wait for in one query per tick, however many orders wait.
 * Thread-safe.
 */
final class SingleFlight {

  /** How often the node's watcher reads the keys other nodes are translating. */
  private static final long POLL_MILLIS = 100;

  /**
   * How long an order waits for another node's answer before it claims the key again: a holder that
   * gave up released its claim, so the key is taken over within this; a dead one's claim ends with
   * its lease.
   */
  private static final long RECLAIM_MILLIS = 1000;

  private final SegmentCache cache;
  private final KeyClaims claims;
  private final Map<String, CompletableFuture<Outcome>> inFlight = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<Outcome>> elsewhere = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicBoolean watching =
      new java.util.concurrent.atomic.AtomicBoolean();

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
    Map<String, Outcome> kept = cached(keys.values());
    keys.forEach(
        (pair, key) -> {
          Outcome found = kept.get(key);
          if (found != null) {
            out.put(pair, found);
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
    List<Pair> open = new ArrayList<>(owned.keySet());
    try {
      while (!open.isEmpty()) {
        Set<String> claimed = claims.claim(open.stream().map(keys::get).toList());
        List<Pair> mine =
            new ArrayList<>(open.stream().filter(p -> claimed.contains(keys.get(p))).toList());
        if (claims.shared() && !mine.isEmpty()) {
          // Another node may have stored the key and released its claim since this order looked:
          // its answer is in the cache now.
          Map<String, Outcome> stored = cached(mine.stream().map(keys::get).toList());
          List<Pair> answered = answer(mine, stored, keys, owned, out);
          mine.removeAll(answered);
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
        if (!open.isEmpty()) {
          // Claimed by another node: its answer lands in the cache, where this node's watcher
          // reads it.
          open.removeAll(answer(open, awaitElsewhere(open, keys), keys, owned, out));
        }
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
   * The answers to these pairs' keys that reach the cache within {@link #RECLAIM_MILLIS}: at least
   * one, unless none came in that time.
   */
  private Map<String, Outcome> awaitElsewhere(List<Pair> pairs, Map<Pair, String> keys)
      throws InterruptedException {
    Map<String, CompletableFuture<Outcome>> mine = new HashMap<>();
    for (Pair pair : pairs) {
      String key = keys.get(pair);
      mine.computeIfAbsent(key, k -> elsewhere.computeIfAbsent(k, x -> new CompletableFuture<>()));
    }
    watch();
    try {
      CompletableFuture.anyOf(mine.values().toArray(CompletableFuture[]::new))
          .get(RECLAIM_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      // Nobody answered in time: the caller claims the keys again.
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      mine.forEach(
          (key, future) -> {
            if (!future.isDone()) {
              elsewhere.remove(key, future);
            }
          });
    }
    Map<String, Outcome> answered = new HashMap<>();
    mine.forEach(
        (key, future) -> {
          Outcome o = future.getNow(null);
          if (o != null) {
            answered.put(key, o);
          }
        });
    return answered;
  }

  /** Starts this node's watcher of keys claimed elsewhere, unless it runs. */
  private void watch() {
    if (watching.compareAndSet(false, true)) {
      Thread.ofVirtual().name("single-flight-watcher").start(this::watchLoop);
    }
  }

  /**
   * Every tick, the keys orders wait for are read from the cache in one query and the found ones
   * completed; stops when nobody waits (and starts again with the next waiter).
   */
  private void watchLoop() {
    try {
      while (true) {
        Thread.sleep(POLL_MILLIS);
        if (elsewhere.isEmpty()) {
          watching.set(false);
          // A waiter may have come between the look and the reset: keep watching for it.
          if (elsewhere.isEmpty() || !watching.compareAndSet(false, true)) {
            return;
          }
        }
        try {
          cached(List.copyOf(elsewhere.keySet()))
              .forEach(
                  (key, outcome) -> {
                    CompletableFuture<Outcome> future = elsewhere.remove(key);
                    if (future != null) {
                      future.complete(outcome);
                    }
                  });
        } catch (RuntimeException e) {
          // The database is out of reach for a moment: the waiters claim again after their wait.
        }
      }
    } catch (InterruptedException e) {
      watching.set(false);
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The pairs of {@code pairs} whose keys {@code found} answers, each finished with its reused
   * outcome.
   */
  private List<Pair> answer(
      List<Pair> pairs,
      Map<String, Outcome> found,
      Map<Pair, String> keys,
      Map<Pair, CompletableFuture<Outcome>> owned,
      Map<Pair, Outcome> out) {
    List<Pair> answered = new ArrayList<>();
    for (Pair pair : pairs) {
      Outcome kept = found.get(keys.get(pair));
      if (kept != null) {
        out.put(pair, kept);
        finish(keys.get(pair), owned.get(pair), kept);
        answered.add(pair);
      }
    }
    return answered;
  }

  private void finish(String key, CompletableFuture<Outcome> future, Outcome outcome) {
    future.complete(outcome);
    inFlight.remove(key, future);
  }

  /** What the cache holds under these keys, as reused outcomes, read in one query. */
  Map<String, Outcome> cached(Collection<String> keys) {
    Map<String, Outcome> out = new HashMap<>();
    cache
        .find(keys.stream().distinct().toList())
        .forEach(
            (key, t) -> out.put(key, new Outcome(t.target(), t.engine(), t.flags(), Origin.CACHE)));
    return out;
  }

  /** Keeps a paid translation under {@code key}, so that nobody pays for it again. */
  void keep(String key, CachedTranslation translation) {
    cache.put(key, translation);
  }
}
