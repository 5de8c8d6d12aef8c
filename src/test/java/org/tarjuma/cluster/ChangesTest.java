package org.tarjuma.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The change notifications on a real PostgreSQL, between two nodes' {@link NotifiedChanges} without
 * the application around them: delivery within a second and never to the sender, at the commit
 * only, a broken connection opened again with every subscriber resynced, the polling fallback, and
 * a node alone on H2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangesTest {

  private EmbeddedPostgres postgres;
  private JdbcTemplate jdbc;
  private final List<NotifiedChanges> started = new ArrayList<>();

  /** What one node's subscriber to the topic {@code t} was told. */
  private static final class Heard {
    final List<String> changes = new CopyOnWriteArrayList<>();
    final AtomicInteger resyncs = new AtomicInteger();
  }

  @BeforeAll
  void database() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
  }

  @AfterEach
  void stopNodes() {
    started.forEach(NotifiedChanges::stop);
    started.clear();
  }

  @AfterAll
  void closeDatabase() throws Exception {
    postgres.close();
  }

  private NotifiedChanges node(String id, Duration poll, Heard heard) {
    ChannelListener.Connector connector =
        () -> {
          Properties properties = new Properties();
          properties.setProperty("ApplicationName", NotifiedChanges.applicationName(id));
          return DriverManager.getConnection(
              postgres.getJdbcUrl("postgres", "postgres"), properties);
        };
    NotifiedChanges changes =
        new NotifiedChanges(jdbc, true, () -> id, connector, poll, Duration.ofMillis(1500));
    changes.subscribe("t", heard.changes::add, heard.resyncs::incrementAndGet);
    changes.start();
    started.add(changes);
    // Listening: its first LISTEN resyncs every subscriber once.
    await(() -> heard.resyncs.get() >= 1, Duration.ofSeconds(10));
    return changes;
  }

  @Test
  void aChangeReachesTheOtherNodeWithinASecondAndNeverItsSender() {
    Heard onA = new Heard();
    Heard onB = new Heard();
    NotifiedChanges a = node("node-a", Duration.ofMinutes(10), onA);
    node("node-b", Duration.ofMinutes(10), onB);

    long sent = System.nanoTime();
    a.publish("t", "entry-1\nentry-2");
    await(() -> !onB.changes.isEmpty(), Duration.ofSeconds(5));
    Duration delay = Duration.ofNanos(System.nanoTime() - sent);

    assertThat(onB.changes).containsExactly("entry-1\nentry-2");
    assertThat(delay).isLessThan(Duration.ofSeconds(1));
    a.publish("other-topic", "x");
    pause(300);
    assertThat(onA.changes).as("a node never hears itself").isEmpty();
    assertThat(onB.changes).as("nor a topic it did not subscribe to").hasSize(1);
  }

  @Test
  void aChangeInsideATransactionLeavesAtItsCommitAndNeverOnARollback() {
    Heard onA = new Heard();
    Heard onB = new Heard();
    NotifiedChanges a = node("node-a", Duration.ofMinutes(10), onA);
    node("node-b", Duration.ofMinutes(10), onB);
    TransactionTemplate tx =
        new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));

    tx.executeWithoutResult(
        status -> {
          a.publish("t", "rolled-back");
          status.setRollbackOnly();
        });
    tx.executeWithoutResult(
        status -> {
          a.publish("t", "committed");
          pause(400);
          assertThat(onB.changes).as("nothing before the commit").isEmpty();
        });
    await(() -> !onB.changes.isEmpty(), Duration.ofSeconds(5));
    pause(200);
    assertThat(onB.changes).containsExactly("committed");
  }

  @Test
  void aBrokenConnectionIsOpenedAgainAndEverySubscriberResyncs() {
    Heard onA = new Heard();
    Heard onB = new Heard();
    NotifiedChanges a = node("node-a", Duration.ofMinutes(10), onA);
    node("node-b", Duration.ofMinutes(10), onB);
    int before = onB.resyncs.get();

    List<Integer> killed =
        jdbc.queryForList(
            "SELECT pid FROM pg_stat_activity WHERE application_name = ?",
            Integer.class,
            NotifiedChanges.applicationName("node-b"));
    assertThat(killed).hasSize(1);
    // Waits until the backend is gone, so nothing sent after this reaches B's old connection.
    assertThat(
            jdbc.queryForObject(
                "SELECT pg_terminate_backend(?, 5000)", Boolean.class, killed.getFirst()))
        .isTrue();
    // Sent while B has no connection: B never hears it, and resyncs once it is back.
    a.publish("t", "missed");
    await(() -> onB.resyncs.get() > before, Duration.ofSeconds(10));

    assertThat(onB.changes).isEmpty();
    assertThat(
            jdbc.queryForList(
                "SELECT pid FROM pg_stat_activity WHERE application_name = ?",
                Integer.class,
                NotifiedChanges.applicationName("node-b")))
        .hasSize(1)
        .doesNotContain(killed.getFirst());
    a.publish("t", "heard again");
    await(() -> !onB.changes.isEmpty(), Duration.ofSeconds(5));
    assertThat(onB.changes).containsExactly("heard again");
  }

  @Test
  void everyResyncRunsAgainAtThePollIntervalAndOnAnEmptyPayload() {
    Heard onA = new Heard();
    Heard onB = new Heard();
    NotifiedChanges a = node("node-a", Duration.ofMinutes(10), onA);
    node("node-b", Duration.ofMillis(200), onB);

    int now = onB.resyncs.get();
    await(() -> onB.resyncs.get() >= now + 3, Duration.ofSeconds(5));
    assertThat(onA.resyncs.get()).as("A polls every 10 minutes").isEqualTo(1);

    int beforeEmpty = onA.resyncs.get();
    node("node-c", Duration.ofMinutes(10), new Heard()).publish("t", "");
    await(() -> onA.resyncs.get() > beforeEmpty, Duration.ofSeconds(5));
    assertThat(onA.changes).isEmpty();
  }

  @Test
  void aMessageIsChecked() {
    NotifiedChanges changes =
        new NotifiedChanges(
            jdbc, true, () -> "node-a", null, Duration.ofMinutes(1), Duration.ofSeconds(1));
    assertThat(changes.message("memory", "en ur abc")).isEqualTo("memory\tnode-a\ten ur abc");
    assertThatThrownBy(() -> changes.publish("Memory Units", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower-case letters");
    assertThatThrownBy(() -> changes.publish("memory", "a\tb")).hasMessageContaining("no tab");
    assertThatThrownBy(() -> changes.publish("memory", "ک".repeat(4000)))
        .hasMessageContaining("more than 7999");
    changes.publish("memory", "x".repeat(Changes.MAX_BYTES - "memory\tnode-a\t".length()));
  }

  @Test
  void aNodeAloneOnItsDatabasePublishesNothingAndHearsNothing() {
    Changes alone = Changes.alone();
    AtomicInteger calls = new AtomicInteger();
    alone.subscribe("t", payload -> calls.incrementAndGet(), calls::incrementAndGet);
    alone.publish("t", "x");
    assertThatThrownBy(() -> alone.publish("T", "x")).isInstanceOf(IllegalArgumentException.class);
    pause(200);
    assertThat(calls).hasValue(0);
  }

  private static void await(BooleanSupplier condition, Duration atMost) {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + atMost);
      }
      pause(10);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
