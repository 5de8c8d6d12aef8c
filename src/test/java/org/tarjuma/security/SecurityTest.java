package org.tarjuma.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.testing.ApiClient.assertProblem;
import static org.tarjuma.testing.ApiClient.json;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.testing.ApiClient;
import tools.jackson.databind.JsonNode;

/** API keys, outlets' own jobs, sign-in and its slowing down, as a client meets them. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:security;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class SecurityTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  /** The throttle's counts forgotten, from whichever address this client reached the server. */
  private void forgetFailures() {
    jdbc.update("DELETE FROM sign_in_failure");
  }

  private ApiClient admin() {
    return new ApiClient(port);
  }

  private String createKey(String body) {
    HttpResponse<String> created = admin().post("/api/v1/keys", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
    return json(created).get("key").asString();
  }

  @Test
  void aKeyIsShownOnceWorksForItsRoleAndStopsWhenRevoked() {
    HttpResponse<String> created =
        admin()
            .post(
                "/api/v1/keys",
                "{\"label\": \"Dawn CMS\", \"role\": \"outlet\", \"outlet\": \"dawn\"}");
    JsonNode body = json(created);
    String key = body.get("key").asString();
    String id = body.get("info").get("id").asString();
    assertThat(key).startsWith("tj_" + id + "_").hasSizeGreaterThan(40);

    // Lists never show it again.
    String list = admin().get("/api/v1/keys").body();
    assertThat(list).contains(id, "Dawn CMS").doesNotContain(key, key.substring(17));

    ApiClient dawn = admin().as(key);
    assertThat(dawn.get("/api/v1/languages").statusCode()).isEqualTo(200);
    assertProblem(dawn.get("/api/v1/usage"), 403, "The role 'outlet' may not GET /api/v1/usage");

    assertThat(admin().send(delete("/api/v1/keys/" + id)).statusCode()).isEqualTo(204);
    assertProblem(dawn.get("/api/v1/languages"), 401, "unknown, revoked or expired");
    assertProblem(admin().send(delete("/api/v1/keys/nope")), 404, "There is no API key nope");
  }

  @Test
  void anExpiredOrMadeUpKeyIs401AndNoKeyAtAllSaysHowToSendOne() throws Exception {
    String soon =
        createKey(
            "{\"label\": \"short\", \"role\": \"curator\", \"expiresAt\": \""
                + Instant.now().plusSeconds(1)
                + "\"}");
    assertThat(admin().as(soon).get("/api/v1/languages").statusCode()).isEqualTo(200);
    Thread.sleep(1_300);
    assertProblem(admin().as(soon).get("/api/v1/languages"), 401, "revoked or expired");

    assertProblem(admin().as("tj_0123456789ab_made-up").get("/api/v1/languages"), 401, "not valid");
    assertProblem(admin().as("anything").get("/api/v1/languages"), 401, "not valid");
    HttpResponse<String> none = admin().as(null).get("/api/v1/languages");
    assertProblem(none, 401, "Authorization: Bearer <key>");
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
  }

  @Test
  void badKeyRequestsAreExplained() {
    assertProblem(admin().post("/api/v1/keys", "{\"role\": \"outlet\"}"), 400, "label");
    assertProblem(
        admin().post("/api/v1/keys", "{\"label\": \"x\", \"role\": \"editor\"}"),
        400,
        "roles are: outlet, translator, curator, admin");
    assertProblem(
        admin().post("/api/v1/keys", "{\"label\": \"x\", \"role\": \"outlet\"}"),
        400,
        "needs the outlet");
    assertProblem(
        admin()
            .post(
                "/api/v1/keys",
                "{\"label\": \"x\", \"role\": \"translator\", \"languages\": [\"de\"]}"),
        400,
        "'de' is not a target language");
    assertProblem(
        admin()
            .post(
                "/api/v1/users",
                "{\"username\": \"amna\", \"password\": \"short\", \"role\":" + " \"translator\"}"),
        400,
        "at least 12 characters");
  }

  @Test
  void anOutletSeesOnlyItsOwnJobsWhileTranslatorsSeeAll() {
    ApiClient dawn =
        admin().as(createKey("{\"label\": \"d\", \"role\": \"outlet\", \"outlet\": \"dawn\"}"));
    ApiClient geo =
        admin().as(createKey("{\"label\": \"g\", \"role\": \"outlet\", \"outlet\": \"geo\"}"));
    ApiClient translator =
        admin()
            .as(createKey("{\"label\": \"t\", \"role\": \"translator\", \"languages\": [\"ur\"]}"));

    // The outlet comes from the key; a header naming another outlet changes nothing.
    HttpResponse<String> submitted =
        dawn.send(
            HttpRequest.newBuilder(dawn.uri("/api/v1/jobs"))
                .header("Content-Type", "application/json")
                .header("X-Tarjuma-Outlet", "geo")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"text\": \"The talks ended.\", \"targets\": [\"ur\"]}"))
                .build());
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
    String id = json(submitted).get("id").asString();

    assertThat(dawn.get("/api/v1/jobs/" + id).statusCode()).isEqualTo(200);
    assertProblem(geo.get("/api/v1/jobs/" + id), 404, "There is no job " + id);
    assertProblem(geo.get("/api/v1/jobs/" + id + "/result/ur"), 404, "There is no job");
    assertThat(translator.get("/api/v1/jobs/" + id).statusCode()).isEqualTo(200);
    assertThat(admin().get("/api/v1/jobs/" + id).statusCode()).isEqualTo(200);
  }

  @Test
  void theAdminKeyIsNeverLoggedNorShown(CapturedOutput output) {
    assertThat(admin().get("/api/v1/keys").statusCode()).isEqualTo(200);
    assertThat(admin().get("/api/v1/users").body()).contains("\"admin\"");
    assertThat(admin().get("/actuator/health").statusCode()).isEqualTo(200);
    for (String path : new String[] {"/api/v1/keys", "/api/v1/users", "/v3/api-docs"}) {
      assertThat(admin().get(path).body()).doesNotContain(ApiClient.ADMIN_KEY);
    }
    assertThat(output.getAll())
        .doesNotContain(ApiClient.ADMIN_KEY)
        .doesNotContain("test-admin-password");
  }

  @Test
  void signInNeedsTheFormsTokenAndSetsAStrictCookie() {
    forgetFailures();
    ApiClient browser = admin().as(null);
    HttpResponse<String> page = browser.get("/login");
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).as("a CSRF token on the sign-in form").isTrue();
    String session = cookie(page, "SESSION");

    // Without the token: refused.
    HttpResponse<String> forged = signIn(browser, session, null, "admin", "test-admin-password");
    assertThat(forged.statusCode()).isEqualTo(403);

    HttpResponse<String> ok =
        signIn(browser, session, token.group(1), "admin", "test-admin-password");
    assertThat(ok.statusCode()).isEqualTo(302);
    assertThat(ok.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    String setCookie =
        ok.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("SESSION="))
            .findFirst()
            .orElseThrow();
    assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
  }

  @Test
  void fiveWrongPasswordsSlowTheNameDownAndTheLogNeverHoldsThePassword(CapturedOutput output) {
    forgetFailures();
    ApiClient browser = admin().as(null);
    for (int i = 1; i <= LoginAttempts.FREE; i++) {
      HttpResponse<String> page = browser.get("/login");
      HttpResponse<String> wrong =
          signIn(browser, cookie(page, "SESSION"), csrf(page), "admin", "wrong-guess-" + i);
      assertThat(wrong.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
      if (i == 1) {
        assertThat(errorPage(browser, cookie(page, "SESSION")))
            .contains("Wrong user name or password.");
      }
    }
    // Now even the right password waits, and the page says for how long.
    HttpResponse<String> page = browser.get("/login");
    String session = cookie(page, "SESSION");
    signIn(browser, session, csrf(page), "admin", "test-admin-password");
    assertThat(errorPage(browser, session))
        .containsPattern("Too many failed sign-ins: try again in \\d+ seconds\\.")
        .doesNotContain("Wrong user name");
    assertThat(output.getAll())
        .contains(
            "Failed sign-in for 'admin'",
            "5 in a row from there); further attempts from there wait 30 s")
        .doesNotContain("wrong-guess-");
    forgetFailures();
  }

  @Test
  void namesOfUsersOutletsAndKeysAndTheRecordedUserRefuseControlCharacters() {
    assertProblem(
        admin()
            .post(
                "/api/v1/users",
                "{\"username\": \"am\u202Ena\", \"password\": \"amna-strong-password\","
                    + " \"role\": \"translator\"}"),
        400,
        "username: U+202E RIGHT-TO-LEFT OVERRIDE at offset 2 is not allowed");
    assertProblem(
        admin()
            .post(
                "/api/v1/keys",
                "{\"label\": \"CMS\\u0000\", \"role\": \"outlet\", \"outlet\": \"dawn\"}"),
        400,
        "label: U+0000 NULL at offset 3 is not allowed");
    assertProblem(
        admin()
            .post(
                "/api/v1/keys",
                "{\"label\": \"CMS\", \"role\": \"outlet\", \"outlet\": \"da\u2067wn\"}"),
        400,
        "outlet: U+2067 RIGHT-TO-LEFT ISOLATE at offset 2 is not allowed");
    assertThat(json(admin().get("/api/v1/keys")).toString()).doesNotContain("\"label\":\"CMS");
    assertThat(json(admin().get("/api/v1/users")).toString()).doesNotContain("am\u202Ena");
  }

  /** The sign-in page as the browser sees it after a failure, in the same session. */
  private static String errorPage(ApiClient browser, String session) {
    return browser
        .send(
            HttpRequest.newBuilder(browser.uri("/login?error"))
                .header("Cookie", session)
                .GET()
                .build())
        .body();
  }

  private static String csrf(HttpResponse<String> page) {
    Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).isTrue();
    return token.group(1);
  }

  private static String cookie(HttpResponse<String> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(0, c.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name));
  }

  private static HttpResponse<String> signIn(
      ApiClient browser, String session, String csrf, String user, String password) {
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + (csrf == null ? "" : "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
    return browser.send(
        HttpRequest.newBuilder(browser.uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", session)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  private HttpRequest delete(String path) {
    return HttpRequest.newBuilder(admin().uri(path)).DELETE().build();
  }
}
