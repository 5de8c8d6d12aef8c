package org.tarjuma.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This node's copy of the memory's exact answers, a unit or its absence per language pair and
 * sentence key, kept until that unit changes: a save on this node forgets it once committed, a save
 * on another node when this node hears of it (within a second), and a resync (after a reconnection,
 * and on PostgreSQL every {@code tarjuma.cluster.poll-fallback}) forgets everything. What a lookup
 * read while a change was being applied is answered but not kept, so no copy outlives a change it
 * may not have seen. Bounded by weight, in bytes as {@link #weight} estimates them. Thread-safe.
 */
final class ExactUnits {

  /** One language pair's entry for one sentence key ({@link JdbcTranslationMemory#key}). */
  record Key(String sourceLang, String targetLang, String sourceKey) {}

  private final Cache<Key, Optional<MemoryUnit>> units;
  // Counts the changes applied; a lookup keeps what it read only if none was applied meanwhile.
  private final AtomicLong changes = new AtomicLong();

  ExactUnits(long maxBytes) {
    this.units =
        Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher(ExactUnits::weight)
            .recordStats()
            .build();
  }

  /**
   * An entry's heap, estimated: about 300 bytes of objects (the key with its 64 hex digits, the
   * unit, the cache's node), a byte per character of the source and two of the target.
   */
  static int weight(Key key, Optional<MemoryUnit> unit) {
    return 300 + unit.map(u -> u.source().length() + 2 * u.target().length()).orElse(0);
  }

  Cache<Key, Optional<MemoryUnit>> cache() {
    return units;
  }

  /** What is kept for {@code key}: a unit, its known absence, or null when nothing is kept. */
  Optional<MemoryUnit> get(Key key) {
    return units.getIfPresent(key);
  }

  /** The mark to pass to {@link #keep}, taken before reading the database. */
  long mark() {
    return changes.get();
  }

  /**
   * Keeps what a lookup read from the database, unless a change was applied since {@code mark}:
   * then the entries it may have overtaken are dropped again.
   */
  void keep(long mark, Map<Key, Optional<MemoryUnit>> read) {
    if (changes.get() != mark) {
      return;
    }
    units.putAll(read);
    // A change applied between the check and the put forgot its keys before they were put here.
    if (changes.get() != mark) {
      units.invalidateAll(read.keySet());
    }
  }

  /** Forgets the entries of these keys (a change of their units). */
  void forget(Collection<Key> keys) {
    changes.incrementAndGet();
    units.invalidateAll(keys);
  }

  /** Forgets everything (a change too large to list, or one that may have been missed). */
  void forgetAll() {
    changes.incrementAndGet();
    units.invalidateAll();
  }
}
