package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * The outlet profile a job applies (issue 18): fixed at submission and kept with the job, so that a
 * later change of the outlet's profile leaves it alone; said in the job's JSON, the jobs list, the
 * JSON result and a header of the document result; and the source's dates kept as notes of the
 * XLIFF export, which uploads back as it is. Engines: a DeepL stand-in that answers each text with
 * itself, so the digits of a result are the profile's doing.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:job-profile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds",
      "tarjuma.jobs.claim-interval=1h"
    })
class JobProfileTest {

  static final DeeplEcho ECHO = new DeeplEcho(0, 0);
  static final WireMockServer WIREMOCK = ECHO.serve();
  static final String DATED = "The talks ended on October 12, 2025, after 3 days.";
  static final String EASTERN = ".*[۰-۹].*";
  static final String LATIN = ".*[0-9].*";

  @DynamicPropertySource
  static void engines(DynamicPropertyRegistry registry) {
    DeeplEcho.route(registry, WIREMOCK.port(), "ur", "ps", "prs");
  }

  @AfterAll
  static void stop() {
    WIREMOCK.stop();
  }

  @LocalServerPort int port;
  @Autowired JobStore store;
  @Autowired JobService jobs;
  @Autowired JobProfiles profiles;
  @Autowired JdbcTemplate jdbc;

  ApiClient api() {
    return new ApiClient(port);
  }

