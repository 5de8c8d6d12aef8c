package org.tarjuma.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser's session without the browser: form sign-in, its cookie, and the CSRF token. */
public final class PageSession {

  private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern META_TOKEN =
      Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

  private final int port;
  private final HttpClient http;

  private PageSession(int port) {
    this(
        port,
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  private PageSession(int port, HttpClient http) {
    this.port = port;
    this.http = http;
  }

  /** The same session (its cookie) on another node of the same service. */
  public PageSession at(int otherPort) {
    return new PageSession(otherPort, http);
  }

  /** Signs in through the sign-in form; fails the test when that does not work. */
  public static PageSession signIn(int port, String username, String password) {
    PageSession session = new PageSession(port);
    HttpResponse<String> signedIn = session.submitSignIn(username, password);
    assertThat(signedIn.statusCode()).as("signing in as %s", username).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElse(""))
        .as("signing in as %s", username)
        .doesNotContain("error");
    return session;
  }

  /** The answer to posting the sign-in form, whatever it is. */
  public static HttpResponse<String> tryToSignIn(int port, String username, String password) {
    return new PageSession(port).submitSignIn(username, password);
  }

  private HttpResponse<String> submitSignIn(String username, String password) {
    HttpResponse<String> form = get("/login");
    Matcher token = FORM_TOKEN.matcher(form.body());
    assertThat(token.find()).as("a CSRF token in the sign-in form").isTrue();
    return postForm(
        "/login", Map.of("username", username, "password", password, "_csrf", token.group(1)));
  }

  /** A page, asked for as a browser asks. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build());
  }

  /** Posts a form with this session's CSRF token, as the pages' forms do. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    Matcher token = META_TOKEN.matcher(get("/articles").body());
    assertThat(token.find()).as("a CSRF token in the pages").isTrue();
    Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
    withToken.put("_csrf", token.group(1));
    return postForm(path, withToken);
  }

  /** Posts a form as a forged page on another site would: the cookie goes along, no token. */
  public HttpResponse<String> postWithoutToken(String path, Map<String, String> fields) {
    return postForm(path, fields);
  }

  /** A form's fields as a browser sends them ({@code application/x-www-form-urlencoded}). */
  public static String formBody(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String body = formBody(fields);
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Accept", "text/html")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
