package org.tarjuma.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP API a command talks to: a running server's, or one started in-process for the command
 * and stopped on {@link #close()}. A refusal or an unreachable server is an {@link
 * IllegalStateException} whose message is the one line the user reads.
 */
final class Api implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;
  private final String key;
  private final ConfigurableApplicationContext embedded;

  private Api(URI base, String key, ConfigurableApplicationContext embedded) {
    this.base = base;
    this.key = key;
    this.embedded = embedded;
  }

  /** The API of {@code server} with {@code key} (blank: none), or of Tarjuma started now. */
  static Api open(URI server, String key, Embedded tarjuma) {
    if (server != null) {
      return new Api(server, key == null || key.isBlank() ? null : key.strip(), null);
    }
    // The in-process server listens on loopback only and trusts a key made for this run.
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String runKey = HexFormat.of().formatHex(random);
    ConfigurableApplicationContext embedded =
        tarjuma.start(
            "--server.port=0",
            "--server.address=127.0.0.1",
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN",
            "--logging.level.org.tarjuma=WARN",
            "--logging.level.org.springdoc=ERROR",
            "--spring.main.log-startup-info=false",
            "--tarjuma.security.admin-key=" + runKey);
    int port = ((WebServerApplicationContext) embedded).getWebServer().getPort();
    return new Api(URI.create("http://127.0.0.1:" + port), runKey, embedded);
  }

  /** The body of {@code GET path}. */
  String get(String path) {
    return ok(send("GET", path, null, null));
  }

  /** The body of the answer to {@code body} posted to {@code path}. */
  String post(String path, String contentType, byte[] body) {
    return ok(send("POST", path, contentType, body));
  }

  JsonNode json(String body) {
    return JSON.readTree(body);
  }

  private HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot reach " + base + " (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }

  /** The answer's body when 2xx; otherwise the problem's detail as the failure. */
  private static String ok(HttpResponse<String> response) {
    if (response.statusCode() / 100 == 2) {
      return response.body();
    }
    String detail = response.body();
    try {
      JsonNode problem = JSON.readTree(response.body());
      if (problem.has("detail")) {
        detail = problem.get("detail").asString();
      }
    } catch (RuntimeException notJson) {
      // keep the body as it is
    }
    throw new IllegalStateException(detail.replaceAll("\\s+", " ").strip());
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}
