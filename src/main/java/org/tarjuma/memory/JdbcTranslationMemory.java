package org.tarjuma.memory;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tarjuma.segment.SentenceKey;

/** {@link TranslationMemory} in the {@code memory_unit} table (H2 or PostgreSQL). */
@Repository
class JdbcTranslationMemory implements TranslationMemory {

  private final JdbcTemplate jdbc;
  // Built lazily from the table on the first fuzzy lookup, then kept up to date by every save.
  private volatile FuzzyIndex fuzzy;

  JdbcTranslationMemory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Suggestion> fuzzy(String targetLang, String source, double threshold, int limit) {
    return index().search(targetLang, source, threshold, limit);
  }

  private FuzzyIndex index() {
    FuzzyIndex index = fuzzy;
    if (index == null) {
      synchronized (this) {
        if (fuzzy == null) {
          FuzzyIndex built = new FuzzyIndex();
          built.add(all(null), JdbcTranslationMemory::key);
          fuzzy = built;
        }
        index = fuzzy;
      }
    }
    return index;
  }

  @Override
  public Optional<MemoryUnit> exact(String sourceLang, String targetLang, String source) {
    return jdbc
        .query(
            "SELECT source_text, target_text, origin, changed_by, changed_at FROM memory_unit"
                + " WHERE source_lang = ? AND target_lang = ? AND source_key = ?",
            (rs, n) ->
                new MemoryUnit(
                    sourceLang,
                    targetLang,
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant()),
            sourceLang,
            targetLang,
            key(source))
        .stream()
        .findFirst();
  }

  @Override
  public java.util.Map<String, java.util.Map<String, MemoryUnit>> exact(
      String sourceLang,
      java.util.Collection<String> targetLangs,
      java.util.Collection<String> sources) {
    java.util.Map<String, String> byKey = new java.util.HashMap<>();
    sources.forEach(s -> byKey.put(key(s), s));
    java.util.Map<String, java.util.Map<String, MemoryUnit>> found = new java.util.HashMap<>();
    targetLangs.forEach(lang -> found.put(lang, new java.util.HashMap<>()));
    List<String> langs = List.copyOf(found.keySet());
    List<String> keys = new java.util.ArrayList<>(byKey.keySet());
    for (int from = 0; from < keys.size(); from += 500) {
      List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
      List<Object> params = new java.util.ArrayList<>(List.of(sourceLang));
      params.addAll(langs);
      params.addAll(chunk);
      jdbc.query(
          exactSql(langs.size(), chunk.size()),
          rs -> {
            String lang = rs.getString(1);
            found
                .get(lang)
                .put(
                    byKey.get(rs.getString(2)),
                    new MemoryUnit(
                        sourceLang,
                        lang,
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()));
          },
          params.toArray());
    }
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
    if (fuzzy != null) {
      fuzzy.add(List.of(unit), JdbcTranslationMemory::key);
    }
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
    if (fuzzy != null) {
      fuzzy.add(units, JdbcTranslationMemory::key);
    }
  }

  @Override
  public List<MemoryUnit> all(String targetLang) {
    return jdbc.query(
        "SELECT source_lang, target_lang, source_text, target_text, origin, changed_by, changed_at"
            + " FROM memory_unit"
            + (targetLang == null ? "" : " WHERE target_lang = ?")
            + " ORDER BY changed_at, target_lang, source_key",
        (rs, n) ->
            new MemoryUnit(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getTimestamp(7).toInstant()),
        targetLang == null ? new Object[0] : new Object[] {targetLang});
  }

  /** SHA-256 of the NFC text with runs of white space as one space, trimmed. */
  static String key(String source) {
    return DigestUtils.sha256Hex(SentenceKey.normalize(source));
  }
}
