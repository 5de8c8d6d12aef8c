package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarjuma.segment.Format;
import org.tarjuma.segment.Segment;
import org.tarjuma.segment.SegmentedArticle;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.Fixtures;

/** A done job of three segments into Urdu and Pashto, its XLIFF edited and sent back. */
final class TranslatedFiles {

  static final String ARTICLE = "The **minister** left on Monday. The talks ended. It rained.";
  static final List<String> URDU =
      List.of("<1>وزیر</1> پیر کو روانہ ہوئے۔", "مذاکرات ختم ہو گئے۔", "بارش ہوئی۔");
  static final List<String> PASHTO =
      List.of("<1>وزیر</1> دوشنبه لاړ.", "خبرې پای ته ورسېدې.", "باران وورېد.");

  private TranslatedFiles() {}

  /** Stores the job, translated by an engine in both languages; returns its segment ids. */
  static List<String> store(JobStore store, JobSegments rows, String jobId) {
    SegmentedArticle article =
        Fixtures.SEGMENTER.segment(ARTICLE, Format.MARKDOWN, Fixtures.LANGUAGES.require("en"));
    List<Segment> segments = article.segments();
    assertThat(segments)
        .extracting(Segment::tagged)
        .first()
        .isEqualTo("The <1>minister</1> left on Monday.");
    assertThat(segments).hasSize(3);
    Instant now = Instant.now();
    store.insert(
        new Job(
            jobId,
            null,
            "dawn",
            "markdown",
            "en",
            List.of("ur", "ps"),
            Job.RUNNING,
            null,
            null,
            now,
            null,
            3,
            List.of(),
            null),
        article);
    rows.save(
        jobId,
        Map.of("ur", rows(segments, "ur", URDU), "ps", rows(segments, "ps", PASHTO)),
        Job.DONE);
    return segments.stream().map(Segment::id).toList();
  }

  /** A target as the pipeline stores it: normalized to the language's letters. */
  static String normalized(String lang, String text) {
    var language = Fixtures.LANGUAGES.require(lang);
    return Fixtures.LANGUAGES.normalizer(language).normalize(text).text();
  }

  private static List<JobSegment> rows(List<Segment> segments, String lang, List<String> targets) {
    List<JobSegment> out = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      out.add(
          new JobSegment(
              i,
              s.id(),
              s.tagged(),
              normalized(lang, targets.get(i)),
              JobSegment.TRANSLATED,
              "deepl",
              "engine",
              List.of(),
              List.of(),
              s.text().length()));
    }
    return out;
  }

  /** The XLIFF export of the job's language. */
  static String export(ApiClient api, String jobId, String lang) {
    HttpResponse<String> response =
        api.get("/api/v1/jobs/" + jobId + "/result/" + lang + "?as=xliff");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  /** {@code xliff} with the target of one segment's unit replaced by {@code content} (XML). */
  static String retarget(String xliff, String segmentId, String content) {
    Matcher unit =
        Pattern.compile(
                "(<unit id=\"u" + segmentId + "\">.*?<target>).*?(</target>)", Pattern.DOTALL)
            .matcher(xliff);
    assertThat(unit.find()).as("unit u%s in %s", segmentId, xliff).isTrue();
    return xliff.substring(0, unit.end(1)) + content + xliff.substring(unit.start(2));
  }

  /** Posts the file as the body itself, with the query ({@code approve=true}) if any. */
  static HttpResponse<String> upload(
      ApiClient api, String jobId, String lang, String xliff, String query) {
    return api.send(
        HttpRequest.newBuilder(
                api.uri(
                    "/api/v1/jobs/"
                        + jobId
                        + "/result/"
                        + lang
                        + (query == null ? "" : "?" + query)))
            .header("Content-Type", "application/xliff+xml")
            .POST(HttpRequest.BodyPublishers.ofString(xliff))
            .build());
  }

  /** A translator's API key for these languages, made by the admin. */
  static String translatorKey(ApiClient admin, String... languages) {
    String list = String.join("\", \"", languages);
    HttpResponse<String> created =
        admin.post(
            "/api/v1/keys",
            "{\"label\": \"cat-tool\", \"role\": \"translator\", \"languages\": [\""
                + list
                + "\"]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return ApiClient.json(created).get("key").asString();
  }
}
