package org.tarjuma.engine.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.tarjuma.engine.EngineException;
import org.tarjuma.engine.EngineException.Failure;

/**
 * Sends one request and reads its answer, up to a limit. A timeout, a refused or reset connection,
 * an interrupted wait or an answer longer than the limit become {@link Failure#RETRYABLE}; every
 * HTTP status comes back as a {@link Reply} for the adapter to read. Thread-safe.
 *
 * <p>The limit is {@code max-answer-ratio} times the characters of the request sent, and never
 * below {@link #MIN_ANSWER_BYTES}: a provider (or a proxy before it) that streams without end costs
 * one failed request, not the node's memory.
 */
public final class HttpTransport {

  /** The least an answer may hold, whatever the request: room for any provider's error page. */
  public static final int MIN_ANSWER_BYTES = 256 * 1024;

  private final HttpClient client;
  private final Duration timeout;
  private final String provider;
  private final int maxAnswerRatio;

  /**
   * @param provider the provider's name for messages ("Azure Translator")
   * @param settings the engine's timeout (for one request, connection included) and its {@code
   *     max-answer-ratio}
   */
  public HttpTransport(String provider, org.tarjuma.engine.EngineSettings settings) {
    this.provider = provider;
    this.timeout = settings.timeout();
    this.maxAnswerRatio = settings.maxAnswerRatio();
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** POSTs {@code body} (UTF-8) with these headers. */
  public Reply post(URI uri, Map<String, String> headers, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    return send(request.build(), limit(body.length()));
  }

  /** GETs {@code uri} with these headers. */
  public Reply get(URI uri, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET();
    headers.forEach(request::header);
    return send(request.build(), MIN_ANSWER_BYTES);
  }

  private int limit(int requestChars) {
    return (int)
        Math.min(
            Integer.MAX_VALUE - 8,
            Math.max(MIN_ANSWER_BYTES, (long) maxAnswerRatio * requestChars));
  }

  private Reply send(HttpRequest request, int limit) {
    try {
      HttpResponse<java.io.InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      byte[] body;
      try (java.io.InputStream in = response.body()) {
        body = in.readNBytes(limit + 1);
      }
      if (body.length > limit) {
        throw new EngineException(
            Failure.RETRYABLE,
            provider
                + " answered more than "
                + limit
                + " bytes (max-answer-ratio "
                + maxAnswerRatio
                + " times the request): the answer was not read");
      }
      return new Reply(
          provider,
          response.statusCode(),
          response.headers(),
          new String(body, StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new EngineException(
          Failure.RETRYABLE, provider + " did not answer within " + timeout, null, e);
    } catch (IOException e) {
      throw new EngineException(
          Failure.RETRYABLE,
          provider + " could not be reached (" + e.getClass().getSimpleName() + ")",
          null,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineException(Failure.RETRYABLE, "interrupted waiting for " + provider, null, e);
    }
  }
}
