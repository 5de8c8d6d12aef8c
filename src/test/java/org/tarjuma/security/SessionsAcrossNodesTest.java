package org.tarjuma.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.Tarjuma;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.PageSession;

/**
 * Two nodes on one database, as behind a load balancer without sticky sessions: a session made on
 * one serves pages on the other and outlives a restart, signing out on one ends it on both, and the
 * sign-in throttle counts the failures made on either. The browser is an HTTP client without a
 * cookie store: each request carries the session cookie by hand.
 */
class SessionsAcrossNodesTest {

  private static final String DATABASE =
      "jdbc:h2:mem:sessions-across-nodes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
  private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern META_TOKEN =
      Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private static ConfigurableApplicationContext a;
  private static ConfigurableApplicationContext b;

  @BeforeAll
  static void startTwoNodes() {
    a = node();
    b = node();
  }

  @AfterAll
  static void stopThem() {
    for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {a, b}) {
      if (node != null) {
        node.close();
      }
    }
  }

  private static ConfigurableApplicationContext node() {
    return Tarjuma.start(
        "--server.port=0",
        "--spring.datasource.url=" + DATABASE,
        "--tarjuma.memory.seed-path=target/no-seeds");
  }

  private static int port(ConfigurableApplicationContext node) {
    return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
  }

  @Test
  void aSessionMadeOnOneNodeServesPagesOnTheOtherAndSigningOutThereEndsItOnBoth() {
    addTranslator(a, "amna");
    SignIn signedIn = signIn(a, "amna", "amna-strong-password");
    assertRedirect(signedIn.answer(), "/");
    // A new session id on signing in, in a cookie set as before sessions moved to the database.
    assertThat(signedIn.answer().headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("SESSION=")
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));
    String session = signedIn.cookie();

    HttpResponse<String> onB = get(b, "/articles", session);
    assertThat(onB.statusCode()).isEqualTo(200);
    assertThat(onB.body()).contains("<span>amna</span> · <span>translator</span>");
    assertThat(get(a, "/articles", session).statusCode()).isEqualTo(200);

    HttpResponse<String> signedOut =
        post(b, "/logout", session, Map.of("_csrf", token(META_TOKEN, onB)));
    assertRedirect(signedOut, "/login?logout");
    assertSignedOut(get(a, "/articles", session));
    assertSignedOut(get(b, "/articles", session));
    assertThat(sessionsOf(a, "amna")).isZero();
  }

  @Test
  void aRestartedNodeServesTheSessionsMadeBeforeIt() {
    addTranslator(a, "bilal");
    String session = signIn(b, "bilal", "bilal-strong-password").cookie();
    b.close();
    b = node();
    HttpResponse<String> afterRestart = get(b, "/articles", session);
    assertThat(afterRestart.statusCode()).isEqualTo(200);
    assertThat(afterRestart.body()).contains("<span>bilal</span> · <span>translator</span>");
  }

  @Test
  void fiveFailuresSplitOverTwoNodesSlowTheNameDownOnBoth() {
    addTranslator(a, "chanda");
    for (int i = 1; i <= LoginAttempts.FREE; i++) {
      ConfigurableApplicationContext node = i % 2 == 0 ? b : a;
      SignIn wrong = signIn(node, "chanda", "wrong-guess-" + i);
      assertRedirect(wrong.answer(), "/login?error");
      if (i == 1) {
        assertThat(get(node, "/login?error", wrong.cookie()).body())
            .contains("Wrong user name or password.");
      }
    }
    // The sixth, even with the right password, waits on either node, and each says how long.
    for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {a, b}) {
      SignIn sixth = signIn(node, "CHANDA", "chanda-strong-password");
      assertRedirect(sixth.answer(), "/login?error");
      assertThat(get(node, "/login?error", sixth.cookie()).body())
          .containsPattern("Too many failed sign-ins: try again in ([1-9]|[12][0-9]|30) seconds\\.")
          .doesNotContain("Wrong user name");
    }
  }

  @Test
  void whatASessionKeepsInTheDatabaseHoldsNoPasswordNorItsHash() {
    addTranslator(a, "dost");
    signIn(a, "dost", "a-wrong-password-typed");
    signIn(b, "dost", "dost-strong-password");
    String everything =
        a
            .getBean(JdbcTemplate.class)
            .queryForList("SELECT attribute_bytes FROM spring_session_attributes", byte[].class)
            .stream()
            .map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1))
            .collect(Collectors.joining());
    assertThat(everything)
        .contains("dost")
        .doesNotContain("a-wrong-password-typed", "dost-strong-password", "{bcrypt}");
  }

  @Test
  void disablingAUserEndsTheirSessionsOnEveryNode() {
    addTranslator(a, "esra");
    String session = signIn(a, "esra", "esra-strong-password").cookie();
    assertThat(get(b, "/articles", session).statusCode()).isEqualTo(200);

    HttpResponse<String> disabled =
        new ApiClient(port(b))
            .send(
                HttpRequest.newBuilder(URI.create(url(b, "/api/v1/users/esra"))).DELETE().build());
    assertThat(disabled.statusCode()).isEqualTo(204);
    assertSignedOut(get(a, "/articles", session));
    assertSignedOut(get(b, "/articles", session));
  }

  @Test
  void aSessionWhoseUserCanNoLongerBeReadSignsThemOutRatherThanFailing() {
    addTranslator(a, "farid");
    String session = signIn(a, "farid", "farid-strong-password").cookie();
    assertThat(get(b, "/articles", session).statusCode()).isEqualTo(200);
    // As a class changed by an upgrade would leave it: bytes this version cannot read.
    int spoiled =
        a.getBean(JdbcTemplate.class)
            .update(
                "UPDATE spring_session_attributes SET attribute_bytes = ? WHERE attribute_name ="
                    + " 'SPRING_SECURITY_CONTEXT' AND session_primary_id IN (SELECT primary_id FROM"
                    + " spring_session WHERE principal_name = 'farid')",
                new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 0x73, 0x72, 0, 3, 'N', 'o', 'p'});
    assertThat(spoiled).isEqualTo(1);
    assertSignedOut(get(b, "/articles", session));
    assertThat(
            signIn(b, "farid", "farid-strong-password").answer().headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
  }

  private static void addTranslator(ConfigurableApplicationContext node, String name) {
    new ApiClient(port(node)).addTranslator(name);
  }

  private static void assertSignedOut(HttpResponse<String> page) {
    assertRedirect(page, "/login");
  }

  private static void assertRedirect(HttpResponse<String> answer, String to) {
    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).isIn(to, url(answer, to)));
  }

  private static int sessionsOf(ConfigurableApplicationContext node, String user) {
    return node.getBean(JdbcTemplate.class)
        .queryForObject(
            "SELECT COUNT(*) FROM spring_session WHERE principal_name = ?", Integer.class, user);
  }

  /** The answer to the sign-in form, and the session cookie the browser holds after it. */
  private record SignIn(HttpResponse<String> answer, String cookie) {}

  /** Posts the sign-in form as a browser does: the form's page first, for its cookie and token. */
  private static SignIn signIn(ConfigurableApplicationContext node, String user, String password) {
    HttpResponse<String> form = get(node, "/login", null);
    String cookie = cookie(form).orElseThrow(() -> new AssertionError("no session cookie"));
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("username", user);
    fields.put("password", password);
    fields.put("_csrf", token(FORM_TOKEN, form));
    HttpResponse<String> answer = post(node, "/login", cookie, fields);
    return new SignIn(answer, cookie(answer).orElse(cookie));
  }

  private static String token(Pattern where, HttpResponse<String> page) {
    Matcher token = where.matcher(page.body());
    assertThat(token.find()).as("a CSRF token in %s", page.uri()).isTrue();
    return token.group(1);
  }

  /** The session cookie the answer sets, if it sets one, as the next request sends it back. */
  private static Optional<String> cookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("SESSION="))
        .map(c -> c.substring(0, c.indexOf(';')))
        .findFirst();
  }

  private static HttpResponse<String> get(
      ConfigurableApplicationContext node, String path, String cookie) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url(node, path))).header("Accept", "text/html");
    return send(cookie == null ? request : request.header("Cookie", cookie));
  }

  private static HttpResponse<String> post(
      ConfigurableApplicationContext node, String path, String cookie, Map<String, String> form) {
    String body = PageSession.formBody(form);
    return send(
        HttpRequest.newBuilder(URI.create(url(node, path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", cookie)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The absolute URL of {@code path} on the node that gave this answer. */
  private static String url(HttpResponse<String> answer, String path) {
    return answer.uri().resolve(path).toString();
  }

  private static String url(ConfigurableApplicationContext node, String path) {
    return "http://localhost:" + port(node) + path;
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
