package org.tarjuma.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.tarjuma.memory.CachedTranslation;
import org.tarjuma.memory.MemoryUnit;
import org.tarjuma.memory.SegmentCache;
import org.tarjuma.memory.TranslationMemory;

/** In-memory stand-ins for the memory module's stores, for tests without a database. */
public final class MapStores {

  private MapStores() {}

  /** A translation memory keyed by target language and exact source. */
  public static final class Memory implements TranslationMemory {
    private final Map<String, MemoryUnit> units = new ConcurrentHashMap<>();

    @Override
    public Optional<MemoryUnit> exact(String sourceLang, String targetLang, String source) {
      return Optional.ofNullable(units.get(targetLang + "|" + source.strip()));
    }

    @Override
    public Map<String, Map<String, MemoryUnit>> exact(
        String sourceLang,
        java.util.Collection<String> targetLangs,
        java.util.Collection<String> sources) {
      Map<String, Map<String, MemoryUnit>> found = new java.util.HashMap<>();
      for (String lang : targetLangs) {
        Map<String, MemoryUnit> units = new java.util.HashMap<>();
        sources.forEach(s -> exact(sourceLang, lang, s).ifPresent(u -> units.put(s, u)));
        found.put(lang, units);
      }
      return found;
    }

    @Override
    public void save(MemoryUnit unit) {
      units.put(unit.targetLang() + "|" + unit.source().strip(), unit);
    }

    @Override
    public List<org.tarjuma.memory.Suggestion> fuzzy(
        String targetLang, String source, double threshold, int limit) {
      return List.of();
    }

    @Override
    public boolean isEmpty() {
      return units.isEmpty();
    }

    @Override
    public void saveAll(List<MemoryUnit> all) {
      all.forEach(this::save);
    }

    @Override
    public List<MemoryUnit> all(String targetLang) {
      return new ArrayList<>(units.values());
    }
  }

  /** A segment cache that counts its lookups. */
  public static final class Cache implements SegmentCache {
    public final Map<String, CachedTranslation> entries = new ConcurrentHashMap<>();
    public final AtomicInteger hits = new AtomicInteger();
    public final AtomicInteger lookups = new AtomicInteger();

    @Override
    public Optional<CachedTranslation> get(String key) {
      lookups.incrementAndGet();
      CachedTranslation found = entries.get(key);
      if (found != null) {
        hits.incrementAndGet();
      }
      return Optional.ofNullable(found);
    }

    @Override
    public void put(String key, CachedTranslation translation) {
      entries.putIfAbsent(key, translation);
    }

    @Override
    public double hitRatio() {
      return lookups.get() == 0 ? 0 : (double) hits.get() / lookups.get();
    }
  }
}
