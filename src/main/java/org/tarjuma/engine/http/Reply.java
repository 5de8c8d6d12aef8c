package org.tarjuma.engine.http;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.tarjuma.engine.EngineException;
import org.tarjuma.engine.EngineException.Failure;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One HTTP answer from a provider. */
public record Reply(String provider, int status, HttpHeaders headers, String body) {

  /** The JSON mapper the adapters share; thread-safe. */
  public static final JsonMapper JSON = JsonMapper.builder().build();

  private static final int MAX_MESSAGE = 300;

  public boolean ok() {
    return status >= 200 && status < 300;
  }

  /** The body as JSON; an unreadable body is {@link Failure#RETRYABLE} (a proxy's error page). */
  public JsonNode json() {
    try {
      JsonNode node = JSON.readTree(body == null ? "" : body);
      if (node == null || node.isMissingNode()) {
        throw new EngineException(Failure.RETRYABLE, provider + " sent an empty answer");
      }
      return node;
    } catch (JacksonException e) {
      throw new EngineException(
          Failure.RETRYABLE, provider + " sent an answer that is not valid JSON", null, e);
    }
  }

  /** The wait a {@code Retry-After} header asks for, in seconds or as an HTTP date. */
  public Optional<Duration> retryAfter() {
    return headers.firstValue("Retry-After").flatMap(Reply::parseRetryAfter);
  }

  static Optional<Duration> parseRetryAfter(String value) {
    String v = value.strip();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException e) {
      try {
        Duration wait =
            Duration.between(
                ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  /**
   * The failure this status means in HTTP's common sense: 408, 429, 5xx retryable (with
   * Retry-After), 401/403 authentication, 456 quota, other 4xx a rejected request. Adapters refine
   * it with what their provider's body says.
   *
   * @param detail what the provider said, already extracted from its body; may be empty
   */
  public EngineException failure(String detail) {
    return failure(kind(status), detail);
  }

  /** A failure of the given kind with this reply's status, detail and Retry-After. */
  public EngineException failure(Failure kind, String detail) {
    String said = detail == null || detail.isBlank() ? "" : ": " + abbreviate(detail.strip());
    return new EngineException(
        kind, provider + " answered HTTP " + status + said, retryAfter().orElse(null), null);
  }

  static Failure kind(int status) {
    return switch (status) {
      case 401, 403 -> Failure.AUTHENTICATION;
      case 456 -> Failure.QUOTA_EXHAUSTED;
      case 408, 425, 429, 529 -> Failure.RETRYABLE;
      default -> status >= 500 ? Failure.RETRYABLE : Failure.REJECTED;
    };
  }

  /** The string at {@code path} (e.g. {@code error/message}) of a JSON body, or "". */
  public String field(String... path) {
    try {
      JsonNode node = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
      for (String step : path) {
        node = node == null ? null : node.get(step);
      }
      return node == null || node.isNull() ? "" : node.isValueNode() ? node.asString() : "";
    } catch (JacksonException e) {
      return "";
    }
  }

  private static String abbreviate(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "…";
  }
}
