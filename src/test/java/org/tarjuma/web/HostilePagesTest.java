package org.tarjuma.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.PageSession;
import org.tarjuma.testing.Refusals;

/**
 * Hostile input through the pages, as a signed-in user or a stranger sends it: oversized and
 * malformed form fields, control and bidi characters, unknown values, forged files, and forms
 * beyond the user's role. Each answer is a 4xx page saying what was wrong, and nothing is stored.
 * The API: {@link HostileCallersTest}, {@link HostileInputTest}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:hostile-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostilePagesTest {

  private static final String LONG = "x".repeat(5_000);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  private String job;

  @BeforeAll
  void people() {
    ApiClient api = new ApiClient(port);
    for (String[] user :
        new String[][] {
          {"curator-h", "curator", ""}, {"translator-h", "translator", "ur"},
        }) {
      String languages = user[2].isEmpty() ? "" : ", \"languages\": [\"" + user[2] + "\"]";
      HttpResponse<String> made =
          api.post(
              "/api/v1/users",
              "{\"username\": \""
                  + user[0]
                  + "\", \"password\": \"hostile-pages-password\", \"role\": \""
                  + user[1]
                  + "\""
                  + languages
                  + "}");
      assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    }
    HttpResponse<String> submitted =
        api.post(
            "/api/v1/jobs",
            "{\"text\": \"ISPR said the Durand Line was calm.\", \"targets\": [\"ur\", \"ps\"]}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
    job = ApiClient.json(submitted).get("id").asString();
  }

  private PageSession as(String role) {
    return switch (role) {
      case "admin" -> PageSession.signIn(port, "admin", "test-admin-password");
      case "curator" -> PageSession.signIn(port, "curator-h", "hostile-pages-password");
      default -> PageSession.signIn(port, "translator-h", "hostile-pages-password");
    };
  }

  // Sign-in.

  /** A user name or password longer than any stored: 400 naming the field, no sign-in attempt. */
  @ParameterizedTest
  @CsvSource({"username, 121", "password, 1025"})
  void anOversizedSignInFieldIsRefused(String field, int length) {
    String name = field.equals("username") ? "a".repeat(length) : "admin";
    String password = field.equals("password") ? "p".repeat(length) : "whatever";
    Refusals.refusedPage(
        jdbc, () -> PageSession.tryToSignIn(port, name, password), 400, "The form field " + field);
  }

  // The glossary's pages.

  /** New entries with hostile fields: 400 naming the field, no entry. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "english|Koh\u202EBaba|U+202E RIGHT-TO-LEFT OVERRIDE at offset 3",
        "english|Koh\u0000Baba|U+0000",
        "preferred.ur|کوہ\u0007بابا|U+0007",
        "preferred.ps|کوه\u2066بابا|U+2066",
      })
  void aNewEntryWithControlCharactersIsRefused(String field, String value, String said) {
    Map<String, String> form =
        field.equals("english")
            ? Map.of("english", value, "preferred.ur", "کوہ بابا")
            : Map.of("english", "Koh Baba", field, value);
    Refusals.refusedPage(jdbc, () -> as("curator").post("/glossary/new", form), 400, said);
  }

  /** A term longer than any stored: 400, no entry. */
  @Test
  void anOversizedNewTermIsRefused() {
    Refusals.refusedPage(
        jdbc,
        () -> as("curator").post("/glossary/new", Map.of("english", LONG, "preferred.ur", "x")),
        400,
        "at most");
  }

  /** Editing an entry with a status nobody has, or a revision that is not a number: 400. */
  @ParameterizedTest
  @CsvSource({"status.ur, bogus, status", "revision, abc, revision"})
  void anEditWithAnUnknownValueIsRefused(String field, String value, String said) {
    Map<String, String> form = new java.util.HashMap<>();
    form.put("revision", "1");
    form.put("preferred.ur", "آئی ایس پی آر");
    form.put(field, value);
    Refusals.refusedPage(jdbc, () -> as("curator").post("/glossary/terms/ispr", form), 400, said);
  }

  /** A translator posting the curators' forms: 403, nothing written. */
  @ParameterizedTest
  @CsvSource({"/glossary/new", "/glossary/terms/ispr", "/glossary/import"})
  void aTranslatorMayNotCurate(String path) {
    Refusals.refusedPage(
        jdbc,
        () ->
            as("translator")
                .post(path, Map.of("english", "Koh Baba", "revision", "1", "content", "eA==")),
        403,
        "Your role does not allow this");
  }

  /** Searching for a status nobody has, or in a language Tarjuma lacks: 400. */
  @ParameterizedTest
  @CsvSource({"status=bogus, status", "lang=xx, xx"})
  void aGlossarySearchWithUnknownValuesIsRefused(String query, String said) {
    Refusals.refusedPage(jdbc, () -> as("curator").get("/glossary?" + query), 400, said);
  }

  /**
   * An import whose kept file is not base64, or a TBX declaring entities: 400, nothing imported.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "csv|!!not base64!!|base64",
        "tbx|PD94bWwgdmVyc2lvbj0iMS4wIj8+PCFET0NUWVBFIHggWzwhRU5USVRZIGUgIngiPl0+PHRieC8+|a DOCTYPE is not allowed"
      })
  void aForgedImportIsRefused(String format, String content, String said) {
    Refusals.refusedPage(
        jdbc,
        () ->
            as("curator")
                .post(
                    "/glossary/import",
                    Map.of("format", format, "content", content, "apply", "true")),
        400,
        said);
  }

  // The review pages.

  /** A segment in a language not the translator's: 403, the segment as it was. */
  @Test
  void aTranslatorMayNotReviewAnotherLanguage() {
    Refusals.refusedPage(
        jdbc,
        () ->
            as("translator")
                .post(
                    "/articles/" + job + "/segments/ps/0",
                    Map.of("action", "approve", "target", "x", "version", "0")),
        403,
        "You may not edit Pashto");
  }

  /** A segment that does not exist, an action nobody has, a version that is no number: 4xx. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/segments/ur/99999|approve|0|404|no such segment",
        "/segments/ur/-1|approve|0|404|no such segment",
        "/segments/ur/0|delete|0|400|unknown action",
        "/segments/ur/0|save|abc|400|version",
        "/segments/xx/0|save|0|404|no such segment",
      })
  void aMalformedReviewIsRefused(
      String segment, String action, String version, int status, String said) {
    Refusals.refusedPage(
        jdbc,
        () ->
            as("translator")
                .post(
                    "/articles/" + job + segment,
                    Map.of("action", action, "target", "x", "version", version)),
        status,
        said);
  }

  /** A job id longer than any: 400 naming the path segment. */
  @Test
  void anOversizedJobIdIsRefused() {
    Refusals.refusedPage(
        jdbc, () -> as("translator").get("/articles/" + LONG), 400, "The path segment {id}");
  }

  // The admins' pages.

  /** Users and keys with hostile fields: 400 with the reason, nothing made. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/admin/users|username|mallory\\r\\nadmin|U+000D CARRIAGE RETURN",
        "/admin/users|password|ppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp|at most 72 bytes",
        "/admin/users|role|overlord|role",
        "/admin/keys|label|" + "k\u202Eey|U+202E",
        "/admin/keys|expires|tomorrow|Expires must be a date",
        "/admin/keys|outlet|" + "o\u0000utlet|outlet",
      })
  void anAdminFormWithHostileFieldsIsRefused(String path, String field, String value, String said) {
    Map<String, String> form = new java.util.HashMap<>();
    form.put("username", "newcomer");
    form.put("password", "newcomer-strong-password");
    form.put("label", "a label");
    form.put("role", "outlet");
    form.put("outlet", "dawn");
    form.put(field, value.translateEscapes());
    Refusals.refusedPage(jdbc, () -> as("admin").post(path, form), 400, said);
  }

  /** Disabling a user or revoking a key nobody has, pausing an engine nobody has: 404. */
  @ParameterizedTest
  @CsvSource({
    "/admin/users/nobody-here/disable, nobody-here",
    "/admin/keys/0123456789abcdef/revoke, 0123456789abcdef",
    "/admin/engines/no-such-engine, no-such-engine",
  })
  void changingWhatDoesNotExistIsNotFound(String path, String said) {
    Refusals.refusedPage(jdbc, () -> as("admin").post(path, Map.of("action", "pause")), 404, said);
  }

  /** An engine action nobody has: 400. */
  @Test
  void anUnknownEngineActionIsRefused() {
    Refusals.refusedPage(
        jdbc,
        () -> as("admin").post("/admin/engines/memory", Map.of("action", "explode")),
        400,
        "Unknown action");
  }

  /** A translator or curator posting the admins' forms: 403. */
  @ParameterizedTest
  @CsvSource({"translator, /admin/users", "curator, /admin/keys", "curator, /admin/engines/memory"})
  void onlyAdminsAdminister(String role, String path) {
    Refusals.refusedPage(
        jdbc,
        () ->
            as(role)
                .post(
                    path,
                    Map.of(
                        "username",
                        "newcomer",
                        "password",
                        "newcomer-strong-password",
                        "role",
                        "admin",
                        "action",
                        "pause",
                        "label",
                        "x")),
        403,
        "");
  }
}
