package org.tarjuma.memory;

import java.util.Optional;

/**
 * Machine translations by cache key, in two levels: a bounded in-memory cache in front of the
 * database, which is the source of truth. What the key covers is the caller's business (see the
 * engine module); this store only keeps what it is given. Thread-safe.
 */
public interface SegmentCache {

  Optional<CachedTranslation> get(String key);

  /**
   * What the cache holds under these keys, read from the database for those not in the process (in
   * one query, not one per key): for a node waiting on another's answers.
   */
  default java.util.Map<String, CachedTranslation> find(java.util.Collection<String> keys) {
    java.util.Map<String, CachedTranslation> out = new java.util.HashMap<>();
    for (String key : keys) {
      get(key).ifPresent(t -> out.put(key, t));
    }
    return out;
  }

  /** Keeps the translation under {@code key}; an existing one stays (first paid, first kept). */
  void put(String key, CachedTranslation translation);

  /** Share of lookups answered in the process, without the database, since the start (0 to 1). */
  double hitRatio();
}
