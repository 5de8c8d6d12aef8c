package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tarjuma.testing.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The embedded default, no engine configured: the seeds are in the memory at start, so the seed
 * article comes back whole in three languages, and its revision reuses every unchanged sentence and
 * reports the changed ones as needing an engine, their source kept.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:seed-job;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class SeedJobTest {

  @LocalServerPort int port;

  private JsonNode run(String file, String articleId) throws Exception {
    ApiClient api = new ApiClient(port);
    ObjectNode body = ApiClient.JSON.createObjectNode();
    body.put("text", Files.readString(Path.of(file)));
    body.putArray("targets").add("ur").add("ps").add("prs");
    body.put("articleId", articleId);
    String id = ApiClient.json(api.post("/api/v1/jobs", body.toString())).get("id").asString();
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      JsonNode status = ApiClient.json(api.get("/api/v1/jobs/" + id));
      if (status.get("status").asString().equals("done")) {
        return status;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job did not finish");
  }

  @Test
  void theSeedArticleComesBackWholeAndItsRevisionReusesWhatDidNotChange() throws Exception {
    JsonNode seed = run("seeds/kandahar-strikes.txt", "kandahar-strikes");
    for (String lang : new String[] {"ur", "ps", "prs"}) {
      JsonNode progress = seed.get("languages").get(lang);
      assertThat(progress.get("reused").asInt()).as(lang).isEqualTo(128);
      assertThat(progress.get("needsEngine").asInt()).isZero();
      assertThat(progress.get("charactersBilled").asLong()).isZero();
      // The seed's translations await native review: reused, each with that flag visible.
      assertThat(progress.get("qaFlagged").asInt()).as(lang).isEqualTo(128);
    }
    assertThat(
            ApiClient.json(
                    new ApiClient(port)
                        .get("/api/v1/jobs/" + seed.get("id").asString() + "/result/ps?as=json"))
                .get("segments")
                .valueStream())
        .allSatisfy(
            s ->
                assertThat(s.get("qa").toString())
                    .contains("\"check\":\"memory\"", "\"code\":\"memory-reference\""));
    String urdu =
        new ApiClient(port).get("/api/v1/jobs/" + seed.get("id").asString() + "/result/ur").body();
    assertThat(urdu).contains("آئی ایس پی آر", "ڈیورنڈ لائن", "قندھار").doesNotContain("Kandahar");
    String xliff =
        new ApiClient(port)
            .get("/api/v1/jobs/" + seed.get("id").asString() + "/result/ur?as=xliff")
            .body();
    Xliff.assertValid(xliff);
    assertThat(xliff)
        .contains("<gls:translation>ڈیورنڈ لائن</gls:translation>", "state=\"translated\"");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Xliff.assertValid(xliff.replace("srcLang=\"en\"", "")))
        .hasMessageContaining("srcLang");

    JsonNode revision = run("seeds/kandahar-strikes-revised.txt", "kandahar-strikes");
    JsonNode ur = revision.get("languages").get("ur");
    assertThat(ur.get("total").asInt()).isEqualTo(128);
    assertThat(ur.get("reused").asInt()).isEqualTo(124);
    assertThat(ur.get("needsEngine").asInt()).isEqualTo(4);
    JsonNode segments =
        ApiClient.json(
                new ApiClient(port)
                    .get("/api/v1/jobs/" + revision.get("id").asString() + "/result/ur?as=json"))
            .get("segments");
    assertThat(
            segments.valueStream().filter(s -> s.get("status").asString().equals("needs_engine")))
        .hasSize(4)
        .allSatisfy(s -> assertThat(s.get("target").isNull()).isTrue())
        .anySatisfy(s -> assertThat(s.get("source").asString()).contains("45 and 60"));
    String text =
        new ApiClient(port)
            .get("/api/v1/jobs/" + revision.get("id").asString() + "/result/ur")
            .body();
    assertThat(text).contains("between 45 and 60 militants", "قندھار");
  }
}
