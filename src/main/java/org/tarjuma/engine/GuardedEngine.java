package org.tarjuma.engine;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarjuma.engine.EngineException.Failure;

/**
 * An engine behind Resilience4j: a retry with exponential backoff and jitter that honours
 * Retry-After, around a circuit breaker, around a bulkhead of {@code max-concurrency} calls. Only
 * {@link Failure#RETRYABLE} failures are retried; those and lost credentials or quota count against
 * the circuit, a rejected text or language does not.
 */
final class GuardedEngine {

  private static final Logger log = LoggerFactory.getLogger(GuardedEngine.class);
  // A call waits this long for a free slot: work queues up behind a busy engine, it is not refused.
  private static final Duration QUEUE_WAIT = Duration.ofMinutes(10);

  private final TranslationEngine engine;
  private final Retry retry;
  private final CircuitBreaker breaker;
  private final Bulkhead bulkhead;

  GuardedEngine(
      TranslationEngine engine, EngineSettings settings, EngineProperties.Resilience resilience) {
    this.engine = engine;
    String id = engine.id();
    this.bulkhead =
        Bulkhead.of(
            id,
            BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrency())
                .maxWaitDuration(QUEUE_WAIT)
                .build());
    this.breaker =
        CircuitBreaker.of(
            id,
            CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(resilience.slidingWindow())
                .minimumNumberOfCalls(resilience.slidingWindow())
                .failureRateThreshold(resilience.failureRateThreshold())
                .waitDurationInOpenState(resilience.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(GuardedEngine::countsAgainst)
                .build());
    this.retry =
        Retry.of(
            id,
            RetryConfig.<EngineResult>custom()
                .maxAttempts(resilience.maxAttempts())
                .retryOnException(e -> e instanceof EngineException ee && ee.retryable())
                .intervalBiFunction(
                    (attempt, outcome) ->
                        backoff(
                            attempt,
                            outcome.isLeft() ? outcome.getLeft() : null,
                            resilience.initialBackoff(),
                            resilience.maxBackoff()))
                .failAfterMaxAttempts(false)
                .build());
    retry
        .getEventPublisher()
        .onRetry(
            event ->
                log.warn(
                    "Engine {}: attempt {} failed ({}); trying again in {} ms",
                    id,
                    event.getNumberOfRetryAttempts(),
                    event.getLastThrowable() == null ? "" : event.getLastThrowable().getMessage(),
                    event.getWaitInterval().toMillis()));
    breaker
        .getEventPublisher()
        .onStateTransition(
            event -> log.warn("Engine {}: circuit {}", id, event.getStateTransition()));
  }

  /** Requests the engine may have in flight at once ({@code max-concurrency}). */
  int maxConcurrency() {
    return bulkhead.getBulkheadConfig().getMaxConcurrentCalls();
  }

  /**
   * The engine itself, unguarded: for the offline {@code memory} engine, a lookup in the local
   * database that retries, circuits and queues would only slow down.
   */
  TranslationEngine unguarded() {
    return engine;
  }

  String id() {
    return engine.id();
  }

  Capabilities capabilities() {
    return engine.capabilities();
  }

  CircuitBreaker.State state() {
    return breaker.getState();
  }

  /** Closes the circuit, forgetting the failures that opened it: the next call goes through. */
  void closeCircuit() {
    breaker.reset();
  }

  /**
   * Sends the request, retrying as configured.
   *
   * @throws EngineException the last failure; an open circuit or a full queue is {@link
   *     Failure#RETRYABLE} without a call
   */
  EngineResult translate(EngineRequest request) {
    Supplier<EngineResult> call = () -> readable(request);
    call = Bulkhead.decorateSupplier(bulkhead, call);
    call = CircuitBreaker.decorateSupplier(breaker, call);
    call = Retry.decorateSupplier(retry, call);
    try {
      return call.get();
    } catch (CallNotPermittedException e) {
      throw new EngineException(
          Failure.RETRYABLE, "engine " + id() + " is resting after repeated failures", null, e);
    } catch (BulkheadFullException e) {
      throw new EngineException(Failure.RETRYABLE, "engine " + id() + " is too busy", null, e);
    }
  }

  /**
   * The engine's answer; anything other than an {@link EngineException} that reading it threw (an
   * adapter meeting an answer it was not written for) is a failure of this request, {@link
   * Failure#RETRYABLE}, so the next engine tries: never the job's.
   */
  private EngineResult readable(EngineRequest request) {
    try {
      return engine.translate(request);
    } catch (EngineException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new EngineException(
          Failure.RETRYABLE,
          "engine "
              + id()
              + " sent an answer it could not read ("
              + e.getClass().getSimpleName()
              + ")",
          null,
          e);
    }
  }

  /** Retry-After when the provider sent one (capped), else exponential with ±50% jitter. */
  static long backoff(int attempt, Throwable failure, Duration initial, Duration max) {
    if (failure instanceof EngineException e && e.retryAfter().isPresent()) {
      return Math.min(e.retryAfter().get().toMillis(), max.toMillis());
    }
    double exponential = initial.toMillis() * Math.pow(2, Math.max(0, attempt - 1));
    double jittered = exponential * (0.5 + ThreadLocalRandom.current().nextDouble());
    return (long) Math.min(jittered, max.toMillis());
  }

  private static boolean countsAgainst(Throwable e) {
    return e instanceof EngineException ee
        && switch (ee.failure()) {
          case RETRYABLE, QUOTA_EXHAUSTED, AUTHENTICATION -> true;
          case REJECTED, UNSUPPORTED_LANGUAGE -> false;
        };
  }
}
