package org.tarjuma.memory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import org.tarjuma.cluster.Changes;
import org.tarjuma.segment.SentenceKey;

/**
 * {@link TranslationMemory} in the {@code memory_unit} table (H2 or PostgreSQL). Exact lookups read
 * this node's {@link ExactUnits} and the table for the rest; fuzzy ones this node's {@link
 * LiveFuzzyIndex}, which every save joins once it is committed. Every save is published as a change
 * of {@value #TOPIC} listing the units' keys ({@code en ur <key>} a line), sent with the save's
 * commit, or nothing when they are many; the other nodes add those units to their index, or check
 * it whole.
 */
@Repository
class JdbcTranslationMemory implements TranslationMemory {

  static final String TOPIC = "memory";
  // 50 keys take about 4,300 bytes of the 8,000 a change may carry.
  private static final int LISTED = 50;
  private static final String COLUMNS =
      "source_lang, target_lang, source_text, target_text, origin, changed_by, changed_at";

  private final JdbcTemplate jdbc;
  private final Changes changes;
  private final LiveFuzzyIndex fuzzy;
  private final ExactUnits exact;

  JdbcTranslationMemory(JdbcTemplate jdbc, Changes changes) {
    this(jdbc, changes, DataSize.ofMegabytes(16), null);
  }

  @org.springframework.beans.factory.annotation.Autowired
  JdbcTranslationMemory(
      JdbcTemplate jdbc,
      Changes changes,
      @Value("${tarjuma.memory.exact-cache-size:16MB}") DataSize exactCacheSize,
      MeterRegistry meters) {
    this.jdbc = jdbc;
    this.changes = changes;
    this.fuzzy = new LiveFuzzyIndex(jdbc, this);
    this.exact = new ExactUnits(exactCacheSize.toBytes());
    if (meters != null) {
      CaffeineCacheMetrics.monitor(meters, exact.cache(), "memory-exact");
    }
    changes.subscribe(
        TOPIC,
        payload -> {
          String[] lines = payload.split("\n");
          List<ExactUnits.Key> keys = listed(lines);
          if (keys.size() == lines.length) {
            exact.forget(keys);
          } else {
            exact.forgetAll();
          }
          fuzzy.heard(keys);
        },
        () -> {
          // Run after a reconnection and every poll-fallback: a kept answer lives no longer.
          exact.forgetAll();
          fuzzy.resync();
        });
  }

  /** The keys a change lists, {@code en ur <key>} a line; a line of another form is passed over. */
  private static List<ExactUnits.Key> listed(String[] lines) {
    List<ExactUnits.Key> out = new java.util.ArrayList<>();
    for (String line : lines) {
      String[] key = line.split(" ");
      if (key.length == 3) {
        out.add(new ExactUnits.Key(key[0], key[1], key[2]));
      }
    }
    return out;
  }

  @Override
  public List<Suggestion> fuzzy(String targetLang, String source, double threshold, int limit) {
    return fuzzy.search(targetLang, source, threshold, limit);
  }

  @Override
  public Optional<MemoryUnit> exact(String sourceLang, String targetLang, String source) {
    return byKey(sourceLang, targetLang, key(source));
  }

  Optional<MemoryUnit> byKey(String sourceLang, String targetLang, String key) {
    return jdbc
        .query(
            "SELECT "
                + COLUMNS
                + " FROM memory_unit WHERE source_lang = ? AND target_lang = ? AND source_key = ?",
            JdbcTranslationMemory::unit,
            sourceLang,
            targetLang,
            key)
        .stream()
        .findFirst();
  }

