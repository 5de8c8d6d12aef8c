package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.testing.ApiClient.assertProblem;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tarjuma.segment.SegmentedArticle;
import org.tarjuma.testing.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/jobs}: jobs written straight to the store (claimed by nobody: the claim round
 * runs once an hour), listed newest first a page at a time, filtered, per outlet.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:job-list;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds",
      "tarjuma.jobs.claim-interval=1h"
    })
class JobListApiTest {

  private static final SegmentedArticle ARTICLE = StoredJobs.article("The minister left.");
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @LocalServerPort int port;
  @Autowired JobStore store;

  ApiClient api() {
    return new ApiClient(port);
  }

  private Job job(
      String id,
      String articleId,
      String outlet,
      String status,
      int minutesAgo,
      String... targets) {
    Job job =
        new Job(
            id,
            articleId,
            outlet,
            "text",
            "en",
            List.of(targets),
            status,
            null,
            null,
            NOW.minus(minutesAgo, ChronoUnit.MINUTES),
            null,
            ARTICLE.segments().size(),
            List.of(),
            null);
    store.insert(job, ARTICLE);
    return job;
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(item -> ids.add(item.get("id").asString()));
    return ids;
  }

  private JsonNode list(ApiClient client, String query) {
    HttpResponse<String> response = client.get("/api/v1/jobs?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ApiClient.json(response);
  }

  private static String id(int n) {
    return "00000000-0000-0000-0000-%012d".formatted(n);
  }

  // Seven jobs, two submitted at the same instant, read three at a time: newest first (the tie by
  // id, descending), each job once, 'next' null on the last page; a job submitted between two pages
  // does not shift the second; each item is the job exactly as GET /api/v1/jobs/{id} shows it.
  @Test
  void pagesThroughMoreJobsThanTheLimitNewestFirstStableUnderInserts() {
    for (int n = 0; n < 7; n++) {
      job(id(100 + n), "pages", "dawn", Job.DONE, n == 6 ? 5 : n, "ur");
    }
    List<String> expected = List.of(id(100), id(101), id(102), id(103), id(104), id(106), id(105));

    JsonNode first = list(api(), "articleId=pages&limit=3");
    assertThat(ids(first)).containsExactlyElementsOf(expected.subList(0, 3));
    assertThat(first.get("items").get(0))
        .isEqualTo(ApiClient.json(api().get("/api/v1/jobs/" + id(100))));

    job(id(199), "pages", "dawn", Job.DONE, -1, "ur");
    JsonNode second = list(api(), "articleId=pages&limit=3&cursor=" + first.get("next").asString());
    assertThat(ids(second)).containsExactlyElementsOf(expected.subList(3, 6));
    JsonNode third = list(api(), "articleId=pages&limit=3&cursor=" + second.get("next").asString());
    assertThat(ids(third)).containsExactly(id(105));
    assertThat(third.get("next").isNull()).isTrue();

    assertThat(ids(list(api(), "articleId=pages&limit=3"))).startsWith(id(199)).hasSize(3);
  }

  // Without limit a page holds 50 jobs and names the next; limit=200 takes all 51.
  @Test
  void fiftyByDefaultAndUpToTwoHundred() {
    for (int n = 0; n < 51; n++) {
      job(id(1000 + n), "many", "dawn", Job.FAILED, n, "ur");
    }
    JsonNode page = list(api(), "articleId=many");
    assertThat(ids(page)).hasSize(50);
    assertThat(page.get("next").isNull()).isFalse();
    JsonNode all = list(api(), "articleId=many&limit=200");
    assertThat(ids(all)).hasSize(51);
    assertThat(all.get("next").isNull()).isTrue();
    assertThat(ids(list(api(), "articleId=many&limit=1"))).containsExactly(id(1000));
  }

  // status, lang (a code or an alias) and since (a time or a date) narrow the list, together too.
  @Test
  void filtersByStatusLanguageAndSince() {
    job(id(200), "filters", "dawn", Job.DONE, 0, "ur");
    job(id(201), "filters", "dawn", Job.FAILED, 10, "ps", "prs");
    job(id(202), "filters", "dawn", Job.QUEUED, 60 * 24 * 3, "ur", "prs");
    job(id(203), "filters", "dawn", Job.RUNNING, 30, "ps");
    job(id(204), "other-article", "dawn", Job.DONE, 0, "ur");

    assertThat(ids(list(api(), "articleId=filters")))
        .containsExactly(id(200), id(201), id(203), id(202));
    assertThat(ids(list(api(), "articleId=filters&status=done"))).containsExactly(id(200));
    assertThat(ids(list(api(), "articleId=filters&status=queued"))).containsExactly(id(202));
    assertThat(ids(list(api(), "articleId=filters&lang=prs"))).containsExactly(id(201), id(202));
    assertThat(ids(list(api(), "articleId=filters&lang=fa-AF"))).containsExactly(id(201), id(202));
    assertThat(ids(list(api(), "articleId=filters&lang=ps&status=running")))
        .containsExactly(id(203));
    String since = NOW.minus(15, ChronoUnit.MINUTES).toString();
    assertThat(ids(list(api(), "articleId=filters&since=" + since)))
        .containsExactly(id(200), id(201));
    String day = NOW.minus(1, ChronoUnit.DAYS).toString().substring(0, 10);
    assertThat(ids(list(api(), "articleId=filters&lang=prs&since=" + day)))
        .containsExactly(id(201));
  }

  // An outlet's key lists its own outlet's jobs only, whatever outlet it names; an admin and a
  // translator list every outlet's.
  @Test
  void anOutletSeesOnlyItsOwn() {
    job(id(300), "shared", "dawn", Job.DONE, 0, "ur");
    job(id(301), "shared", "tolo", Job.DONE, 1, "ur");
    ApiClient dawn =
        api().as(key("{\"label\": \"d\", \"role\": \"outlet\", \"outlet\": \"dawn\"}"));
    assertThat(ids(list(dawn, "articleId=shared"))).containsExactly(id(300));
    HttpResponse<String> asked =
        dawn.send(
            java.net.http.HttpRequest.newBuilder(dawn.uri("/api/v1/jobs?articleId=shared"))
                .header("X-Tarjuma-Outlet", "tolo")
                .build());
    assertThat(ids(ApiClient.json(asked))).containsExactly(id(300));
    assertThat(ids(list(api(), "articleId=shared"))).containsExactly(id(300), id(301));
    ApiClient urdu =
        api().as(key("{\"label\": \"t\", \"role\": \"translator\", \"languages\": [\"ur\"]}"));
    assertThat(ids(list(urdu, "articleId=shared"))).containsExactly(id(300), id(301));
  }

  private String key(String body) {
    HttpResponse<String> created = api().post("/api/v1/keys", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return ApiClient.json(created).get("key").asString();
  }

  // A limit outside 1-200 or not a number, an unknown status or language, an unreadable since and
  // a cursor this server did not give are each a 400 problem naming the parameter.
  @Test
  void badParametersAreRefusedByName() {
    for (String query :
        List.of(
            "limit=0",
            "limit=201",
            "limit=ten",
            "status=finished",
            "lang=fr",
            "since=yesterday",
            "since=2026-13-01",
            "cursor=bm90LWEtY3Vyc29y",
            "cursor=%25%25")) {
      String parameter = query.substring(0, query.indexOf('='));
      HttpResponse<String> response = api().get("/api/v1/jobs?" + query);
      assertProblem(response, 400, "'" + parameter + "'");
      assertThat(ApiClient.json(response).get("field").asString()).as(query).isEqualTo(parameter);
    }
  }
}
