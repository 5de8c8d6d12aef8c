package org.tarjuma.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tarjuma.testing.ApiClient.assertProblem;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tarjuma.engine.DeeplEcho;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:jobs;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.jobs.allow-private-callbacks=true",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class JobApiTest {

  static final DeeplEcho ECHO = new DeeplEcho(20, 0);
  static final WireMockServer WIREMOCK = ECHO.serve();

  static {
    WIREMOCK.stubFor(post(urlPathEqualTo("/callback")).willReturn(aResponse().withStatus(204)));
  }

  @DynamicPropertySource
  static void engines(DynamicPropertyRegistry registry) {
    DeeplEcho.route(registry, WIREMOCK.port(), "ur", "ps");
  }

  @AfterAll
  static void stop() {
    WIREMOCK.stop();
  }

  @LocalServerPort int port;
  @Autowired JobStore store;
  @Autowired JobSegments segments;
  @Autowired JobService jobs;

  ApiClient api() {
    return new ApiClient(port);
  }

  private JsonNode submit(String json) {
    HttpResponse<String> response = api().post("/api/v1/jobs", json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).startsWith("/api/v1/jobs/"));
    return ApiClient.json(response);
  }

  private JsonNode awaitDone(String id) {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      JsonNode status = ApiClient.json(api().get("/api/v1/jobs/" + id));
      if (status.get("status").asString().equals("done")
          || status.get("status").asString().equals("failed")) {
        return status;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("job " + id + " did not finish");
  }

  private static String body(String field, String text, String articleId) {
    ObjectNode body = ApiClient.JSON.createObjectNode();
    body.put(field, text);
    body.put("source", "en");
    body.putArray("targets").add("ur").add("ps");
    if (articleId != null) {
      body.put("articleId", articleId);
    }
    return body.toString();
  }

  @Test
  void translatesTheSeedArticleThenOnlyTheChangedSentenceOfItsRevision() {
    String seed = Fixtures.seedArticle();
    int before = ECHO.texts.get();
    JsonNode first = awaitDone(submit(body("text", seed, "kandahar-1")).get("id").asString());

    JsonNode ur = first.get("languages").get("ur");
    assertThat(first.get("status").asString()).isEqualTo("done");
    assertThat(ur.get("total").asInt()).isEqualTo(128);
    assertThat(ur.get("done").asInt()).isEqualTo(128);
    assertThat(ur.get("translated").asInt() + ur.get("reused").asInt()).isEqualTo(128);
    assertThat(ur.get("charactersBilled").asLong()).isPositive();
    int sent = ECHO.texts.get() - before;
    assertThat(sent).isLessThanOrEqualTo(2 * 128);

    String text = api().get("/api/v1/jobs/" + first.get("id").asString() + "/result/ur").body();
    assertThat(text.lines().count()).isEqualTo(seed.lines().count());
    assertThat(text).contains("۔");

    // One sentence edited: the first that mentions Kandahar.
    String edited = seed.replaceFirst("(?m)^(.*?)Kandahar", "$1Qandahar");
    int beforeRevision = ECHO.texts.get();
    JsonNode second = awaitDone(submit(body("text", edited, "kandahar-1")).get("id").asString());
    JsonNode ur2 = second.get("languages").get("ur");
    assertThat(ur2.get("translated").asInt()).isEqualTo(1);
    assertThat(ur2.get("reused").asInt()).isEqualTo(127);
    assertThat(second.get("languages").get("ps").get("translated").asInt()).isEqualTo(1);
    assertThat(ECHO.texts.get() - beforeRevision).isEqualTo(2);
  }

  @Test
  void resultsAsJsonAndInTheSourceFormat() {
    String id =
        awaitDone(
                submit(body("markdown", "# News\n\nThe **minister** left on Monday.\n", null))
                    .get("id")
                    .asString())
            .get("id")
            .asString();
    assertThat(api().get("/api/v1/jobs/" + id + "/result/ps?as=markdown").body())
        .isEqualTo("# News۔\n\nThe **minister** left on Monday.۔\n");
    JsonNode json = ApiClient.json(api().get("/api/v1/jobs/" + id + "/result/ps?as=json"));
    assertThat(json.get("segments")).hasSize(2);
    assertThat(json.get("segments").get(1).get("source").asString())
        .isEqualTo("The <1>minister</1> left on Monday.");
    assertThat(json.get("segments").get(1).get("status").asString()).isEqualTo("translated");
    assertThat(json.get("segments").get(1).get("qa").get(0).get("check").asString()).isNotBlank();
    assertProblem(api().get("/api/v1/jobs/" + id + "/result/ps?as=html"), 400, "as=markdown");

    HttpResponse<String> xliff = api().get("/api/v1/jobs/" + id + "/result/ps?as=xliff");
    assertThat(xliff.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/xliff+xml"));
    Xliff.assertValid(xliff.body());
    assertThat(xliff.body())
        .contains(
            "version=\"2.1\"", "trgLang=\"ps\"", "<sc id=\"c1\"/>minister<ec startRef=\"c1\"/>");
    assertProblem(api().get("/api/v1/jobs/" + id + "/result/prs"), 404, "not prs");
  }

  @Test
  void progressStreamsAsServerSentEventsUntilDone() {
    String id =
        submit(body("text", "The convoy left at dawn. It rained.", null)).get("id").asString();
    HttpResponse<String> events = api().get("/api/v1/jobs/" + id + "/events", "text/event-stream");
    assertThat(events.statusCode()).isEqualTo(200);
    assertThat(events.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
    assertThat(events.body()).contains("event:done").contains("\"status\":\"done\"").contains(id);
    assertProblem(api().get("/api/v1/jobs/nope/events", "text/event-stream"), 404, "no job nope");
  }

  @Test
  void anArticleCanBeTheBodyItself() {
    ApiClient api = api();
    HttpResponse<String> response =
        api.send(
            java.net.http.HttpRequest.newBuilder(
                    api.uri("/api/v1/jobs?targets=ur,ps&articleId=plain-1"))
                .header("Content-Type", "text/markdown; charset=UTF-8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("# News\n\nIt rained.\n"))
                .build());
    assertThat(response.statusCode()).isEqualTo(202);
    JsonNode status = awaitDone(ApiClient.json(response).get("id").asString());
    assertThat(status.get("format").asString()).isEqualTo("markdown");
    assertThat(status.get("articleId").asString()).isEqualTo("plain-1");
    assertThat(status.get("targets")).hasSize(2);
  }

  @Test
  void badInputIsExplained() {
    assertProblem(
        api().post("/api/v1/jobs", "{\"text\": \"  \", \"targets\": [\"ur\"]}"), 400, "blank");
    assertProblem(api().post("/api/v1/jobs", "{\"targets\": [\"ur\"]}"), 400, "exactly one");
    assertProblem(
        api()
            .post(
                "/api/v1/jobs",
                "{\"text\": \"a.\", \"html\": \"<p>b</p>\", \"targets\": [\"ur\"]}"),
        400,
        "2 were given");
    assertProblem(
        api().post("/api/v1/jobs", "{\"text\": \"Hi.\", \"targets\": [\"de\"]}"), 400, "ps, ur");
    assertProblem(
        api().post("/api/v1/jobs", "{\"html\": \"<script>x</script>\", \"targets\": [\"ur\"]}"),
        400,
        "no sentence");
    assertProblem(
        api()
            .post(
                "/api/v1/jobs",
                "{\"text\": \"Hi.\", \"targets\": [\"ur\"], \"callbackUrl\": \"ftp://x/y\"}"),
        400,
        "http or https");
    assertProblem(api().get("/api/v1/jobs/nope"), 404, "no job nope");
  }

  @Test
  void malformedHtmlIsParsedLeniently() {
    String id =
        awaitDone(
                submit(body("html", "<p>The talks <b>ended<p>It rained.", null))
                    .get("id")
                    .asString())
            .get("id")
            .asString();
    assertThat(api().get("/api/v1/jobs/" + id + "/result/ur").body()).contains("It rained.۔");
    JsonNode repairs = ApiClient.json(api().get("/api/v1/jobs/" + id)).get("repairs");
    assertThat(repairs).isNotEmpty();
    assertThat(repairs.get(0).asString()).startsWith("near offset ");
  }

  @Test
  void callsBackSignedWhenDone() throws Exception {
    ObjectNode body =
        (ObjectNode) ApiClient.JSON.readTree(body("text", "The convoy left at night.", null));
    body.put("callbackUrl", "http://localhost:" + WIREMOCK.port() + "/callback");
    String id = submit(body.toString()).get("id").asString();
    awaitDone(id);
    Instant until = Instant.now().plusSeconds(10);
    while (WIREMOCK.findAll(postRequestedFor(urlPathEqualTo("/callback"))).isEmpty()
        && Instant.now().isBefore(until)) {
      Thread.onSpinWait();
    }
    var calls = WIREMOCK.findAll(postRequestedFor(urlPathEqualTo("/callback")));
    assertThat(calls).isNotEmpty();
    var call = calls.getLast();
    assertThat(call.getBodyAsString()).contains(id);
    // As a Standard Webhooks receiver checks it: the id, a timestamp of now, the HMAC of both
    // and the body, keyed with the secret's bytes.
    assertThat(call.getHeader("webhook-id")).isEqualTo(id);
    long timestamp = Long.parseLong(call.getHeader("webhook-timestamp"));
    assertThat(timestamp).isCloseTo(Instant.now().getEpochSecond(), within(300L));
    assertThat(call.getHeader("webhook-signature"))
        .isEqualTo(
            "v1,"
                + hmac(
                    "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                    id + "." + timestamp + "." + call.getBodyAsString()));
    assertThat(call.getHeader("X-Tarjuma-Signature")).isNull();
    WIREMOCK.verify(
        postRequestedFor(urlPathEqualTo("/callback"))
            .withHeader("Content-Type", matching("application/json.*")));
  }

  private static String hmac(String base64Key, String signed) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(
        new javax.crypto.spec.SecretKeySpec(
            java.util.Base64.getDecoder().decode(base64Key), "HmacSHA256"));
    return java.util.Base64.getEncoder()
        .encodeToString(mac.doFinal(signed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private static String firstId(String article) {
    return StoredJobs.article(article).segments().getFirst().id();
  }

  @Test
  void aJobInterruptedMidWayResumesWithoutPayingTwice() {
    String article = "The first sentence. The second sentence. The third sentence.";
    Job job = StoredJobs.insert(store, "resume-1", Job.RUNNING, StoredJobs.article(article), null);
    // Before the crash, the first sentence was stored.
    segments.save(
        job.id(),
        java.util.Map.of(
            "ur",
            List.of(
                new JobSegment(
                    0,
                    firstId(article),
                    "The first sentence.",
                    "پہلا جملہ۔",
                    JobSegment.TRANSLATED,
                    "deepl",
                    "engine",
                    List.of(),
                    List.of(),
                    19))));
    int before = ECHO.texts.get();

    jobs.resume();
    JsonNode status = awaitDone("resume-1");

    assertThat(ECHO.texts.get() - before).isEqualTo(2);
    assertThat(status.get("languages").get("ur").get("done").asInt()).isEqualTo(3);
    assertThat(api().get("/api/v1/jobs/resume-1/result/ur").body())
        .startsWith("پہلا جملہ۔ The second sentence.۔");
  }
}
