package org.tarjuma.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.testing.ApiClient.assertProblem;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tarjuma.engine.DeeplEcho;
import org.tarjuma.testing.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code Idempotency-Key} on {@code POST /api/v1/jobs} and {@code POST /api/v1/translate}, against
 * a DeepL-shaped engine that takes 800 ms to answer.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:idempotency;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class IdempotencyKeyApiTest {

  static final DeeplEcho ECHO = new DeeplEcho(800, 0, true);
  static final WireMockServer WIREMOCK = ECHO.serve();

  @DynamicPropertySource
  static void engines(DynamicPropertyRegistry registry) {
    DeeplEcho.route(registry, WIREMOCK.port(), "ur");
  }

  @AfterAll
  static void stop() {
    WIREMOCK.stop();
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdempotencyKeys keys;

  ApiClient api() {
    return new ApiClient(port);
  }

  private static HttpResponse<String> post(ApiClient client, String path, String key, String body) {
    return client.send(
        HttpRequest.newBuilder(client.uri(path))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static String job(String articleId, String text) {
    return "{\"text\": \""
        + text
        + "\", \"targets\": [\"ur\"], \"articleId\": \""
        + articleId
        + "\"}";
  }

  private int jobs(String articleId) {
    return ApiClient.json(api().get("/api/v1/jobs?articleId=" + articleId)).get("items").size();
  }

  private ApiClient outlet(String outlet) {
    HttpResponse<String> created =
        api()
            .post(
                "/api/v1/keys",
                "{\"label\": \""
                    + outlet
                    + "\", \"role\": \"outlet\", \"outlet\": \""
                    + outlet
                    + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return api().as(ApiClient.json(created).get("key").asString());
  }

  // A job submitted twice with one key (bare, then as the draft's quoted string) is one job: the
  // same 202, Location and id; the same key with another body is a 422 problem and makes none.
  @Test
  void aRetriedSubmissionIsTheSameJob() {
    String body = job("retried", "The minister left on Monday.");
    HttpResponse<String> first = post(api(), "/api/v1/jobs", "order-1", body);
    HttpResponse<String> again = post(api(), "/api/v1/jobs", "\"order-1\"", body);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
    assertThat(again.statusCode()).isEqualTo(202);
    assertThat(again.headers().firstValue("Location"))
        .isPresent()
        .isEqualTo(first.headers().firstValue("Location"));
    assertThat(ApiClient.json(again).get("id")).isEqualTo(ApiClient.json(first).get("id"));
    assertThat(again.body()).isEqualTo(first.body());

    HttpResponse<String> other =
        post(api(), "/api/v1/jobs", "order-1", job("retried", "The minister came back."));
    assertProblem(other, 422, "another request");
    assertThat(jobs("retried")).isEqualTo(1);
  }

  // The same key from two outlets names two requests: two jobs; each outlet's retry is its own.
  @Test
  void keysArePerOutlet() {
    ApiClient dawn = outlet("dawn");
    ApiClient tolo = outlet("tolo");
    String body = job("per-outlet", "The minister left on Monday.");
    String dawns =
        ApiClient.json(post(dawn, "/api/v1/jobs", "shared-key", body)).get("id").asString();
    String tolos =
        ApiClient.json(post(tolo, "/api/v1/jobs", "shared-key", body)).get("id").asString();
    assertThat(dawns).isNotEqualTo(tolos);
    assertThat(ApiClient.json(post(tolo, "/api/v1/jobs", "shared-key", body)).get("id").asString())
        .isEqualTo(tolos);
    assertThat(jobs("per-outlet")).isEqualTo(2);
  }

  // A retry while the first request is still translating is a 409 problem; once it is done, a
  // retry gets its stored answer, which the engine billed (the same text again would come from
  // the cache, billed nothing), and the engine is not called again.
  @Test
  void aRetryWhileRunningIs409ThenGetsTheStoredAnswer() throws Exception {
    ApiClient dawn = outlet("dawn-translate");
    String body = "{\"text\": \"The envoy arrived in Kabul.\", \"targets\": [\"ur\"]}";
    CompletableFuture<HttpResponse<String>> first =
        CompletableFuture.supplyAsync(() -> post(dawn, "/api/v1/translate", "tr-1", body));
    awaitRunning("tr-1");
    assertProblem(post(dawn, "/api/v1/translate", "tr-1", body), 409, "still being processed");
    HttpResponse<String> answered = first.get();
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    int texts = ECHO.texts.get();
    HttpResponse<String> again = post(dawn, "/api/v1/translate", "tr-1", body);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(answered.body());
    JsonNode ur = ApiClient.json(again).get("translations").get("ur");
    assertThat(ur.get("billedCharacters").asLong()).isPositive();
    assertThat(ECHO.texts.get()).isEqualTo(texts);
  }

  private void awaitRunning(String key) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (jdbc.queryForObject(
            "SELECT count(*) FROM idempotency_key WHERE idem_key = ? AND status IS NULL",
            Integer.class,
            key)
        == 0) {
      assertThat(Instant.now()).as("the first request claims its key").isBefore(until);
      Thread.sleep(20);
    }
  }

  // A refused request keeps nothing: the same key with the corrected body is accepted.
  @Test
  void aFailedRequestFreesItsKey() {
    HttpResponse<String> refused =
        post(api(), "/api/v1/jobs", "fix-1", "{\"text\": \"The minister left.\", \"targets\": []}");
    assertProblem(refused, 400, "targets");
    HttpResponse<String> fixed =
        post(api(), "/api/v1/jobs", "fix-1", job("fixed", "The minister left."));
    assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(202);
  }

  // After its 24 hours a key is forgotten (a new job for the same request) and purged.
  @Test
  void anExpiredKeyIsForgottenAndPurged() {
    String body = job("expired", "The minister left on Tuesday.");
    String before = ApiClient.json(post(api(), "/api/v1/jobs", "old-1", body)).get("id").asString();
    expire("old-1");
    String after = ApiClient.json(post(api(), "/api/v1/jobs", "old-1", body)).get("id").asString();
    assertThat(after).isNotEqualTo(before);
    assertThat(ApiClient.json(post(api(), "/api/v1/jobs", "old-1", body)).get("id").asString())
        .isEqualTo(after);
    expire("old-1");
    assertThat(keys.purge()).isPositive();
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM idempotency_key WHERE idem_key = 'old-1'", Integer.class))
        .isZero();
  }

  private void expire(String key) {
    jdbc.update(
        "UPDATE idempotency_key SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1' HOUR WHERE"
            + " idem_key = ?",
        key);
  }

  // An article sent as the body itself: the query is part of the request, so the same body for
  // other targets with the same key is a 422 problem, and the same query again the same job.
  @Test
  void theQueryIsPartOfTheRequest() {
    String article = "The minister left on Wednesday.";
    HttpResponse<String> first = document("doc-1", "targets=ur&articleId=doc", article);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
    assertProblem(document("doc-1", "targets=ur&articleId=doc-2", article), 422, "parameters");
    assertThat(document("doc-1", "targets=ur&articleId=doc", article).body())
        .isEqualTo(first.body());
    assertThat(jobs("doc")).isEqualTo(1);
  }

  private HttpResponse<String> document(String key, String query, String article) {
    return api()
        .send(
            HttpRequest.newBuilder(api().uri("/api/v1/jobs?" + query))
                .header("Content-Type", "text/plain")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(article))
                .build());
  }

  // A chunked body over the limit is refused 413 while it is read for its key, and the key is
  // not kept.
  @Test
  void aBodyOverTheLimitIs413AndKeepsNoKey() {
    byte[] large = ("{\"text\": \"" + "a".repeat(1_100_000) + "\"}").getBytes();
    HttpResponse<String> response =
        api()
            .send(
                HttpRequest.newBuilder(api().uri("/api/v1/jobs"))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "large-1")
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new java.io.ByteArrayInputStream(large)))
                    .build());
    assertProblem(response, 413, "larger than the limit");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM idempotency_key WHERE idem_key = 'large-1'", Integer.class))
        .isZero();
  }

  // An empty key, one over 255 characters or with a control character is a 400 problem
  // naming the header; 255 characters are accepted.
  @Test
  void invalidKeysAreRefusedByName() {
    String body = job("keys", "The minister left.");
    for (String key : new String[] {"\"\"", "k".repeat(256), "order\t1"}) {
      HttpResponse<String> response = post(api(), "/api/v1/jobs", key, body);
      assertThat(response.statusCode()).as(key).isEqualTo(400);
      assertProblem(response, 400, "Idempotency-Key");
      assertThat(ApiClient.json(response).get("field").asString()).isEqualTo("Idempotency-Key");
    }
    assertThat(post(api(), "/api/v1/jobs", "k".repeat(255), body).statusCode()).isEqualTo(202);
    assertThat(jobs("keys")).isEqualTo(1);
  }
}
