package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tarjuma.engine.DeeplEcho;
import org.tarjuma.language.Languages;
import org.tarjuma.memory.MemoryUnit;
import org.tarjuma.memory.TranslationMemory;
import org.tarjuma.segment.Format;
import org.tarjuma.segment.SegmentedArticle;
import org.tarjuma.segment.Segmenter;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.PageSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A job's article is segmented once, at submission, and read back from the store by everything that
 * needs it afterwards; a job stored before articles were kept segmented is segmented once and
 * stored; stored QA findings follow a change of the glossary; many event streams run at once.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:stored-article;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class StoredArticleTest {

  /** The application's segmenter, counting the articles it cuts. */
  @TestConfiguration
  static class Counting {
    static final AtomicInteger SEGMENTED = new AtomicInteger();

    @Bean
    @Primary
    Segmenter countingSegmenter(Languages languages) {
      Segmenter real = Segmenter.create(languages);
      return (source, format, language) -> {
        SEGMENTED.incrementAndGet();
        return real.segment(source, format, language);
      };
    }
  }

  // From seeds/kandahar-strikes.tmx (unit 042): its Urdu holds the glossary's Urdu form of ISPR.
  private static final String ISPR_SENTENCE =
      "According to ISPR, the precision strikes were carried out with utmost care to avoid"
          + " civilian casualties, focusing exclusively on verified militant targets.";
  private static final String ISPR_URDU =
      "آئی ایس پی آر کے مطابق ہدفی حملے شہری ہلاکتوں سے بچنے کے لیے انتہائی احتیاط سے کیے گئے اور"
          + " صرف عسکریت پسندوں کے تصدیق شدہ اہداف پر مرکوز تھے۔";

  static final DeeplEcho ECHO = new DeeplEcho(200, 0);
  static final WireMockServer WIREMOCK = ECHO.serve();

  @DynamicPropertySource
  static void engines(DynamicPropertyRegistry registry) {
    DeeplEcho.route(registry, WIREMOCK.port(), "ur", "ps");
    registry.add("tarjuma.engines.deepl.max-items", () -> "2");
    registry.add("tarjuma.engines.deepl.max-concurrency", () -> "1");
  }

  @AfterAll
  static void stop() {
    WIREMOCK.stop();
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired TranslationMemory memory;
  @Autowired Languages languages;
  @Autowired JobStore store;

  private ApiClient api() {
    return new ApiClient(port);
  }

  private String submit(String json) {
    HttpResponse<String> response = api().post("/api/v1/jobs", json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return ApiClient.json(response).get("id").asString();
  }

  private JsonNode awaitStatus(String id, Predicate<JsonNode> until) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    JsonNode status = ApiClient.json(api().get("/api/v1/jobs/" + id));
    while (!until.test(status) && Instant.now().isBefore(deadline)) {
      sleep(100);
      status = ApiClient.json(api().get("/api/v1/jobs/" + id));
    }
    return status;
  }

  @Test
  void anArticleIsSegmentedOnceAndEverythingAfterReadsItBack() {
    String html =
        "<h1>Border talks</h1><p>The <b>TTP</b> denied it. Talks resumed on Monday.</i></p>";
    int before = Counting.SEGMENTED.get();
    String id =
        submit(
            "{\"html\": "
                + ApiClient.JSON.writeValueAsString(html)
                + ", \"targets\": [\"ur\", \"ps\"]}");
    JsonNode status = awaitStatus(id, s -> s.get("status").asString().equals("done"));
    assertThat(Counting.SEGMENTED.get() - before).isEqualTo(1);

    assertThat(status.get("repairs").get(0).asString()).startsWith("near offset ");
    assertThat(status.get("languages").get("ur").get("total").asInt()).isEqualTo(3);
    assertThat(api().get("/api/v1/jobs/" + id + "/result/ur").body()).startsWith("<h1>");
    assertThat(api().get("/api/v1/jobs/" + id + "/result/ps?as=json").statusCode()).isEqualTo(200);
    assertThat(api().get("/api/v1/jobs/" + id + "/result/ur?as=xliff").body()).contains("<unit");
    assertThat(api().get("/api/v1/jobs/" + id + "/events", "text/event-stream").body())
        .contains("event:done");
    PageSession page = PageSession.signIn(port, "admin", "test-admin-password");
    assertThat(page.get("/articles").body()).contains(id);
    assertThat(page.get("/articles/" + id).body())
        .contains("Border <mark", "data-entry=\"dialogue\"");
    assertThat(page.get("/articles/" + id + "/segments/ur/1/suggestions").statusCode())
        .isEqualTo(200);
    assertThat(
            page.post(
                    "/articles/" + id + "/segments/ur/0",
                    java.util.Map.of("action", "save", "target", "", "version", "0"))
                .statusCode())
        .isEqualTo(200);

    assertThat(Counting.SEGMENTED.get() - before).isEqualTo(1);
  }

  @Test
  void aJobStoredBeforeArticlesWereKeptIsSegmentedOnceThenReadBack() {
    String text = "The first sentence. The second sentence.";
    jdbc.update(
        "INSERT INTO job (id, outlet, format, source_lang, targets, source_text, status,"
            + " created_at) VALUES ('legacy-1', 'dawn', 'text', 'en', 'ur', ?, 'done', ?)",
        text,
        Timestamp.from(Instant.now()));
    int before = Counting.SEGMENTED.get();

    assertThat(api().get("/api/v1/jobs/legacy-1/result/ur").body()).isEqualTo(text);
    assertThat(api().get("/api/v1/jobs/legacy-1/result/ur").body()).isEqualTo(text);
    assertThat(
            ApiClient.json(api().get("/api/v1/jobs/legacy-1"))
                .get("languages")
                .get("ur")
                .get("total")
                .asInt())
        .isEqualTo(2);

    assertThat(Counting.SEGMENTED.get() - before).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM job WHERE id = 'legacy-1' AND article IS NOT NULL",
                Integer.class))
        .isEqualTo(1);
  }

  @Test
  void aLongArticleIsStoredInPartsAndReadBackAsItWas() {
    // Sentences of emoji: nearly every other character of the stored JSON is half of a pair.
    for (int sentences : new int[] {1_200, 1_999, 3_001}) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < sentences; i++) {
        text.append("Report ").append(i).append(" \uD83D\uDE00\uD83D\uDE00 on the road. ");
      }
      SegmentedArticle article =
          Segmenter.create(languages)
              .segment(text.toString(), Format.TEXT, languages.require("en"));
      String id = "long-" + sentences;
      StoredJobs.insert(store, id, Job.DONE, article, null);

      assertThat(store.article(id)).contains(article);
      assertThat(
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM job_article_part WHERE job_id = ?", Integer.class, id))
          .isGreaterThan(1);
    }
  }

  @Test
  void storedFindingsFollowAGlossaryChange() {
    memory.save(
        new MemoryUnit("en", "ur", ISPR_SENTENCE, ISPR_URDU, "approved", "amna", Instant.now()));
    String id = submit("{\"text\": \"" + ISPR_SENTENCE + "\", \"targets\": [\"ur\"]}");
    awaitStatus(id, s -> s.get("status").asString().equals("done"));
    assertThat(glossaryFindings(id)).isEmpty();

    // The Urdu form the translation uses is no longer allowed: its findings say so.
    ObjectNode entry = (ObjectNode) ApiClient.json(api().get("/api/v1/glossary/terms/ispr"));
    ObjectNode urdu = (ObjectNode) entry.get("targets").get("ur");
    String used = urdu.get("preferred").asString();
    urdu.put("preferred", urdu.get("variants").get(0).asString());
    urdu.putArray("variants");
    put(entry, 1);
    assertThat(awaitFindings(id, f -> f.contains("glossary-missing:ispr")))
        .containsExactly("glossary-missing:ispr");

    // And allowed again: the finding goes.
    urdu.putArray("variants").add(used);
    put(entry, 2);
    assertThat(awaitFindings(id, List::isEmpty)).isEmpty();
  }

  @Test
  void manyEventStreamsRunAtOnceEachToItsEnd() throws Exception {
    StringBuilder article = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      article.append("Bulletin ").append(i).append(" reported calm along the road. ");
    }
    // Two texts a request, one request at a time, 200 ms each: the job runs for seconds, and
    // every stream sends progress while it does.
    String id = submit("{\"text\": \"" + article.toString().strip() + "\", \"targets\": [\"ur\"]}");
    List<Future<String>> streams = new ArrayList<>();
    try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 100; i++) {
        streams.add(
            clients.submit(
                () -> api().get("/api/v1/jobs/" + id + "/events", "text/event-stream").body()));
      }
      for (Future<String> stream : streams) {
        assertThat(stream.get()).contains("event:progress", "event:done", "\"status\":\"done\"");
      }
    }
  }

  private void put(ObjectNode entry, int revision) {
    HttpResponse<String> put =
        api()
            .send(
                HttpRequest.newBuilder(api().uri("/api/v1/glossary/terms/ispr"))
                    .header("Content-Type", "application/json")
                    .header("If-Match", "\"" + revision + "\"")
                    .PUT(HttpRequest.BodyPublishers.ofString(entry.toString()))
                    .build());
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
  }

  /** The glossary findings of the job's one Urdu segment. */
  private List<String> glossaryFindings(String id) {
    JsonNode qa =
        ApiClient.json(api().get("/api/v1/jobs/" + id + "/result/ur?as=json"))
            .get("segments")
            .get(0)
            .get("qa");
    List<String> codes = new ArrayList<>();
    qa.forEach(
        f -> {
          if (f.get("check").asString().equals("glossary")) {
            codes.add(f.get("code").asString());
          }
        });
    return codes;
  }

  private List<String> awaitFindings(String id, Predicate<List<String>> until) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    List<String> findings = glossaryFindings(id);
    while (!until.test(findings) && Instant.now().isBefore(deadline)) {
      sleep(50);
      findings = glossaryFindings(id);
    }
    return findings;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
