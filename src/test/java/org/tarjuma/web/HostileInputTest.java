package org.tarjuma.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.Refusals;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile input, as an attacker sends it to the running server: values longer than their columns,
 * in bodies, queries, headers and paths; JSON nested too deeply or not UTF-8; unknown paths and
 * wrong methods. Each answer is a 4xx problem detail that says what was wrong, and nothing is
 * stored. Nested documents: {@link HostileDocumentsTest}; what Tomcat answers itself: {@link
 * ContainerErrorsTest}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:hostile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.jobs.allow-private-callbacks=true",
      "tarjuma.jobs.callback-secret=whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    })
class HostileInputTest {

  private static final String ARTICLE = "ISPR said the Durand Line was calm. Talks go on.";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  private ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  private static String x(int n) {
    return "x".repeat(n);
  }

  private static ObjectNode job(String field, String value) {
    ObjectNode body = ApiClient.JSON.createObjectNode().put("text", ARTICLE);
    body.putArray("targets").add("ur");
    return body.put(field, value);
  }

  private HttpResponse<String> send(String method, String path, String json, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.uri(path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return api.send(request.build());
  }

  private void refused(Supplier<HttpResponse<String>> attack, int status, String... detailParts) {
    Refusals.refused(jdbc, attack, status, detailParts);
  }

  // Oversize: every value a request stores, one past its column.

  /** An articleId of 5,000 characters: 400 naming the field and 200. */
  @Test
  void articleIdOfFiveThousandCharacters() {
    refused(
        () -> api.post("/api/v1/jobs", job("articleId", x(5_000)).toString()),
        400,
        "'articleId' takes at most 200 characters",
        "has 5000");
  }

  /** An articleId one past the column: refused; at the column: accepted. */
  @Test
  void articleIdAtAndOverItsColumn() {
    refused(
        () -> api.post("/api/v1/jobs", job("articleId", x(201)).toString()), 400, "at most 200");
    assertThat(api.post("/api/v1/jobs", job("articleId", x(200)).toString()).statusCode())
        .isEqualTo(202);
  }

  /** articleId in the query of a document job: the same 400. */
  @Test
  void articleIdInTheQuery() {
    refused(
        () ->
            api.send(
                HttpRequest.newBuilder(api.uri("/api/v1/jobs?targets=ur&articleId=" + x(1_000)))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(ARTICLE))
                    .build()),
        400,
        "'articleId' takes at most 200");
  }

  /** A callback URL longer than 2,000 characters. */
  @Test
  void callbackUrlOverTwoThousandCharacters() {
    refused(
        () ->
            api.post(
                "/api/v1/jobs", job("callbackUrl", "https://example.com/" + x(2_000)).toString()),
        400,
        "'callbackUrl' takes at most 2000");
  }

  /** X-Tarjuma-Outlet of 1,000 characters on a job, on a translation, anywhere. */
  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/jobs", "/api/v1/translate", "/api/v1/segment"})
  void outletHeaderOfAThousandCharacters(String path) {
    refused(
        () ->
            send(
                "POST",
                path,
                job("articleId", "a-1").put("text", ARTICLE).toString(),
                "X-Tarjuma-Outlet",
                x(1_000)),
        400,
        "X-Tarjuma-Outlet takes at most 120 characters");
  }

  /** X-Tarjuma-User longer than a user name, on a glossary edit. */
  @Test
  void userHeaderLongerThanAUserName() {
    refused(
        () ->
            send(
                "POST",
                "/api/v1/glossary/terms",
                "{\"english\": {\"preferred\": {\"text\": \"Hostile term\"}}}",
                "X-Tarjuma-User",
                x(121)),
        400,
        "X-Tarjuma-User takes at most 120");
  }

  /** Path variables longer than the ids they name. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /api/v1/jobs/{x37}",
        "GET /api/v1/jobs/{x5000}/result/ur",
        "GET /api/v1/jobs/00000000-0000-0000-0000-000000000000/result/{x17}",
        "GET /api/v1/glossary/terms/{x121}",
        "GET /api/v1/glossary/terms/{x121}/history",
        "DELETE /api/v1/keys/{x33}",
        "DELETE /api/v1/users/{x121}",
        "POST /api/v1/engines/{x121}/pause"
      })
  void pathVariablesLongerThanTheirColumns(String line) {
    String[] parts = line.split(" ");
    String path =
        java.util.regex.Pattern.compile("\\{x(\\d+)}")
            .matcher(parts[1])
            .replaceAll(m -> x(Integer.parseInt(m.group(1))));
    refused(() -> send(parts[0], path, null), 400, "The path segment {");
  }

  /** Key labels, user names and outlets longer than their columns. */
  @Test
  void accountFieldsLongerThanTheirColumns() {
    refused(
        () -> api.post("/api/v1/keys", "{\"label\": \"" + x(201) + "\", \"role\": \"curator\"}"),
        400,
        "'label' takes at most 200");
    refused(
        () ->
            api.post(
                "/api/v1/keys",
                "{\"label\": \"CMS\", \"role\": \"outlet\", \"outlet\": \"" + x(121) + "\"}"),
        400,
        "'outlet' takes at most 120");
    refused(
        () ->
            api.post(
                "/api/v1/users",
                "{\"username\": \""
                    + x(121)
                    + "\", \"password\": \"a-strong-password-1\", \"role\": \"curator\"}"),
        400,
        "'username' takes at most 120");
  }

  /** A language repeated 60 times is stored once, not as a list longer than its column. */
  @Test
  void languagesRepeatedPastTheirColumn() {
    String many = String.join(",", java.util.Collections.nCopies(60, "\"ur\""));
    HttpResponse<String> created =
        api.post(
            "/api/v1/keys",
            "{\"label\": \"Repeated\", \"role\": \"translator\", \"languages\": [" + many + "]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(ApiClient.json(created).toString()).contains("[\"ur\"]");
  }

  /** Unknown paths and wrong methods answer problems too. */
  @Test
  void unknownPathsAndWrongMethods() {
    refused(() -> api.get("/api/v1/no-such-thing"), 404, "nothing");
    refused(() -> send("DELETE", "/api/v1/segment", null), 405, "DELETE");
    refused(() -> send("PATCH", "/api/v1/jobs", "{}"), 405, "PATCH");
  }

  /** JSON nested 100,000 arrays deep: 400 from the JSON reader's own depth limit, no job. */
  @Test
  void jsonNestedTooDeeply() {
    refused(
        () -> api.post("/api/v1/jobs", "[".repeat(100_000) + "]".repeat(100_000)),
        400,
        "not valid JSON");
  }

  /** A JSON body that is not UTF-8: 400, nothing stored. */
  @Test
  void bodyThatIsNotUtf8() {
    refused(
        () ->
            api.send(
                HttpRequest.newBuilder(api.uri("/api/v1/jobs"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofByteArray(
                            new byte[] {
                              '{',
                              '"',
                              't',
                              'e',
                              'x',
                              't',
                              '"',
                              ':',
                              '"',
                              (byte) 0xC3,
                              (byte) 0x28,
                              (byte) 0xFF,
                              '"',
                              '}'
                            }))
                    .build()),
        400,
        "not valid JSON");
  }
}
