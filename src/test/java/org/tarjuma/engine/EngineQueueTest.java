package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.tarjuma.engine.Capabilities.GlossaryMechanism;
import org.tarjuma.engine.Capabilities.Limits;

class EngineQueueTest {

  private static final EngineQueue.Shape UR =
      new EngineQueue.Shape("en", List.of("ur"), EngineRequest.TextType.PLAIN);

  private static final Usage USAGE =
      EngineTesting.usage(new SimpleMeterRegistry(), EngineTesting.ledgerDatabase());
  private static final Usage.Bill DAWN = new Usage.Bill("dawn", null);

  private static EngineQueue queue(FakeEngine engine, int slots) {
    GuardedEngine guarded =
        new GuardedEngine(engine, EngineTesting.settings(slots), EngineTesting.FAST);
    return new EngineQueue(guarded, guarded.maxConcurrency(), USAGE);
  }

  private static List<EngineRequest.Item> items(String... texts) {
    List<EngineRequest.Item> items = new ArrayList<>();
    for (String text : texts) {
      items.add(new EngineRequest.Item("x", text));
    }
    return items;
  }

  private static String ur(String text) {
    return "ur:" + text;
  }

  @Test
  void textsQueuedWhileTheEngineIsBusyShareTheNextRequest() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Function<EngineRequest, EngineResult> echo = FakeEngine.each((t, l) -> ur(t));
    FakeEngine engine =
        new FakeEngine(
            "slow",
            GlossaryMechanism.MASKING,
            new Limits(50, 0, 0, 3, false),
            request -> {
              await(release);
              return echo.apply(request);
            });
    EngineQueue queue = queue(engine, 1);

    // An idle engine gets the first text at once, alone.
    List<CompletableFuture<EngineQueue.Answer>> first = queue.submit(UR, items("One."), DAWN);
    waitFor(() -> engine.requests.size() == 1);
    // Three orders queue up behind it...
    List<CompletableFuture<EngineQueue.Answer>> second =
        queue.submit(UR, items("Two.", "Three."), DAWN);
    List<CompletableFuture<EngineQueue.Answer>> third = queue.submit(UR, items("Four."), DAWN);
    List<CompletableFuture<EngineQueue.Answer>> fourth = queue.submit(UR, items("Five."), DAWN);
    assertThat(engine.requests).hasSize(1);
    release.countDown();

