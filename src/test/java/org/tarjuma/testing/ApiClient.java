package org.tarjuma.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Requests to a running Tarjuma on localhost, and the checks every answer must pass. */
public final class ApiClient {

  public static final JsonMapper JSON = JsonMapper.builder().build();

  /** The admin key every test application starts with (src/test/resources/config). */
  public static final String ADMIN_KEY = "test-admin-key-0123456789abcdef";

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;
  private final String key;

  /** A client that sends the admin key. */
  public ApiClient(int port) {
    this(port, ADMIN_KEY);
  }

  private ApiClient(int port, String key) {
    this.port = port;
    this.key = key;
  }

  /** The same server, with another API key ({@code null}: none at all). */
  public ApiClient as(String key) {
    return new ApiClient(port, key);
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** Sends the request, with this client's key unless it carries an Authorization header. */
  public HttpResponse<String> send(HttpRequest request) {
    if (key != null && request.headers().firstValue("Authorization").isEmpty()) {
      request =
          HttpRequest.newBuilder(request, (name, value) -> true)
              .header("Authorization", "Bearer " + key)
              .build();
    }
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("request to " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> post(String path, String json) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  public HttpResponse<String> put(String path, String json) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /**
   * Adds an Urdu translator named {@code name} (password: the name, then {@code -strong-password});
   * asserts that it was created.
   */
  public void addTranslator(String name) {
    HttpResponse<String> created =
        post(
            "/api/v1/users",
            "{\"username\": \""
                + name
                + "\", \"password\": \""
                + name
                + "-strong-password\", \"role\": \"translator\", \"languages\": [\"ur\"]}");
    org.assertj.core.api.Assertions.assertThat(created.statusCode())
        .as(created.body())
        .isEqualTo(201);
  }

  public HttpResponse<String> get(String path) {
    return get(path, "*/*");
  }

  public HttpResponse<String> get(String path, String accept) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build());
  }

  public static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  /**
   * An RFC 9457 problem detail with this status, a detail that says {@code detailPart}, and no
   * internals.
   */
  public static void assertProblem(HttpResponse<String> response, int status, String detailPart) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asString()).contains(detailPart);
    assertThat(response.body()).doesNotContain("Exception", "\tat ", "Whitelabel");
  }
}
