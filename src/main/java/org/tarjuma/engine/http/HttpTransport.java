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
 * Sends one request and reads the whole answer. A timeout, a refused or reset connection or an
 * interrupted wait become {@link Failure#RETRYABLE}; every HTTP status comes back as a {@link
 * Reply} for the adapter to read. Thread-safe.
 */
public final class HttpTransport {

  private final HttpClient client;
  private final Duration timeout;
  private final String provider;

  /**
   * @param provider the provider's name for messages ("Azure Translator")
   * @param timeout how long one request may take, connection included
   */
  public HttpTransport(String provider, Duration timeout) {
    this.provider = provider;
    this.timeout = timeout;
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
    return send(request.build());
  }

  /** GETs {@code uri} with these headers. */
  public Reply get(URI uri, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET();
    headers.forEach(request::header);
    return send(request.build());
  }

  private Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(provider, response.statusCode(), response.headers(), response.body());
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