    // ...and go together in the next request.
    assertThat(second.get(1).get(5, TimeUnit.SECONDS).translations())
        .containsEntry("ur", "ur:Three.");
    assertThat(first.getFirst().join().translations()).containsEntry("ur", "ur:One.");
    assertThat(third.getFirst().join().translations()).containsEntry("ur", "ur:Four.");
    assertThat(fourth.getFirst().join().translations()).containsEntry("ur", "ur:Five.");
    assertThat(engine.requests).hasSize(2);
    assertThat(engine.requests.get(1).items())
        .extracting(EngineRequest.Item::text)
        .containsExactlyInAnyOrder("Two.", "Three.", "Four.", "Five.");
    // Each request numbers its own items.
    assertThat(engine.requests.get(1).items())
        .extracting(EngineRequest.Item::id)
        .containsExactly("0", "1", "2", "3");
  }

  @Test
  void theEngineLimitsCutRequestsAndSharesAddUpToTheBill() {
    FakeEngine engine =
        new FakeEngine(
            "small",
            GlossaryMechanism.MASKING,
            new Limits(2, 0, 0, 1, false),
            FakeEngine.each((t, l) -> ur(t)));
    EngineQueue queue = queue(engine, 4);
    List<CompletableFuture<EngineQueue.Answer>> answers =
        queue.submit(UR, items("A.", "Bb.", "Ccc.", "Dddd.", "Eeeee."), DAWN);
    long billed = answers.stream().mapToLong(a -> a.join().billed()).sum();

    assertThat(engine.requests)
        .hasSize(3)
        .allSatisfy(r -> assertThat(r.items()).hasSizeBetween(1, 2));
    assertThat(billed).isEqualTo("A.Bb.Ccc.Dddd.Eeeee.".length());
    assertThat(answers.get(4).join().translations()).containsEntry("ur", "ur:Eeeee.");
  }

  @Test
  void aFailedRequestFailsEachOfItsTextsAndAnOmittedTextIsAbsent() {
    FakeEngine failing =
        new FakeEngine(
            "failing",
            GlossaryMechanism.MASKING,
            new Limits(10, 0, 0, 1, false),
            request -> {
              throw new EngineException(EngineException.Failure.REJECTED, "no thanks");
            });
    List<CompletableFuture<EngineQueue.Answer>> failed =
        queue(failing, 1).submit(UR, items("A.", "B."), DAWN);
    for (CompletableFuture<EngineQueue.Answer> f : failed) {
      assertThatThrownBy(f::join)
          .isInstanceOf(CompletionException.class)
          .cause()
          .isInstanceOf(EngineException.class)
          .hasMessageContaining("no thanks");
    }

    FakeEngine forgetful =
        new FakeEngine(
            "forgetful",
            GlossaryMechanism.MASKING,
            new Limits(10, 0, 0, 1, false),
            request -> new EngineResult(List.of(new EngineResult.Translated("1", "ur", "ب")), 4));
    List<CompletableFuture<EngineQueue.Answer>> answers =
        queue(forgetful, 1).submit(UR, items("A.", "B."), DAWN);
    assertThat(answers.get(0).join().translations()).isEmpty();
    assertThat(answers.get(1).join().translations()).isEqualTo(Map.of("ur", "ب"));
  }

  @Test
  void aTextTooLongForOneRequestIsRefusedBeforeQueueing() {
    FakeEngine engine =
        new FakeEngine(
            "tiny",
            GlossaryMechanism.MASKING,
            new Limits(5, 10, 0, 1, false),
            FakeEngine.each((t, l) -> ur(t)));
    EngineQueue queue = queue(engine, 1);
    assertThat(queue.fits(UR, "Short.")).isTrue();
    assertThat(queue.fits(UR, "Far too long for it.")).isFalse();
    assertThatThrownBy(() -> queue.submit(UR, items("Far too long for it."), DAWN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(engine.requests).isEmpty();
  }

  /**
   * Many orders at once, random sizes: every text gets its own translation, no request breaks the
   * limits, no more requests are in flight than the slots, and the shares add up to the bill.
   */
  @Property(tries = 25)
  void everyTextGetsItsOwnAnswerWithinTheLimits(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 9) Integer> orderSizes,
      @ForAll @IntRange(min = 1, max = 4) int slots,
      @ForAll @IntRange(min = 1, max = 7) int maxItems)
      throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    Function<EngineRequest, EngineResult> echo = FakeEngine.each((t, l) -> ur(t));
    FakeEngine engine =
        new FakeEngine(
            "random",
            GlossaryMechanism.MASKING,
            new Limits(maxItems, 40, 0, 1, false),
            request -> {
              peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
              try {
                Thread.sleep(2);
                return echo.apply(request);
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              } finally {
                inFlight.decrementAndGet();
              }
            });
    EngineQueue queue = queue(engine, slots);
    List<Future<Long>> orders = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int o = 0; o < orderSizes.size(); o++) {
        int order = o;
        int size = orderSizes.get(o);
        orders.add(
            pool.submit(
                () -> {
                  List<String> texts = new ArrayList<>();
                  for (int i = 0; i < size; i++) {
                    texts.add("Order " + order + " text " + i + ".");
                  }
                  List<CompletableFuture<EngineQueue.Answer>> answers =
                      queue.submit(UR, items(texts.toArray(String[]::new)), DAWN);
                  long billed = 0;
                  for (int i = 0; i < size; i++) {
                    EngineQueue.Answer answer = answers.get(i).get(10, TimeUnit.SECONDS);
                    assertThat(answer.translations()).isEqualTo(Map.of("ur", ur(texts.get(i))));
                    billed += answer.billed();
                  }
                  return billed;
                }));
      }
      long billed = 0;
      for (Future<Long> f : orders) {
        billed += f.get();
      }
      long sent =
          engine.requests.stream()
              .flatMap(r -> r.items().stream())
              .mapToLong(i -> i.text().length())
              .sum();
      assertThat(billed).isEqualTo(sent);
    }
    assertThat(peak.get()).isLessThanOrEqualTo(slots);
    assertThat(engine.requests)
        .allSatisfy(
            r -> {
              assertThat(r.items()).hasSizeLessThanOrEqualTo(maxItems);
              assertThat(r.items().stream().mapToInt(i -> i.text().length()).sum())
                  .isLessThanOrEqualTo(40);
            });
    assertThat(engine.requests.stream().mapToInt(r -> r.items().size()).sum())
        .isEqualTo(orderSizes.stream().mapToInt(Integer::intValue).sum());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("condition not met in 5 s");
      }
      Thread.sleep(5);
    }
  }
}
