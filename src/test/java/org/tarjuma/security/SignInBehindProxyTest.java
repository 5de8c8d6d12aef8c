package org.tarjuma.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.PageSession;

/**
 * Sign-in behind a TLS-terminating load balancer ({@code
 * server.forward-headers-strategy=framework}): the client's address and scheme come from {@code
 * X-Forwarded-For} and {@code X-Forwarded-Proto}.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:behind-proxy;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds",
      "server.forward-headers-strategy=framework"
    })
class SignInBehindProxyTest {

  private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void forgetFailures() {
    jdbc.update("DELETE FROM sign_in_failure");
  }

  /** A browser's request as the load balancer passes it on: from {@code client}, over HTTPS. */
  private record Browser(ApiClient http, String client, boolean https) {

    HttpResponse<String> send(HttpRequest.Builder request) {
      request.header("X-Forwarded-For", client);
      if (https) {
        request.header("X-Forwarded-Proto", "https");
      }
      return http.send(request.build());
    }

    /** The sign-in form's page, then the form posted with its cookie and token. */
    HttpResponse<String> signIn(String username, String password) {
      HttpResponse<String> form = send(HttpRequest.newBuilder(http.uri("/login")).GET());
      Matcher token = FORM_TOKEN.matcher(form.body());
      assertThat(token.find()).isTrue();
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("username", username);
      fields.put("password", password);
      fields.put("_csrf", token.group(1));
      return send(
          HttpRequest.newBuilder(http.uri("/login"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Cookie", sessionCookie(form))
              .POST(HttpRequest.BodyPublishers.ofString(PageSession.formBody(fields))));
    }
  }

  private Browser browser(String client, boolean https) {
    return new Browser(new ApiClient(port).as(null), client, https);
  }

  private static String sessionCookie(HttpResponse<String> answer) {
    String set = setCookie(answer);
    return set.substring(0, set.indexOf(';'));
  }

  private static String setCookie(HttpResponse<String> answer) {
    return answer.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("SESSION="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie"));
  }

  private static String location(HttpResponse<String> answer) {
    return answer.headers().firstValue("Location").orElse("");
  }

  @Test
  void theSessionCookieIsSecureWhenTheRequestCameOverHttpsAndOnlyThen() {
    HttpResponse<String> overHttps =
        browser("198.51.100.2", true)
            .send(HttpRequest.newBuilder(new ApiClient(port).uri("/login")));
    assertThat(setCookie(overHttps))
        .containsIgnoringCase("; Secure")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax");
    HttpResponse<String> signedIn =
        browser("198.51.100.2", true).signIn("admin", "test-admin-password");
    assertThat(location(signedIn)).startsWith("https://").doesNotContain("error");
    assertThat(setCookie(signedIn)).containsIgnoringCase("; Secure");

    HttpResponse<String> overHttp =
        browser("198.51.100.2", false)
            .send(HttpRequest.newBuilder(new ApiClient(port).uri("/login")));
    assertThat(setCookie(overHttp)).doesNotContainIgnoringCase("Secure");
  }

  @Test
  void aStrangerGuessingFromOneAddressDoesNotLockTheUserOutFromAnother() {
    Browser stranger = browser("203.0.113.7", true);
    for (int i = 1; i <= LoginAttempts.FREE + 2; i++) {
      assertThat(location(stranger.signIn("admin", "wrong-guess-" + i))).endsWith("/login?error");
    }
    HttpResponse<String> admin =
        browser("198.51.100.2", true).signIn("admin", "test-admin-password");
    assertThat(location(admin)).doesNotContain("error");
    // The stranger's address still waits, even with the right password.
    assertThat(location(stranger.signIn("admin", "test-admin-password"))).endsWith("/login?error");
  }

  @Test
  void aNameTypedWithLineBreaksAndBidiControlsIsLoggedEscapedOnOneLine(CapturedOutput output) {
    String forged = "nobody\r\n2026-12-02T13:00:00Z  INFO forged: admin signed in\u202Eevil";
    browser("203.0.113.9", false).signIn(forged, "wrong-guess");
    String line =
        output
            .getAll()
            .lines()
            .filter(l -> l.contains("Failed sign-in for 'nobody"))
            .findFirst()
            .orElseThrow();
    assertThat(line)
        .contains(
            "'nobody\\u000D\\u000A2026-12-02T13:00:00Z  INFO forged: admin signed in\\u202Eevil'"
                + " from 203.0.113.9");
    assertThat(output.getAll().lines()).noneMatch(l -> l.startsWith("2026-12-02T13:00:00Z"));
  }
}