  /** Submits {@code text} for {@code outlet} into {@code targets}; answers the 202's job. */
  private JsonNode submit(String outlet, String articleId, String text, String... targets) {
    ObjectNode body = ApiClient.JSON.createObjectNode();
    body.put("text", text);
    body.put("articleId", articleId);
    var list = body.putArray("targets");
    for (String target : targets) {
      list.add(target);
    }
    HttpResponse<String> response =
        api()
            .send(
                HttpRequest.newBuilder(api().uri("/api/v1/jobs"))
                    .header("Content-Type", "application/json")
                    .header("X-Tarjuma-Outlet", outlet)
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return ApiClient.json(response);
  }

  private JsonNode awaitDone(String id) {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      JsonNode status = ApiClient.json(api().get("/api/v1/jobs/" + id));
      if (status.get("status").asString().equals("done")) {
        return status;
      }
      assertThat(status.get("status").asString()).isNotEqualTo("failed");
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("job " + id + " did not finish");
  }

  private void change(String outlet, String json) {
    HttpResponse<String> changed = api().put("/api/v1/outlets/" + outlet, json);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
  }

  private static String style(JsonNode style) {
    return style.get("digits").asString() + "/" + style.get("calendar").asString();
  }

  private String text(String id, String lang) {
    HttpResponse<String> result = api().get("/api/v1/jobs/" + id + "/result/" + lang);
    assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
    return result.body();
  }

  /**
   * Stores a queued job of Herat Times' into Pashto, held by this node but not started (as a node
   * that stopped left it), with this profile (null: none, as before profiles were kept).
   */
  private void queued(String id, java.util.Map<String, org.tarjuma.calendar.DateStyle> profile) {
    var article = StoredJobs.article(DATED);
    store.insert(
        new Job(
            id,
            null,
            "herat-times",
            "text",
            "en",
            List.of("ps"),
            Job.QUEUED,
            null,
            null,
            Instant.now(),
            null,
            article.segments().size(),
            List.of(),
            profile),
        article);
  }

  private String stored(String id) {
    return jdbc.queryForObject("SELECT profile FROM job WHERE id = ?", String.class, id);
  }

  // An article and its revision either side of a change of the outlet's Pashto: each keeps (in its
  // row, its JSON, its result's digits) the profile of its own submission, the first also after.
  @Test
  void eachJobKeepsTheProfileItWasSubmittedWith() {
    JsonNode accepted = submit("kabul-news", "kabul-talks", DATED, "ps", "ur");
    assertThat(style(accepted.get("profile").get("ps"))).isEqualTo("eastern/both");
    String before = awaitDone(accepted.get("id").asString()).get("id").asString();
    change(
        "kabul-news",
        "{\"languages\": {\"ps\": {\"digits\": \"latin\", \"calendar\": \"gregorian\"}}}");
    String after =
        awaitDone(submit("kabul-news", "kabul-talks", DATED, "ps", "ur").get("id").asString())
            .get("id")
            .asString();

    JsonNode first = ApiClient.json(api().get("/api/v1/jobs/" + before)).get("profile");
    JsonNode second = ApiClient.json(api().get("/api/v1/jobs/" + after)).get("profile");
    assertThat(first.propertyNames()).containsExactly("ps", "ur");
    assertThat(style(first.get("ps"))).isEqualTo("eastern/both");
    assertThat(style(first.get("ur"))).isEqualTo("latin/gregorian");
    assertThat(style(second.get("ps"))).isEqualTo("latin/gregorian");
    assertThat(stored(before)).isEqualTo("ps=eastern/both;ur=latin/gregorian");
    assertThat(stored(after)).isEqualTo("ps=latin/gregorian;ur=latin/gregorian");
    assertThat(text(before, "ps"))
        .matches(EASTERN)
        .doesNotMatch(LATIN)
        .contains("۲۰ تله ۱۴۰۴ (۱۲ اکتوبر ۲۰۲۵)");
    assertThat(text(after, "ps")).matches(LATIN).doesNotMatch(EASTERN).contains("12 اکتوبر 2025");
    assertThat(text(before, "ur")).contains("12 اکتوبر 2025").doesNotMatch(EASTERN);
  }

  // A job that had not run when its outlet's profile changed runs (resumed here, as on another
  // node) in the profile it was submitted with; one stored before profiles were kept runs in the
  // outlet's current profile, and says so.
  @Test
  void aJobResumedAfterItsOutletChangedRunsInItsSnapshot() {
    String snapshot = "00000000-0000-0000-0000-00000000a001";
    queued(snapshot, profiles.current("herat-times", List.of("ps")));
    String legacy = "00000000-0000-0000-0000-00000000a002";
    queued(legacy, null);
    assertThat(stored(snapshot)).isEqualTo("ps=eastern/both");
    assertThat(stored(legacy)).isNull();

    change(
        "herat-times",
        "{\"languages\": {\"ps\": {\"digits\": \"latin\", \"calendar\": \"gregorian\"}}}");
    jobs.resume();

    assertThat(style(awaitDone(snapshot).get("profile").get("ps"))).isEqualTo("eastern/both");
    assertThat(text(snapshot, "ps")).matches(EASTERN).doesNotMatch(LATIN);
    assertThat(style(awaitDone(legacy).get("profile").get("ps"))).isEqualTo("latin/gregorian");
    assertThat(text(legacy, "ps")).matches(LATIN).doesNotMatch(EASTERN);
  }

  // The profile is in the job's JSON and its list item alike, in the JSON result per language,
  // and in the header Tarjuma-Profile of the document result only; the other fields stay.
  @Test
  void theProfileIsInTheJobTheListTheJsonResultAndTheDocumentsHeader() {
    change("tolo-dari", "{\"languages\": {\"prs\": {\"calendar\": \"solar-hijri\"}}}");
    String id =
        awaitDone(submit("tolo-dari", "profile-shown", DATED, "ur", "prs").get("id").asString())
            .get("id")
            .asString();

    JsonNode job = ApiClient.json(api().get("/api/v1/jobs/" + id));
    assertThat(style(job.get("profile").get("prs"))).isEqualTo("eastern/solar-hijri");
    assertThat(job.get("languages").get("prs").get("done").asInt()).isEqualTo(1);
    JsonNode list = ApiClient.json(api().get("/api/v1/jobs?articleId=profile-shown"));
    assertThat(list.get("items")).containsExactly(job);

    JsonNode json = ApiClient.json(api().get("/api/v1/jobs/" + id + "/result/prs?as=json"));
    assertThat(style(json.get("profile"))).isEqualTo("eastern/solar-hijri");
    assertThat(json.get("lang").asString()).isEqualTo("prs");
    assertThat(json.get("status").asString()).isEqualTo("done");
    assertThat(json.get("segments")).hasSize(1);

    HttpResponse<String> dari = api().get("/api/v1/jobs/" + id + "/result/prs");
    assertThat(dari.headers().firstValue("Tarjuma-Profile"))
        .hasValue("digits=eastern; calendar=solar-hijri");
    assertThat(dari.headers().firstValue("Content-Language")).hasValue("prs");
    assertThat(
            api().get("/api/v1/jobs/" + id + "/result/ur").headers().firstValue("Tarjuma-Profile"))
        .hasValue("digits=latin; calendar=gregorian");
    for (String as : List.of("json", "xliff")) {
      assertThat(
              api()
                  .get("/api/v1/jobs/" + id + "/result/prs?as=" + as)
                  .headers()
                  .firstValue("Tarjuma-Profile"))
          .as(as)
          .isEmpty();
    }
  }

  // The XLIFF export keeps the source's day, range and month in notes, stays valid, and uploads
  // back as it is: accepted, every unit unchanged, no segment touched.
  @Test
  void theXliffKeepsTheSourceDatesAndUploadsBackUnchanged() {
    String article =
        "The talks began on October 12, 2025. The summit runs 12–14 October 2025 in Doha. Kabul"
            + " fell in August 2021.";
    String id =
        awaitDone(submit("pajhwok", "xliff-dates", article, "ps").get("id").asString())
            .get("id")
            .asString();
    JsonNode before = ApiClient.json(api().get("/api/v1/jobs/" + id + "/result/ps?as=json"));
    String xliff = TranslatedFiles.export(api(), id, "ps");
    Xliff.assertValid(xliff);
    assertThat(xliff)
        .contains(
            "<note category=\"source-date\">October 12, 2025 = 2025-10-12</note>",
            "<note category=\"source-date\">12–14 October 2025 = 2025-10-12/2025-10-14</note>",
            "<note category=\"source-date\">August 2021 = 2021-08</note>");

    HttpResponse<String> uploaded = TranslatedFiles.upload(api(), id, "ps", xliff, null);

    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
    JsonNode totals = ApiClient.json(uploaded).get("totals");
    assertThat(totals.get("unchanged").asInt()).isEqualTo(3);
    assertThat(totals.get("updated").asInt() + totals.get("refused").asInt()).isZero();
    assertThat(totals.get("stale").asInt() + totals.get("unknown").asInt()).isZero();
    assertThat(ApiClient.json(api().get("/api/v1/jobs/" + id + "/result/ps?as=json")))
        .isEqualTo(before);
  }
}
