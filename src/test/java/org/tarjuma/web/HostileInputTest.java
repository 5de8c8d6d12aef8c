package org.tarjuma.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile input, as an attacker sends it to the running server: values longer than their columns,
 * documents nested past the limit, broken encodings and oversized headers. Each answer is a 4xx
 * problem detail that says what was wrong, and nothing is stored.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:hostile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.jobs.allow-private-callbacks=true",
      "tarjuma.jobs.callback-secret=hostile-input-secret"
    })
class HostileInputTest {

  private static final String ARTICLE = "ISPR said the Durand Line was calm. Talks go on.";
  private static final List<String> TABLES =
      List.of("job", "job_segment", "glossary_entry", "app_user", "api_key", "engine_switch");

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

  private static ObjectNode document(String format, String text) {
    ObjectNode body = ApiClient.JSON.createObjectNode().put(format, text);
    body.putArray("targets").add("ur");
    return body;
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

  /** The answer is a problem with this status and detail, and no table changed. */
  private void refused(Supplier<HttpResponse<String>> attack, int status, String... detailParts) {
    Map<String, Integer> before = counts();
    HttpResponse<String> response = attack.get();
    ApiClient.assertProblem(response, status, detailParts[0]);
    for (String part : detailParts) {
      assertThat(ApiClient.json(response).get("detail").asString()).contains(part);
    }
    assertThat(counts()).isEqualTo(before);
  }

  private Map<String, Integer> counts() {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    for (String table : TABLES) {
      counts.put(
          table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class).intValue());
    }
    return counts;
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

  // Nesting: documents deeper than any parser should walk.

  /** 40,000 nested divs (560 KB of HTML) and 50,000 '>' on the segmenter. */
  @Test
  void deeplyNestedDocumentsOnTheSegmenter() {
    refused(
        () ->
            api.post(
                "/api/v1/segment",
                ApiClient.JSON
                    .createObjectNode()
                    .put("text", "<div>".repeat(40_000) + "Deep.")
                    .put("format", "html")
                    .toString()),
        400,
        "html nests elements more than 256 deep");
    refused(
        () ->
            api.post(
                "/api/v1/segment",
                ApiClient.JSON
                    .createObjectNode()
                    .put("text", ">".repeat(50_000) + " Deep.")
                    .put("format", "markdown")
                    .toString()),
        400,
        "markdown nests");
  }

  /** Deep documents as jobs, in JSON and as the body itself: refused, no job. */
  @ParameterizedTest
  @ValueSource(strings = {"html", "markdown", "emphasis", "lists"})
  void deeplyNestedJobs(String shape) {
    String format = shape.equals("html") ? "html" : "markdown";
    String text =
        switch (shape) {
          case "html" -> "<div>".repeat(40_000) + "Deep.";
          case "markdown" -> ">".repeat(50_000) + " Deep.";
          case "emphasis" -> "*".repeat(20_000) + "deep" + "*".repeat(20_000);
          default -> "- ".repeat(20_000) + "Deep.";
        };
    refused(
        () -> api.post("/api/v1/jobs", document(format, text).toString()),
        400,
        "more than 256 deep");
    refused(
        () ->
            api.send(
                HttpRequest.newBuilder(api.uri("/api/v1/jobs?targets=ur"))
                    .header("Content-Type", format.equals("html") ? "text/html" : "text/markdown")
                    .POST(HttpRequest.BodyPublishers.ofString(text))
                    .build()),
        400,
        "more than 256 deep");
  }

  /** A short text with deep markup on /translate: 400 before any engine is asked. */
  @Test
  void deeplyNestedShortTranslation() {
    ObjectNode body =
        ApiClient.JSON
            .createObjectNode()
            .put("text", "<b>".repeat(2_000) + "Deep.")
            .put("format", "html");
    body.putArray("targets").add("ur");
    refused(() -> api.post("/api/v1/translate", body.toString()), 400, "more than 256 deep");
  }

  // Encodings and the container: errors Tomcat answers itself.

  /** A path with a broken percent-encoding: a problem, not Tomcat's page. */
  @Test
  void brokenPercentEncodingInThePath() throws IOException {
    String answer =
        raw("GET /api/v1/jobs/%zz%e0 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertRawProblem(answer, 400);
  }

  /** Characters a URI may not hold. */
  @Test
  void illegalCharactersInTheRequestLine() throws IOException {
    assertRawProblem(
        raw("GET /api/v1/jobs/a\"b<c> HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
        400);
  }

  /** Headers over Tomcat's 8 KB: a problem. */
  @Test
  void oversizedHeaders() throws IOException {
    String answer =
        raw(
            "GET /api/v1/languages HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Junk: "
                + x(20_000)
                + "\r\n\r\n");
    assertRawProblem(answer, 400);
  }

  /** A browser with a broken address still gets a page, not JSON. */
  @Test
  void browsersStillGetAPage() throws IOException {
    String answer =
        raw(
            "GET /glossary/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAccept: text/html\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 400").contains("text/html").doesNotContain("Tomcat/");
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

  /** A NUL byte encoded in the path: a 4xx problem, nothing stored. */
  @Test
  void encodedNulInThePath() throws IOException {
    String answer =
        raw("GET /api/v1/jobs/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertThat(answer).matches("(?s)HTTP/1\\.1 4\\d\\d .*");
    assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
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

  private String raw(String request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertRawProblem(String answer, int status) {
    assertThat(answer).startsWith("HTTP/1.1 " + status);
    assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
    String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
    assertThat(body).contains("\"status\":" + status, "\"detail\":\"").doesNotContain("Tomcat/");
  }
}
