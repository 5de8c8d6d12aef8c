package org.tarjuma.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.Refusals;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile callers, as an attacker tries them against the running server: calls beyond a key's role
 * or languages, names and terms carrying control or bidi characters, callbacks aimed inside the
 * network, files that declare entities. Each answer is a 4xx problem detail, and nothing is stored.
 * Sizes and nesting: {@link HostileInputTest}, {@link HostileDocumentsTest}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:hostile-callers;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class HostileCallersTest {

  private static final String ARTICLE = "ISPR said the Durand Line was calm.";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  private ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  /** A new key of this role (an outlet's for "dawn", a translator's for Urdu). */
  private ApiClient as(String role) {
    ObjectNode body = ApiClient.JSON.createObjectNode().put("label", "hostile " + role);
    body.put("role", role);
    if (role.equals("outlet")) {
      body.put("outlet", "dawn");
    }
    if (role.equals("translator")) {
      body.putArray("languages").add("ur");
    }
    HttpResponse<String> created = api.post("/api/v1/keys", body.toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return api.as(ApiClient.json(created).get("key").asString());
  }

  private static HttpRequest json(ApiClient client, String method, String path, String body) {
    return HttpRequest.newBuilder(client.uri(path))
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static String job(String callback) {
    return "{\"text\": \""
        + ARTICLE
        + "\", \"targets\": [\"ur\"], \"callbackUrl\": \""
        + callback
        + "\"}";
  }

  private static String entry(String english, String note) {
    return "{\"english\": {\"preferred\": {\"text\": \""
        + english
        + "\", \"caseSensitive\": false}, \"note\": \""
        + note
        + "\"}, \"targets\": {}}";
  }

  // Authorization: a key beyond its role.

  /** A role calling what it may not: 403, and nothing written. */
  @ParameterizedTest
  @CsvSource({
    "outlet, POST, /api/v1/glossary/terms",
    "outlet, POST, /api/v1/keys",
    "outlet, POST, /api/v1/users",
    "outlet, POST, /api/v1/glossary/import",
    "outlet, POST, /api/v1/memory/import",
    "translator, POST, /api/v1/glossary/terms",
    "translator, POST, /api/v1/keys",
    "translator, POST, /api/v1/users",
    "translator, POST, /api/v1/jobs",
    "curator, POST, /api/v1/jobs",
    "curator, POST, /api/v1/memory/import",
    "curator, POST, /api/v1/keys",
  })
  void aRoleBeyondItsRightsIsForbidden(String role, String method, String path) {
    ApiClient caller = as(role);
    Refusals.refused(jdbc, () -> caller.send(json(caller, method, path, "{}")), 403, "");
  }

  /** No key, or a key nobody issued: 401. */
  @ParameterizedTest
  @ValueSource(strings = {"", "not-a-key-0123456789abcdef"})
  void noKeyOrAForgedOneIsUnauthorized(String key) {
    ApiClient caller = api.as(key.isEmpty() ? null : key);
    Refusals.refused(
        jdbc,
        () -> caller.send(json(caller, "POST", "/api/v1/jobs", job("https://example.org/hook"))),
        401,
        "");
  }

  /** X-Tarjuma-User from a key that is not the master key: 403, no job. */
  @Test
  void onlyTheMasterKeyMaySpeakForAUser() {
    ApiClient outlet = as("outlet");
    HttpRequest request =
        HttpRequest.newBuilder(outlet.uri("/api/v1/jobs"))
            .header("Content-Type", "application/json")
            .header("X-Tarjuma-User", "amna")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"text\": \"" + ARTICLE + "\", \"targets\": [\"ur\"]}"))
            .build();
    Refusals.refused(jdbc, () -> outlet.send(request), 403, "X-Tarjuma-User");
  }

  /** An Urdu translator exporting or importing Pashto memory: 403 naming Pashto, none written. */
  @Test
  void aTranslatorKeepsToTheirLanguagesInTheMemory() {
    ApiClient urdu = as("translator");
    Refusals.refused(jdbc, () -> urdu.get("/api/v1/memory/export?lang=ps"), 403, "Pashto");
    String tmx =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence"
          o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
        <tu><tuv xml:lang="en"><seg>The Roots of Escalation</seg></tuv>
            <tuv xml:lang="ps"><seg>د کړکېچ ریښې</seg></tuv></tu></body></tmx>
        """;
    Integer units = jdbc.queryForObject("SELECT COUNT(*) FROM memory_unit", Integer.class);
    Refusals.refused(
        jdbc,
        () ->
            urdu.send(
                HttpRequest.newBuilder(urdu.uri("/api/v1/memory/import"))
                    .header("Content-Type", "application/x-tmx+xml")
                    .POST(HttpRequest.BodyPublishers.ofString(tmx))
                    .build()),
        403,
        "Pashto");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM memory_unit", Integer.class))
        .isEqualTo(units);
  }

  // Controls and bidi characters in what curators and admins name.

  /** A term or note carrying NUL, a bell or a right-to-left override: 400 naming the character. */
  @ParameterizedTest
  @CsvSource({
    "'Nowhere Pass\\u0000', '', U+0000",
    "'Nowhere Pass\\u0007', '', U+0007",
    "'Nowhere Pass', 'note \\u202e gnp.exe', U+202E",
    "'Ka\\u2066bul', '', U+2066",
  })
  void aCuratedTextWithControlsIsRefused(String english, String note, String named) {
    Refusals.refused(
        jdbc, () -> api.post("/api/v1/glossary/terms", entry(english, note)), 400, named);
  }

  /** A user name or key label with a line break or an override: 400, nobody created. */
  @ParameterizedTest
  @CsvSource({
    "/api/v1/users, '{\"username\": \"eve\\r\\nadmin\", \"password\": \"a-strong-password-1\", \"role\": \"translator\", \"languages\": [\"ur\"]}'",
    "/api/v1/keys, '{\"label\": \"ops \\u202e yek\", \"role\": \"outlet\", \"outlet\": \"dawn\"}'",
  })
  void aNameWithControlsIsRefused(String path, String body) {
    Refusals.refused(jdbc, () -> api.post(path, body), 400, "U+");
  }

  // Callbacks aimed inside the network, or at no web address at all.

  /** A callback to a non-public address class, a metadata service, or not http(s): 400, no job. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://100.64.0.1/hook",
        "http://224.0.0.1/hook",
        "http://255.255.255.255/hook",
        "http://[64:ff9b::a00:1]/hook",
        "http://[2002:a00:1::]/hook",
        "http://[fc00::1]/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.1:8080/actuator",
        "http://0.0.0.0/hook",
        "file:///etc/passwd",
        "javascript:alert(1)",
      })
  void aCallbackIntoTheNetworkIsRefused(String callback) {
    Refusals.refused(jdbc, () -> api.post("/api/v1/jobs", job(callback)), 400, "");
  }

  // Files that declare entities.

  /** A glossary or memory file with an entity declaration: 400, nothing imported. */
  @ParameterizedTest
  @CsvSource({
    "/api/v1/glossary/import?format=tbx&dryRun=false, application/xml",
    "/api/v1/memory/import, application/x-tmx+xml",
  })
  void aFileDeclaringEntitiesIsRefused(String path, String type) {
    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE tbx [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b"
            + " \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><tbx>&b;</tbx>";
    Refusals.refused(
        jdbc,
        () ->
            api.send(
                HttpRequest.newBuilder(api.uri(path))
                    .header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(laughs))
                    .build()),
        400,
        "");
  }
}
