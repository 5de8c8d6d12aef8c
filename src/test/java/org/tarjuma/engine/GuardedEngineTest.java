package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tarjuma.engine.Capabilities.GlossaryMechanism;
import org.tarjuma.engine.Capabilities.Limits;
import org.tarjuma.engine.EngineException.Failure;

class GuardedEngineTest {

  private static final Limits LIMITS = new Limits(10, 0, 0, 1, false);
  private static final EngineRequest REQUEST = EngineTesting.request("ur", "It rained.");
  private static final EngineResult OK =
      new EngineResult(List.of(new EngineResult.Translated("1", "ur", "بارش ہوئی۔")), 10);

  @Test
  void retriesOnlyRetryableFailures() {
    AtomicInteger calls = new AtomicInteger();
    FakeEngine rejecting =
        new FakeEngine(
            "e",
            GlossaryMechanism.MASKING,
            LIMITS,
            r -> {
              calls.incrementAndGet();
              throw new EngineException(Failure.REJECTED, "too long");
            });
    GuardedEngine guarded =
        new GuardedEngine(rejecting, EngineTesting.settings(2), EngineTesting.FAST);
    assertThatThrownBy(() -> guarded.translate(REQUEST))
        .isInstanceOfSatisfying(
            EngineException.class, e -> assertThat(e.failure()).isEqualTo(Failure.REJECTED));
    assertThat(calls).hasValue(1);
  }

  /**
   * An adapter that throws something else while reading an answer (a number too large) fails that
   * request retryably, naming the engine, and is retried like any retryable failure.
   */
  @Test
  void anAnswerTheAdapterCannotReadIsARetryableFailureOfThatRequest() {
    AtomicInteger calls = new AtomicInteger();
    FakeEngine confused =
        new FakeEngine(
            "e",
            GlossaryMechanism.MASKING,
            LIMITS,
            r -> {
              calls.incrementAndGet();
              int item = Integer.parseInt("98765432109876543210"); // as a careless adapter would
              return item > 0 ? OK : OK;
            });
    GuardedEngine guarded =
        new GuardedEngine(confused, EngineTesting.settings(2), EngineTesting.FAST);
    assertThatThrownBy(() -> guarded.translate(REQUEST))
        .isInstanceOfSatisfying(
            EngineException.class, e -> assertThat(e.failure()).isEqualTo(Failure.RETRYABLE))
        .hasMessageContaining("engine e sent an answer it could not read (NumberFormatException)");
    assertThat(calls.get()).isGreaterThan(1);
  }

  @Test
  void opensTheCircuitAfterRepeatedFailuresAndClosesItWhenTheEngineRecovers() throws Exception {
    AtomicBoolean down = new AtomicBoolean(true);
    AtomicInteger calls = new AtomicInteger();
    FakeEngine flaky =
        new FakeEngine(
            "flaky",
            GlossaryMechanism.MASKING,
            LIMITS,
            r -> {
              calls.incrementAndGet();
              if (down.get()) {
                throw new EngineException(Failure.RETRYABLE, "503");
              }
              return OK;
            });
    EngineProperties.Resilience resilience =
        new EngineProperties.Resilience(
            1, Duration.ofMillis(1), Duration.ofMillis(5), 50, 4, Duration.ofMillis(300));
    GuardedEngine guarded = new GuardedEngine(flaky, EngineTesting.settings(2), resilience);

    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> guarded.translate(REQUEST)).isInstanceOf(EngineException.class);
    }
    assertThat(guarded.state()).isEqualTo(CircuitBreaker.State.OPEN);

    // Open: refused without a call, as a retryable failure so the route moves on.
    assertThatThrownBy(() -> guarded.translate(REQUEST))
        .isInstanceOfSatisfying(
            EngineException.class,
            e -> {
              assertThat(e.retryable()).isTrue();
              assertThat(e.getMessage()).contains("resting");
            });
    assertThat(calls).hasValue(4);

    down.set(false);
    Thread.sleep(400);
    assertThat(guarded.translate(REQUEST)).isEqualTo(OK);
    assertThat(guarded.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(calls).hasValue(5);
  }

  @Test
  void rejectedTextsDoNotOpenTheCircuit() {
    FakeEngine rejecting =
        new FakeEngine(
            "e",
            GlossaryMechanism.MASKING,
            LIMITS,
            r -> {
              throw new EngineException(Failure.REJECTED, "too long");
            });
    EngineProperties.Resilience resilience =
        new EngineProperties.Resilience(
            1, Duration.ofMillis(1), Duration.ofMillis(5), 50, 4, Duration.ofSeconds(30));
    GuardedEngine guarded = new GuardedEngine(rejecting, EngineTesting.settings(2), resilience);
    for (int i = 0; i < 10; i++) {
      assertThatThrownBy(() -> guarded.translate(REQUEST)).isInstanceOf(EngineException.class);
    }
    assertThat(guarded.state()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void neverHasMoreCallsInFlightThanMaxConcurrency() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    FakeEngine slow =
        new FakeEngine(
            "slow",
            GlossaryMechanism.MASKING,
            LIMITS,
            r -> {
              peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
              try {
                Thread.sleep(30);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              inFlight.decrementAndGet();
              return OK;
            });
    GuardedEngine guarded = new GuardedEngine(slow, EngineTesting.settings(3), EngineTesting.FAST);
    CountDownLatch done = new CountDownLatch(24);
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 24; i++) {
        pool.submit(
            () -> {
              guarded.translate(REQUEST);
              done.countDown();
            });
      }
      assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(peak).hasValue(3);
  }

  @Test
  void backoffGrowsWithJitterAndHonoursRetryAfterUpToTheCap() {
    Duration initial = Duration.ofMillis(100);
    Duration max = Duration.ofSeconds(2);
    for (int i = 0; i < 200; i++) {
      assertThat(GuardedEngine.backoff(1, null, initial, max)).isBetween(50L, 150L);
      assertThat(GuardedEngine.backoff(3, null, initial, max)).isBetween(200L, 600L);
      assertThat(GuardedEngine.backoff(10, null, initial, max)).isLessThanOrEqualTo(2000L);
    }
    EngineException wait =
        new EngineException(Failure.RETRYABLE, "429", Duration.ofSeconds(1), null);
    assertThat(GuardedEngine.backoff(1, wait, initial, max)).isEqualTo(1000L);
    EngineException tooLong =
        new EngineException(Failure.RETRYABLE, "429", Duration.ofMinutes(5), null);
    assertThat(GuardedEngine.backoff(1, tooLong, initial, max)).isEqualTo(2000L);
  }
}