  /**
   * Every source's unit in every target language: what this node keeps ({@link ExactUnits}), and
   * the rest in one query per 500 keys, kept from then on.
   */
  @Override
  public java.util.Map<String, java.util.Map<String, MemoryUnit>> exact(
      String sourceLang,
      java.util.Collection<String> targetLangs,
      java.util.Collection<String> sources) {
    java.util.Map<String, java.util.Map<String, MemoryUnit>> found = new java.util.HashMap<>();
    targetLangs.forEach(lang -> found.put(lang, new java.util.HashMap<>()));
    java.util.Map<String, List<String>> byKey = new java.util.HashMap<>();
    java.util.Set<String> langs = new java.util.TreeSet<>();
    java.util.Set<String> keys = new java.util.LinkedHashSet<>();
    for (String source : sources) {
      String key = key(source);
      byKey.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(source);
      for (String lang : found.keySet()) {
        Optional<MemoryUnit> kept = exact.get(new ExactUnits.Key(sourceLang, lang, key));
        if (kept == null) {
          langs.add(lang);
          keys.add(key);
        } else {
          kept.ifPresent(unit -> found.get(lang).put(source, unit));
        }
      }
    }
    if (keys.isEmpty()) {
      return found;
    }
    long mark = exact.mark();
    java.util.Map<ExactUnits.Key, Optional<MemoryUnit>> read = new java.util.HashMap<>();
    for (String lang : langs) {
      for (String key : keys) {
        read.put(new ExactUnits.Key(sourceLang, lang, key), Optional.empty());
      }
    }
    List<String> missing = List.copyOf(keys);
    for (int from = 0; from < missing.size(); from += 500) {
      List<String> chunk = missing.subList(from, Math.min(missing.size(), from + 500));
      List<Object> params = new java.util.ArrayList<>(List.of(sourceLang));
      params.addAll(langs);
      params.addAll(chunk);
      jdbc.query(
          exactSql(langs.size(), chunk.size()),
          rs -> {
            MemoryUnit unit =
                new MemoryUnit(
                    sourceLang,
                    rs.getString(1),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getTimestamp(7).toInstant());
            read.put(
                new ExactUnits.Key(sourceLang, unit.targetLang(), rs.getString(2)),
                Optional.of(unit));
          },
          params.toArray());
    }
    exact.keep(mark, read);
    read.forEach(
        (key, unit) ->
            unit.ifPresent(
                u ->
                    byKey
                        .get(key.sourceKey())
                        .forEach(s -> found.get(key.targetLang()).put(s, u))));
    return found;
  }

  /** The batch lookup: one index probe per key (see V7), the language pair checked on each. */
  static String exactSql(int langs, int keys) {
    return "SELECT target_lang, source_key, source_text, target_text, origin, changed_by,"
        + " changed_at FROM memory_unit WHERE source_lang = ? AND target_lang IN ("
        + placeholders(langs)
        + ") AND source_key IN ("
        + placeholders(keys)
        + ")";
  }

  private static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  @Override
  @Transactional
  public void save(MemoryUnit unit) {
    insert(unit);
    saved(List.of(unit));
  }

  private void insert(MemoryUnit unit) {
    String key = key(unit.source());
    jdbc.update(
        "DELETE FROM memory_unit WHERE source_lang = ? AND target_lang = ? AND source_key = ?",
        unit.sourceLang(),
        unit.targetLang(),
        key);
    jdbc.update(
        "INSERT INTO memory_unit (source_lang, target_lang, source_key, source_text, target_text,"
            + " origin, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        unit.sourceLang(),
        unit.targetLang(),
        key,
        unit.source(),
        unit.target(),
        unit.origin(),
        unit.changedBy(),
        Timestamp.from(unit.changedAt()));
  }

  @Override
  public boolean isEmpty() {
    return jdbc.queryForList("SELECT 1 FROM memory_unit LIMIT 1", Integer.class).isEmpty();
  }

  @Override
  @Transactional
  public void saveAll(List<MemoryUnit> units) {
    units.forEach(this::insert);
    if (!units.isEmpty()) {
      saved(units);
    }
  }

  /** Tells the other nodes, and adds the units to this node's index once they are committed. */
  private void saved(List<MemoryUnit> units) {
    List<ExactUnits.Key> keys =
        units.stream()
            .map(u -> new ExactUnits.Key(u.sourceLang(), u.targetLang(), key(u.source())))
            .toList();
    changes.publish(
        TOPIC,
        units.size() > LISTED
            ? ""
            : String.join(
                "\n",
                keys.stream()
                    .map(k -> k.sourceLang() + " " + k.targetLang() + " " + k.sourceKey())
                    .toList()));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              exact.forget(keys);
              fuzzy.add(units);
            }
          });
    } else {
      exact.forget(keys);
      fuzzy.add(units);
    }
  }

  @Override
  public List<MemoryUnit> all(String targetLang) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM memory_unit"
            + (targetLang == null ? "" : " WHERE target_lang = ?")
            + " ORDER BY changed_at, target_lang, source_key",
        JdbcTranslationMemory::unit,
        targetLang == null ? new Object[0] : new Object[] {targetLang});
  }

  static MemoryUnit unit(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new MemoryUnit(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getTimestamp(7).toInstant());
  }

  /** SHA-256 of the NFC text with runs of white space as one space, trimmed. */
  static String key(String source) {
    return DigestUtils.sha256Hex(SentenceKey.normalize(source));
  }
}
