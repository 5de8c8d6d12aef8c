package org.tarjuma.memory;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * This node's {@link FuzzyIndex} of the memory, kept in step with the table: built from it on the
 * node's first fuzzy lookup, then joined by every unit saved here once committed and by every unit
 * another node says it saved; rebuilt whenever it differs from the table after this node may have
 * missed a change. Thread-safe.
 */
final class LiveFuzzyIndex {

  private static final Logger log = LoggerFactory.getLogger(LiveFuzzyIndex.class);

  private final JdbcTemplate jdbc;
  private final JdbcTranslationMemory memory;
  private volatile FuzzyIndex index;

  LiveFuzzyIndex(JdbcTemplate jdbc, JdbcTranslationMemory memory) {
    this.jdbc = jdbc;
    this.memory = memory;
  }

  List<Suggestion> search(String lang, String text, double threshold, int limit) {
    FuzzyIndex built = index;
    if (built == null) {
      synchronized (this) {
        if (index == null) {
          index = built();
        }
        built = index;
      }
    }
    return built.search(lang, text, threshold, limit);
  }

  /**
   * Adds committed units; nothing while the index is not built (it will be, from the table). Under
   * the lock a rebuild holds, so a unit is never added to an index being replaced.
   */
  synchronized void add(List<MemoryUnit> units) {
    if (index != null && !units.isEmpty()) {
      index.add(units, JdbcTranslationMemory::key);
    }
  }

  /** Another node saved the units of these keys: they are read and added. */
  void heard(List<ExactUnits.Key> keys) {
    synchronized (this) {
      // Not built: the first lookup builds it from the table, saved units included. Being built:
      // wait for it, as the table may have been read before those units were committed.
      if (index == null) {
        return;
      }
    }
    List<MemoryUnit> units = new ArrayList<>();
    for (ExactUnits.Key key : keys) {
      memory.byKey(key.sourceLang(), key.targetLang(), key.sourceKey()).ifPresent(units::add);
    }
    add(units);
  }

  /**
   * Rebuilds the index when it differs from the table in its number of units or in the time of the
   * newest one (a replaced unit is newer): one query when nothing was missed.
   */
  void resync() {
    FuzzyIndex current = index;
    if (current == null) {
      return;
    }
    Map<String, Object> table =
        jdbc.queryForMap("SELECT COUNT(*) AS units, MAX(changed_at) AS newest FROM memory_unit");
    long units = ((Number) table.get("units")).longValue();
    if (units == current.size() && near(instant(table.get("newest")), current.newest())) {
      return;
    }
    FuzzyIndex rebuilt;
    synchronized (this) {
      // The old index is left to the collector, not closed: a lookup may be reading it still.
      rebuilt = built();
      index = rebuilt;
    }
    log.info("Memory: rebuilt the fuzzy index from the table, {} units", rebuilt.size());
  }

  private FuzzyIndex built() {
    FuzzyIndex built = new FuzzyIndex();
    built.add(memory.all(null), JdbcTranslationMemory::key);
    return built;
  }

  /** The same time within a millisecond: the database keeps microseconds, Java nanoseconds. */
  private static boolean near(Instant a, Instant b) {
    return a == null || b == null
        ? a == b
        : Duration.between(a, b).abs().compareTo(Duration.ofMillis(1)) < 0;
  }

  private static Instant instant(Object value) {
    return switch (value) {
      case null -> null;
      case Timestamp timestamp -> timestamp.toInstant();
      case OffsetDateTime time -> time.toInstant();
      case Instant instant -> instant;
      default -> throw new IllegalStateException("not a time: " + value.getClass());
    };
  }
}
