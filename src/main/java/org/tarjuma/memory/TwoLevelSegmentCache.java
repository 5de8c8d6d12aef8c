package org.tarjuma.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.util.unit.DataSize;
import org.tarjuma.web.DatabaseOutOfReach;

/**
 * {@link SegmentCache}: Caffeine, bounded by weight ({@code tarjuma.cache.max-size}, 64MB by
 * default) with statistics on, in front of the {@code segment_cache} table. A miss in the process
 * reads the table and keeps what it finds; a put writes the table first, so nothing paid for lives
 * only in the process — but while the database is out of reach, when a paid translation is kept
 * here and written as soon as it is back.
 */
@Repository
class TwoLevelSegmentCache implements SegmentCache {

  private final JdbcTemplate jdbc;
  private final Cache<String, CachedTranslation> local;
  private final Map<String, CachedTranslation> unwritten = new ConcurrentHashMap<>();

  TwoLevelSegmentCache(
      JdbcTemplate jdbc,
      MeterRegistry meters,
      @Value("${tarjuma.cache.max-size:64MB}") DataSize maxSize) {
    this.jdbc = jdbc;
    this.local =
        Caffeine.newBuilder()
            .maximumWeight(maxSize.toBytes())
            .weigher((String key, CachedTranslation t) -> key.length() * 2 + t.weight())
            .recordStats()
            .build();
    CaffeineCacheMetrics.monitor(meters, local, "segment-cache");
    Gauge.builder("tarjuma.cache.hit.ratio", this, SegmentCache::hitRatio)
        .description("Share of segment cache lookups answered in the process, without the database")
        .register(meters);
  }

  @Override
  public Optional<CachedTranslation> get(String key) {
    CachedTranslation found = local.get(key, this::load);
    return Optional.ofNullable(found);
  }

  @Override
  public void put(String key, CachedTranslation t) {
    try {
      jdbc.update(
          "INSERT INTO segment_cache (cache_key, target_lang, source_text, target_text, engine,"
              + " version, flags, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          key,
          t.lang(),
          t.source(),
          t.target(),
          t.engine(),
          t.version(),
          String.join(" ", t.flags()),
          Timestamp.from(Instant.now()));
      local.put(key, t);
    } catch (DuplicateKeyException e) {
      // Another node or job paid for it first; keep theirs.
      local.invalidate(key);
    } catch (RuntimeException e) {
      if (!DatabaseOutOfReach.is(e)) {
        throw e;
      }
      // Paid for, and the database out of reach: kept here, and written once it is back.
      local.put(key, t);
      unwritten.put(key, t);
      throw e;
    }
  }

  /** Writes what was paid for while the database was out of reach, once it is back. */
  @Scheduled(fixedDelay = 2000)
  void writeUnwritten() {
    for (var entry : Map.copyOf(unwritten).entrySet()) {
      try {
        put(entry.getKey(), entry.getValue());
        unwritten.remove(entry.getKey());
      } catch (RuntimeException stillOut) {
        return;
      }
    }
  }

  @Override
  public Map<String, CachedTranslation> find(java.util.Collection<String> keys) {
    Map<String, CachedTranslation> out = new java.util.HashMap<>();
    List<String> missing = new java.util.ArrayList<>();
    for (String key : keys) {
      CachedTranslation here = local.getIfPresent(key);
      if (here != null) {
        out.put(key, here);
      } else {
        missing.add(key);
      }
    }
    for (int from = 0; from < missing.size(); from += 500) {
      List<String> part = missing.subList(from, Math.min(missing.size(), from + 500));
      jdbc.query(
          "SELECT cache_key, target_lang, source_text, target_text, engine, version, flags FROM"
              + " segment_cache WHERE cache_key IN ("
              + String.join(", ", java.util.Collections.nCopies(part.size(), "?"))
              + ")",
          rs -> {
            CachedTranslation t = translation(rs, 2);
            local.put(rs.getString(1), t);
            out.put(rs.getString(1), t);
          },
          part.toArray());
    }
    return out;
  }

  @Override
  public double hitRatio() {
    return local.stats().hitRate();
  }

  private CachedTranslation load(String key) {
    List<CachedTranslation> rows =
        jdbc.query(
            "SELECT target_lang, source_text, target_text, engine, version, flags FROM"
                + " segment_cache WHERE cache_key = ?",
            (rs, n) -> translation(rs, 1),
            key);
    return rows.isEmpty() ? null : rows.getFirst();
  }

  /** The translation in a row's six columns from {@code first}: lang, source, target, engine... */
  private static CachedTranslation translation(java.sql.ResultSet rs, int first)
      throws java.sql.SQLException {
    String flags = rs.getString(first + 5);
    return new CachedTranslation(
        rs.getString(first),
        rs.getString(first + 1),
        rs.getString(first + 2),
        rs.getString(first + 3),
        rs.getString(first + 4),
        flags.isBlank() ? List.of() : Arrays.asList(flags.split(" ")));
  }
}
