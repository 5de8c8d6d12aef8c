package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.cluster.ClusterTesting;
import org.tarjuma.cluster.KeyClaims;
import org.tarjuma.engine.OrderState.Origin;
import org.tarjuma.engine.OrderState.Outcome;
import org.tarjuma.engine.OrderState.Pair;
import org.tarjuma.memory.CachedTranslation;
import org.tarjuma.memory.SegmentCache;

/**
 * Single-flight across two nodes whose claims are in one real PostgreSQL and whose segment cache is
 * one shared store (as the table is): who pays, who waits, and how often the waiting node reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleFlightTest {

  private EmbeddedPostgres postgres;
  private HikariDataSource db;
  private final SharedCache cache = new SharedCache();

  /** The segment cache table both nodes share; counts the reads of many keys at once. */
  static final class SharedCache implements SegmentCache {
    final Map<String, CachedTranslation> rows = new ConcurrentHashMap<>();
    final AtomicInteger finds = new AtomicInteger();
    volatile Runnable beforeFirstFind = () -> {};

    @Override
    public Optional<CachedTranslation> get(String key) {
      return Optional.ofNullable(rows.get(key));
    }

    @Override
    public Map<String, CachedTranslation> find(Collection<String> keys) {
      finds.incrementAndGet();
      Map<String, CachedTranslation> out = new java.util.HashMap<>();
      keys.forEach(k -> Optional.ofNullable(rows.get(k)).ifPresent(t -> out.put(k, t)));
      Runnable hook = beforeFirstFind;
      beforeFirstFind = () -> {};
      hook.run();
      return out;
    }

    @Override
    public void put(String key, CachedTranslation translation) {
      rows.putIfAbsent(key, translation);
    }

    @Override
    public double hitRatio() {
      return 0;
    }
  }

  @BeforeAll
  void database() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    db = new HikariDataSource();
    db.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
  }

  @AfterAll
  void close() throws Exception {
    db.close();
    postgres.close();
  }

  @BeforeEach
  void empty() {
    new JdbcTemplate(db).update("DELETE FROM translation_claim");
    cache.rows.clear();
    cache.finds.set(0);
  }

  private static CachedTranslation answer(String key) {
    return new CachedTranslation("ur", key, key + "۔", "deepl", "1", List.of());
  }

  /** A node's translate step that records what it is asked to pay for and keeps its answers. */
  private static Function<List<Pair>, Map<Pair, Outcome>> paying(
      SingleFlight flight, Map<Pair, String> keys, List<String> paid) {
    return pairs -> {
      Map<Pair, Outcome> out = new java.util.HashMap<>();
      for (Pair pair : pairs) {
        String key = keys.get(pair);
        paid.add(key);
        flight.keep(key, answer(key));
        out.put(pair, new Outcome(key + "۔", "deepl", List.of(), Origin.ENGINE));
      }
      return out;
    };
  }

  /**
   * A key another node stores and releases between this node's first look and its claim: this node
   * claims it, finds the answer in the cache, and pays for nothing.
   */
  @Test
  void aKeyStoredBetweenTheLookAndTheClaimIsNotPaidAgain() throws Exception {
    KeyClaims other = ClusterTesting.claims(db);
    SingleFlight here = new SingleFlight(cache, ClusterTesting.claims(db));
    Pair pair = new Pair(0, "ur");
    Map<Pair, String> keys = Map.of(pair, "k-look");
    other.claim(List.of("k-look"));
    cache.beforeFirstFind =
        () -> {
          cache.put("k-look", answer("k-look"));
          other.release(List.of("k-look"));
        };
    List<String> paid = new CopyOnWriteArrayList<>();

    Map<Pair, Outcome> out = here.translate(keys, paying(here, keys, paid));

    assertThat(paid).isEmpty();
    assertThat(out.get(pair).origin()).isEqualTo(Origin.CACHE);
    assertThat(out.get(pair).target()).isEqualTo("k-look۔");
  }

  /**
   * Twenty orders wait for twenty keys another node holds: none pays, each gets the other node's
   * answer once it is stored, and the waiting node reads the cache about once per tick for all of
   * them, not once per order.
   */
  @Test
  void ordersWaitingForAnotherNodesKeysShareOneReaderAndPayNothing() throws Exception {
    KeyClaims other = ClusterTesting.claims(db);
    SingleFlight here = new SingleFlight(cache, ClusterTesting.claims(db));
    List<String> held = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      held.add("k-wait-" + i);
    }
    assertThat(other.claim(held)).hasSize(20);
    List<String> paid = new CopyOnWriteArrayList<>();
    long start = System.nanoTime();
    try (ExecutorService orders = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Map<Pair, Outcome>>> results = new ArrayList<>();
      for (String key : held) {
        Map<Pair, String> keys = Map.of(new Pair(0, "ur"), key);
        results.add(orders.submit(() -> here.translate(keys, paying(here, keys, paid))));
      }
      Thread.sleep(600);
      held.forEach(k -> cache.put(k, answer(k)));
      other.release(held);
      for (int i = 0; i < results.size(); i++) {
        Outcome o = results.get(i).get().get(new Pair(0, "ur"));
        assertThat(o.target()).isEqualTo(held.get(i) + "۔");
        assertThat(o.origin()).isEqualTo(Origin.CACHE);
      }
    }
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(paid).isEmpty();
    // One read per order before it claims, then the node's reader: one per 100 ms tick.
    assertThat((long) cache.finds.get()).isLessThanOrEqualTo(20 + elapsedMs / 100 + 2);
  }

  /** A key whose holder gives up without an answer is claimed and paid for by the waiting node. */
  @Test
  void aKeyReleasedWithoutAnAnswerIsTakenOverAndPaidOnce() throws Exception {
    KeyClaims other = ClusterTesting.claims(db);
    SingleFlight here = new SingleFlight(cache, ClusterTesting.claims(db));
    Pair pair = new Pair(0, "ur");
    Map<Pair, String> keys = Map.of(pair, "k-given-up");
    other.claim(List.of("k-given-up"));
    List<String> paid = new CopyOnWriteArrayList<>();
    try (ExecutorService orders = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<Map<Pair, Outcome>> result =
          orders.submit(() -> here.translate(keys, paying(here, keys, paid)));
      Thread.sleep(300);
      assertThat(paid).isEmpty();
      other.release(List.of("k-given-up"));

      assertThat(result.get().get(pair).origin()).isEqualTo(Origin.ENGINE);
    }
    assertThat(paid).containsExactly("k-given-up");
  }
}
