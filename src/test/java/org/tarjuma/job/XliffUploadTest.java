package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.job.TranslatedFiles.export;
import static org.tarjuma.job.TranslatedFiles.normalized;
import static org.tarjuma.job.TranslatedFiles.retarget;
import static org.tarjuma.job.TranslatedFiles.upload;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.memory.TranslationMemory;
import org.tarjuma.testing.ApiClient;
import tools.jackson.databind.JsonNode;

/** Uploading an XLIFF file translated elsewhere: what is applied, approved, kept and refused. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:xliff-upload;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class XliffUploadTest {

  static final String MINISTER = "<sc id=\"c1\"/>وزیرِ خارجہ<ec startRef=\"c1\"/> پیر کو گئے۔";

  @LocalServerPort int port;
  @Autowired JobStore store;
  @Autowired JobSegments rows;
  @Autowired TranslationMemory memory;
  @Autowired JdbcTemplate jdbc;

  ApiClient api() {
    return new ApiClient(port);
  }

  private static JsonNode report(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ApiClient.json(response);
  }

  private static JsonNode line(JsonNode report, String id) {
    for (JsonNode line : report.get("segments")) {
      if (line.get("id").asString().equals(id)) {
        return line;
      }
    }
    throw new AssertionError("no line for " + id + " in " + report);
  }

  private JobSegments.Stored stored(String job, String lang, int position) {
    return rows.one(job, lang, position).orElseThrow();
  }

  // An export carries each segment's revision in the Metadata module and stays schema-valid.
  @Test
  void theExportCarriesRevisionsAndIsValid() {
    TranslatedFiles.store(store, rows, "x-export");
    String xliff = export(api(), "x-export", "ur");
    Xliff.assertValid(xliff);
    assertThat(xliff)
        .contains(
            "<mda:metaGroup category=\"tarjuma\"><mda:meta type=\"revision\">0</mda:meta>",
            "<sc id=\"c1\"/>وزیر<ec startRef=\"c1\"/>");
  }

  // A changed target is stored as the review page stores an edit (tagged, not approved); an
  // unchanged one is reported so; the totals count both.
  @Test
  void aChangedTargetIsStoredAndAnUnchangedOneReported() {
    List<String> ids = TranslatedFiles.store(store, rows, "x-edit");
    String file = retarget(export(api(), "x-edit", "ur"), ids.get(0), MINISTER);

    JsonNode report = report(upload(api(), "x-edit", "ur", file, null));

    assertThat(line(report, ids.get(0)).get("status").asString()).isEqualTo("updated");
    assertThat(line(report, ids.get(0)).get("unit").asString()).isEqualTo("u" + ids.get(0));
    assertThat(line(report, ids.get(1)).get("status").asString()).isEqualTo("unchanged");
    assertThat(report.get("totals").get("updated").asInt()).isEqualTo(1);
    assertThat(report.get("totals").get("unchanged").asInt()).isEqualTo(2);
    assertThat(report.get("approve").asBoolean()).isFalse();
    JobSegments.Stored now = stored("x-edit", "ur", 0);
    assertThat(now.segment().target())
        .isEqualTo(normalized("ur", "<1>وزیرِ خارجہ</1> پیر کو گئے۔"));
    assertThat(now.review().version()).isEqualTo(1);
    assertThat(now.review().review()).isNull();
    assertThat(now.review().reviewedBy()).isEqualTo("admin key");
  }

  // approve=true approves what the file holds: written as approved, exported final, and the
  // approved text is translation memory for the segment's source.
  @Test
  void approvingMakesTranslationMemory() {
    List<String> ids = TranslatedFiles.store(store, rows, "x-approve");
    String file = retarget(export(api(), "x-approve", "ur"), ids.get(0), MINISTER);

    JsonNode report = report(upload(api(), "x-approve", "ur", file, "approve=true"));

    assertThat(report.get("approve").asBoolean()).isTrue();
    assertThat(line(report, ids.get(0)).get("approved").asBoolean()).isTrue();
    assertThat(line(report, ids.get(2)).get("status").asString()).isEqualTo("unchanged");
    assertThat(line(report, ids.get(2)).get("approved").asBoolean()).isTrue();
    assertThat(report.get("totals").get("approved").asInt()).isEqualTo(3);
    assertThat(stored("x-approve", "ur", 0).review().review()).isEqualTo("approved");
    assertThat(memory.exact("en", "ur", "The <1>minister</1> left on Monday."))
        .hasValueSatisfying(
            unit ->
                assertThat(unit.target())
                    .isEqualTo(normalized("ur", "<1>وزیرِ خارجہ</1> پیر کو گئے۔")));
    assertThat(export(api(), "x-approve", "ur")).contains("state=\"final\"");
    JsonNode again = report(upload(api(), "x-approve", "ur", file, "approve=true"));
    assertThat(line(again, ids.get(0)).get("approved").asBoolean()).isFalse();
    assertThat(line(again, ids.get(0)).get("reason").asString()).isEqualTo("Already approved.");
  }

  // A segment changed in Tarjuma after the export is reported stale and keeps its text; the
  // file exported after the change applies.
  @Test
  void aSegmentChangedSinceTheExportIsStaleAndNotOverwritten() {
    List<String> ids = TranslatedFiles.store(store, rows, "x-stale");
    String file = retarget(export(api(), "x-stale", "ur"), ids.get(1), "بات چیت ختم ہوئی۔");
    assertThat(rows.review("x-stale", "ur", 1, 0, "مذاکرات تمام ہوئے۔", List.of(), null, "zara"))
        .isTrue();

    JsonNode report = report(upload(api(), "x-stale", "ur", file, null));

    assertThat(line(report, ids.get(1)).get("status").asString()).isEqualTo("stale");
    assertThat(line(report, ids.get(1)).get("reason").asString()).contains("revision 0, now 1");
    assertThat(stored("x-stale", "ur", 1).segment().target()).isEqualTo("مذاکرات تمام ہوئے۔");
    String fresh = retarget(export(api(), "x-stale", "ur"), ids.get(1), "بات چیت ختم ہوئی۔");
    assertThat(
            line(report(upload(api(), "x-stale", "ur", fresh, null)), ids.get(1))
                .get("status")
                .asString())
        .isEqualTo("updated");
  }

  // Sent as application/xml without revisions (a tool dropped the module), a unit applies where
  // nobody edited the segment since the engine's draft and is stale where someone did.
  @Test
  void withoutRevisionsOnlyUntouchedSegmentsApply() {
    List<String> ids = TranslatedFiles.store(store, rows, "x-norev");
    String file = retarget(export(api(), "x-norev", "ur"), ids.get(0), MINISTER);
    file =
        retarget(file, ids.get(1), "بات چیت ختم ہوئی۔")
            .replaceAll("<mda:metadata>.*?</mda:metadata>", "");
    assertThat(rows.review("x-norev", "ur", 1, 0, "مذاکرات تمام ہوئے۔", List.of(), null, "zara"))
        .isTrue();

    JsonNode report =
        report(
            api()
                .send(
                    HttpRequest.newBuilder(api().uri("/api/v1/jobs/x-norev/result/ur"))
                        .header("Content-Type", "application/xml")
                        .POST(HttpRequest.BodyPublishers.ofString(file))
                        .build()));

    assertThat(line(report, ids.get(0)).get("status").asString()).isEqualTo("updated");
    assertThat(line(report, ids.get(1)).get("status").asString()).isEqualTo("stale");
    assertThat(line(report, ids.get(1)).get("reason").asString()).contains("revision unknown");
  }

  // A unit whose segment Tarjuma has not translated yet is refused, not unknown.
  @Test
  void aSegmentNotYetTranslatedIsRefused() {
    List<String> ids = TranslatedFiles.store(store, rows, "x-pending");
    String file = retarget(export(api(), "x-pending", "ur"), ids.get(2), "بارش برسی۔");
    jdbc.update("DELETE FROM job_segment WHERE job_id = 'x-pending' AND position = 2");

    JsonNode line = line(report(upload(api(), "x-pending", "ur", file, null)), ids.get(2));

    assertThat(line.get("status").asString()).isEqualTo("refused");
    assertThat(line.get("reason").asString()).contains("Not translated in Tarjuma yet");
  }

  // Each unit that cannot be applied is refused with its reason while the others apply.
  @Test
  void unitsThatCannotApplyAreRefusedOneByOne() {
    List<String> ids = TranslatedFiles.store(store, rows, "x-refuse");
    String file = export(api(), "x-refuse", "ur");
    String lostCode = retarget(file, ids.get(0), "وزیر پیر کو گئے۔");
    String inventedCode =
        retarget(file, ids.get(0), "<sc id=\"c1\"/>وزیر<ec startRef=\"c1\"/><ph id=\"x9\"/>");
    String mixed =
        retarget(file, ids.get(1), "")
            .replace("The talks ended.</source>", "The talks stopped.</source>")
            .replace("u" + ids.get(2), "u00ff00ff00ff00ff");
    mixed = retarget(mixed, "00ff00ff00ff00ff", "بارش ہوئی۔");
    mixed = retarget(mixed, ids.get(0), MINISTER);

    assertThat(
            line(report(upload(api(), "x-refuse", "ur", lostCode, null)), ids.get(0))
                .get("reason")
                .asString())
        .contains("<1> is lost", "</1> is lost");
    assertThat(
            line(report(upload(api(), "x-refuse", "ur", inventedCode, null)), ids.get(0))
                .get("reason")
                .asString())
        .contains("<ph id=\"x9\"/>");
    JsonNode report = report(upload(api(), "x-refuse", "ur", mixed, null));
    assertThat(line(report, ids.get(1)).get("reason").asString()).contains("source differs");
    assertThat(line(report, "u00ff00ff00ff00ff").get("status").asString()).isEqualTo("unknown");
    assertThat(line(report, ids.get(0)).get("status").asString()).isEqualTo("updated");
    assertThat(stored("x-refuse", "ur", 1).segment().target())
        .isEqualTo(normalized("ur", TranslatedFiles.URDU.get(1)));
    String emptied = retarget(export(api(), "x-refuse", "ur"), ids.get(2), "");
    assertThat(
            line(report(upload(api(), "x-refuse", "ur", emptied, null)), ids.get(2))
                .get("reason")
                .asString())
        .contains("target is empty");
  }

  // The same upload as a form's field "file"; a form without it is a 400.
  @Test
  void aFormFieldFileIsTheSameUpload() {
    List<String> ids = TranslatedFiles.store(store, rows, "x-form");
    String file = retarget(export(api(), "x-form", "ur"), ids.get(0), MINISTER);
    String boundary = "tarjuma-boundary";
    String form =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ur.xlf\""
            + "\r\nContent-Type: application/xliff+xml\r\n\r\n"
            + file
            + "\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> response =
        api()
            .send(
                HttpRequest.newBuilder(api().uri("/api/v1/jobs/x-form/result/ur"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build());
    assertThat(line(report(response), ids.get(0)).get("status").asString()).isEqualTo("updated");
    HttpResponse<String> noFile =
        api()
            .send(
                HttpRequest.newBuilder(api().uri("/api/v1/jobs/x-form/result/ur"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString("--" + boundary + "--\r\n"))
                    .build());
    ApiClient.assertProblem(noFile, 400, "file");
  }
}
