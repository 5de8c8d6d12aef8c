package org.tarjuma.memory;

import java.util.Optional;

/**
 * Machine translations by cache key, in two levels: a bounded in-memory cache in front of the
 * database, which is the source of truth. What the key covers is the caller's business (see the
 * engine module); this store only keeps what it is given. Thread-safe.
 */
public interface SegmentCache {

  Optional<CachedTranslation> get(String key);

  /** Keeps the translation under {@code key}; an existing one stays (first paid, first kept). */
  void put(String key, CachedTranslation translation);

  /** Share of lookups answered in the process, without the database, since the start (0 to 1). */
  double hitRatio();
}
