package org.tarjuma.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP surface over a real server: answers, problem details, limits. Never a 500. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class HttpApiTest {

  private static final JsonMapper JSON = ApiClient.JSON;
  @LocalServerPort int port;
  @Autowired ApiProperties properties;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  private ApiClient api;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  private HttpResponse<String> post(String path, String body) {
    return api.post(path, body);
  }

  private HttpResponse<String> get(String path) {
    return api.get(path);
  }

  /** As a browser asks: HTML first. Errors are still problem details, never the Whitelabel page. */
  private HttpResponse<String> browse(String path) {
    return api.get(path, "text/html,application/xhtml+xml,*/*;q=0.8");
  }

  private static String body(String text, String format, String lang) {
    var node = JSON.createObjectNode().put("text", text);
    if (format != null) node.put("format", format);
    if (lang != null) node.put("lang", lang);
    return node.toString();
  }

  private static void assertProblem(HttpResponse<String> response, int status, String detailPart) {
    ApiClient.assertProblem(response, status, detailPart);
  }

  @Test
  void segmentsTheSeedArticle() throws Exception {
    HttpResponse<String> response =
        post("/api/v1/segment", body(Fixtures.seedArticle(), null, null));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode json = JSON.readTree(response.body());
    assertThat(json.get("lang").asString()).isEqualTo("en");
    assertThat(json.get("blocks").asInt()).isEqualTo(72);
    JsonNode first = json.get("segments").get(0);
    assertThat(first.get("id").asString()).matches("[0-9a-f]{16}");
    assertThat(first.get("block").asInt()).isZero();
    assertThat(first.get("start").asInt()).isZero();
    assertThat(first.get("end").asInt()).isEqualTo(84);
    assertThat(first.get("text").asString()).startsWith("Pakistan, Afghan Taliban agree");
    System.out.println("First ten segments of the seed:");
    for (int i = 0; i < 10; i++) {
      JsonNode s = json.get("segments").get(i);
      System.out.println(
          "  "
              + s.get("block")
              + " ["
              + s.get("start")
              + ","
              + s.get("end")
              + ") "
              + s.get("text").asString());
    }
  }

  @Test
  void theReadmeExampleAnswersAsTheReadmeSays() throws Exception {
    String request =
        "{\"text\": \"Lt. Gen. Ahmed Sharif Chaudhry spoke on Monday. The U.S. urged restraint.\","
            + " \"format\": \"text\", \"lang\": \"en\"}";
    JsonNode json = JSON.readTree(post("/api/v1/segment", request).body());
    assertThat(json.get("blocks").asInt()).isEqualTo(1);
    JsonNode segments = json.get("segments");
    assertThat(segments).hasSize(2);
    assertThat(segments.get(0).get("text").asString())
        .isEqualTo("Lt. Gen. Ahmed Sharif Chaudhry spoke on Monday.");
    assertThat(segments.get(0).get("end").asInt()).isEqualTo(47);
    assertThat(segments.get(1).get("start").asInt()).isEqualTo(48);
    assertThat(segments.get(1).get("end").asInt()).isEqualTo(73);
  }

  @Test
  void segmentsMarkdownAndUrdu() throws Exception {
    JsonNode md =
        JSON.readTree(
            post("/api/v1/segment", body("# Title\n\nOne *two*. Three.", "markdown", "EN")).body());
    assertThat(md.get("segments")).hasSize(3);
    assertThat(md.get("segments").get(1).get("codes")).hasSize(2);
    assertThat(md.get("segments").get(1).get("codes").get(0).get("kind").asString())
        .isEqualTo("open");
    JsonNode ur =
        JSON.readTree(
            post("/api/v1/segment", body("پہلا جملہ۔ دوسرا جملہ؟", null, "ur-PK")).body());
    assertThat(ur.get("lang").asString()).isEqualTo("ur");
    assertThat(ur.get("segments")).hasSize(2);
  }

  @Test
  void blankOrMissingTextIs400() throws Exception {
    assertProblem(post("/api/v1/segment", body(" \u00A0\n ", null, null)), 400, "'text'");
    assertProblem(post("/api/v1/segment", "{\"format\":\"text\"}"), 400, "'text'");
  }

  @Test
  void unknownLanguageOrFormatIs400NamingTheAcceptedValues() throws Exception {
    assertProblem(
        post("/api/v1/segment", body("Hi.", null, "fr")),
        400,
        "en (English), ur (Urdu), ps (Pashto), prs (Dari)");
    assertProblem(
        post("/api/v1/segment", body("Hi.", "docx", null)), 400, "Accepted: text, markdown, html");
  }

  @Test
  void invalidJsonIs400() throws Exception {
    assertProblem(post("/api/v1/segment", "{\"text\": \"unterminated"), 400, "not valid JSON");
    assertProblem(post("/api/v1/segment", ""), 400, "JSON body");
    assertProblem(post("/api/v1/segment", "[1,2]"), 400, "not valid JSON");
  }

  @Test
  void bodyOverOneMebibyteIs413WithOrWithoutContentLength() throws Exception {
    assertThat(properties.maxBodySize().toBytes()).isEqualTo(1024 * 1024);
    String big = body("A sentence. ".repeat(90_000), null, null);
    assertProblem(post("/api/v1/segment", big), 413, "larger than the limit of 1048576 bytes");
    HttpResponse<String> chunked =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/segment"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ApiClient.ADMIN_KEY)
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertProblem(chunked, 413, "larger than the limit");
    assertThat(
            post("/api/v1/segment", body("A sentence. ".repeat(80_000), null, null)).statusCode())
        .isEqualTo(200);
  }

  @Test
  void wrongMethodUnknownPathAndMediaTypeAreProblemsToo() throws Exception {
    assertProblem(get("/api/v1/nothing-here"), 404, "There is nothing at");
    // Pages are for signed-in people: an unknown one sends a stranger to sign in first.
    HttpResponse<String> page = browse("/no/such/page");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    assertProblem(browse("/api/v1/nothing-here"), 404, "nothing");
    assertProblem(get("/api/v1/segment"), 405, "GET");
    HttpResponse<String> plain =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/segment"))
                .header("Content-Type", "text/plain")
                .header("Authorization", "Bearer " + ApiClient.ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofString("Hello."))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertProblem(plain, 415, "text/plain");
  }

  @Test
  void thisInstanceRecordsItselfOnStart() {
    assertThat(jdbc.queryForList("SELECT id FROM instance", String.class))
        .anySatisfy(id -> assertThat(id).endsWith(":" + port));
  }

  @Test
  void fieldsOfTheWrongShapeAre400() throws Exception {
    assertProblem(post("/api/v1/segment", "{\"text\": {\"a\": 1}}"), 400, "not valid JSON");
    assertProblem(
        post("/api/v1/segment", "{\"text\": \"Hi.\", \"format\": [\"html\"]}"),
        400,
        "not valid JSON");
  }

  @Test
  void languagesHealthAndOpenApi() throws Exception {
    JsonNode languages = JSON.readTree(get("/api/v1/languages").body());
    assertThat(languages).hasSize(4);
    JsonNode dari = languages.get(3);
    assertThat(dari.get("code").asString()).isEqualTo("prs");
    assertThat(dari.get("direction").asString()).isEqualTo("rtl");
    assertThat(dari.get("providerCodes").get("google").asString()).isEqualTo("fa-AF");
    assertThat(dari.get("digits").get(0).asString()).isEqualTo("extended-arabic-indic");
    assertThat(JSON.readTree(get("/actuator/health").body()).get("status").asString())
        .isEqualTo("UP");
    HttpResponse<String> docs = get("/v3/api-docs");
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body()).contains("/api/v1/segment", "/api/v1/languages");
    assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
  }
}
