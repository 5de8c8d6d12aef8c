package org.tarjuma.engine;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A request an engine could not serve, of one kind in a small closed set. Messages say what the
 * provider said in words a person can act on; they never carry a key or a request header.
 */
public final class EngineException extends RuntimeException {

  /** Why a request failed. */
  public enum Failure {
    /** Worth trying again later: 429, 5xx, a timeout, a reset connection, an unreadable answer. */
    RETRYABLE,
    /** The account's quota is used up; no point retrying before it renews. */
    QUOTA_EXHAUSTED,
    /** The key or token was refused. */
    AUTHENTICATION,
    /** The provider refused this input (too long, invalid); another engine may take it. */
    REJECTED,
    /** The provider does not translate into the language asked for. */
    UNSUPPORTED_LANGUAGE
  }

  private final Failure failure;
  private final Duration retryAfter;

  public EngineException(Failure failure, String message) {
    this(failure, message, null, null);
  }

  public EngineException(Failure failure, String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.failure = Objects.requireNonNull(failure, "failure");
    this.retryAfter = retryAfter;
  }

  public Failure failure() {
    return failure;
  }

  /** How long the provider asked us to wait, when it said (a {@code Retry-After} header). */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  public boolean retryable() {
    return failure == Failure.RETRYABLE;
  }
}
