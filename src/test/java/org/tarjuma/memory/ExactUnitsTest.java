package org.tarjuma.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** This node's copy of exact memory answers: kept, forgotten, and never older than a change. */
class ExactUnitsTest {

  private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

  private static ExactUnits.Key key(int i) {
    return new ExactUnits.Key("en", "ur", "k" + i);
  }

  private static Optional<MemoryUnit> unit(int version) {
    return Optional.of(
        new MemoryUnit("en", "ur", "The talks ended.", "v" + version, "approved", "amna", AT));
  }

  @Test
  void keepsWhatALookupReadUntilItsKeyIsForgotten() {
    ExactUnits units = new ExactUnits(1_000_000);
    assertThat(units.get(key(1))).isNull();

    units.keep(units.mark(), Map.of(key(1), unit(1), key(2), Optional.empty()));

    assertThat(units.get(key(1))).isEqualTo(unit(1));
    assertThat(units.get(key(2))).as("a known absence").isEmpty();
    units.forget(List.of(key(1)));
    assertThat(units.get(key(1))).isNull();
    assertThat(units.get(key(2))).isEmpty();
    units.forgetAll();
    assertThat(units.get(key(2))).isNull();
  }

  @Test
  void aLookupOvertakenByAChangeIsNotKept() {
    ExactUnits units = new ExactUnits(1_000_000);
    long mark = units.mark();
    // A change of another key, applied while the lookup read the database.
    units.forget(List.of(key(9)));

    units.keep(mark, Map.of(key(1), unit(1)));

    assertThat(units.get(key(1))).isNull();
    units.keep(units.mark(), Map.of(key(1), unit(1)));
    assertThat(units.get(key(1))).isEqualTo(unit(1));
  }

  @Test
  void keepsNoMoreThanItsBoundOfEstimatedBytes() {
    // 300 for the objects, a byte per source character (16) and two per target character (2).
    assertThat(ExactUnits.weight(key(1), unit(1))).isEqualTo(300 + 16 + 2 * 2);
    assertThat(ExactUnits.weight(key(1), Optional.empty())).isEqualTo(300);
    ExactUnits units = new ExactUnits(2_000);
    for (int i = 0; i < 500; i++) {
      units.keep(units.mark(), Map.of(key(i), unit(i)));
    }
    units.cache().cleanUp();

    assertThat(units.cache().estimatedSize()).isBetween(1L, 2_000L / 320);
  }

  @Test
  void noCopyOutlivesAChangeUnderConcurrentLookupsAndChanges() throws Exception {
    // Writers change a key's unit in "the database", then forget it, as a save's commit does;
    // readers take a mark, read the database and keep what they read. When all have stopped,
    // every key kept must hold the database's last version.
    for (int round = 0; round < 20; round++) {
      ExactUnits units = new ExactUnits(1_000_000);
      Map<ExactUnits.Key, Optional<MemoryUnit>> database = new ConcurrentHashMap<>();
      for (int i = 0; i < 8; i++) {
        database.put(key(i), unit(0));
      }
      AtomicBoolean running = new AtomicBoolean(true);
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        boolean writer = t == 0;
        threads.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      ThreadLocalRandom random = ThreadLocalRandom.current();
                      int version = 0;
                      while (running.get()) {
                        ExactUnits.Key k = key(random.nextInt(8));
                        if (writer) {
                          database.put(k, unit(++version));
                          units.forget(List.of(k));
                        } else {
                          long mark = units.mark();
                          Optional<MemoryUnit> read = database.get(k);
                          Thread.onSpinWait();
                          units.keep(mark, Map.of(k, read));
                        }
                      }
                    }));
      }
      Thread.sleep(50);
      running.set(false);
      for (Thread thread : threads) {
        thread.join();
      }
      for (int i = 0; i < 8; i++) {
        Optional<MemoryUnit> kept = units.get(key(i));
        if (kept != null) {
          assertThat(kept).as("key %d in round %d", i, round).isEqualTo(database.get(key(i)));
        }
      }
    }
  }
}
