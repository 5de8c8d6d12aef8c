package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.job.TranslatedFiles.export;
import static org.tarjuma.job.TranslatedFiles.retarget;
import static org.tarjuma.job.TranslatedFiles.upload;
import static org.tarjuma.testing.ApiClient.assertProblem;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tarjuma.testing.ApiClient;

/** Uploads refused as a whole: who may not, and files that are not this job's XLIFF 2. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:xliff-upload;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class XliffUploadRefusalTest {

  @LocalServerPort int port;
  @Autowired JobStore store;
  @Autowired JobSegments rows;

  ApiClient api() {
    return new ApiClient(port);
  }

  private String changed(String job, List<String> ids) {
    return retarget(export(api(), job, "ur"), ids.get(1), "بات چیت ختم ہوئی۔");
  }

  private void assertNothingApplied(String job) {
    assertThat(rows.reviewed(job, "ur")).allSatisfy(s -> assertThat(s.review().version()).isZero());
  }

  // A translator uploads only their languages (403 problem otherwise); outlets and curators not
  // at all.
  @Test
  void onlyTheCallersLanguages() {
    List<String> ids = TranslatedFiles.store(store, rows, "r-roles");
    String file = changed("r-roles", ids);
    ApiClient pashto = api().as(TranslatedFiles.translatorKey(api(), "ps"));
    assertProblem(upload(pashto, "r-roles", "ur", file, null), 403, "may not edit Urdu");
    String outlet =
        ApiClient.json(
                api()
                    .post(
                        "/api/v1/keys",
                        "{\"label\": \"o\", \"role\": \"outlet\", \"outlet\": \"dawn\"}"))
            .get("key")
            .asString();
    assertProblem(upload(api().as(outlet), "r-roles", "ur", file, null), 403, "outlet");
    assertNothingApplied("r-roles");
    ApiClient urdu = api().as(TranslatedFiles.translatorKey(api(), "ur"));
    assertThat(upload(urdu, "r-roles", "ur", file, "approve=true").statusCode()).isEqualTo(200);
    assertThat(rows.one("r-roles", "ur", 1).orElseThrow().review().reviewedBy())
        .startsWith("cat-tool");
  }

  // A file for another language, another source language or another job is refused whole.
  @Test
  void anotherLanguageOrJobIsRefused() {
    List<String> ids = TranslatedFiles.store(store, rows, "r-file");
    String file = changed("r-file", ids);
    assertProblem(upload(api(), "r-file", "ps", file, null), 400, "trgLang is 'ur'");
    assertProblem(
        upload(api(), "r-file", "ur", file.replace("srcLang=\"en\"", "srcLang=\"fr\""), null),
        400,
        "srcLang is 'fr'");
    assertProblem(
        upload(
            api(), "r-file", "ur", file.replace("tarjuma-job-r-file", "tarjuma-job-other"), null),
        400,
        "exported from job other");
    assertProblem(upload(api(), "r-file", "prs", file, null), 404, "not prs");
    assertProblem(upload(api(), "nope", "ur", file, null), 404, "no job nope");
    assertNothingApplied("r-file");
  }

  // Hostile and foreign files are 400 problems that say what is wrong; nothing is applied.
  @Test
  void hostileFilesAreExplained() {
    List<String> ids = TranslatedFiles.store(store, rows, "r-hostile");
    String file = changed("r-hostile", ids);
    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
            + file.substring(file.indexOf("<xliff")).replace("وزیر", "&b;");
    assertProblem(upload(api(), "r-hostile", "ur", laughs, null), 400, "DOCTYPE");
    assertProblem(upload(api(), "r-hostile", "ur", "not xml at all", null), 400, "well-formed");
    assertProblem(
        upload(
            api(),
            "r-hostile",
            "ur",
            file.replace("<source>", "<g>".repeat(80) + "<source>"),
            null),
        400,
        "nested deeper");
    assertProblem(
        upload(
            api(),
            "r-hostile",
            "ur",
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"/>",
            null),
        400,
        "XLIFF 1.2");
    assertProblem(
        upload(api(), "r-hostile", "ur", file + " ".repeat(1024 * 1024), null),
        413,
        "larger than the limit");
    assertNothingApplied("r-hostile");
  }

  // Randomly damaged exports never get a server error.
  @Test
  void damagedFilesNeverGetAServerError() {
    List<String> ids = TranslatedFiles.store(store, rows, "r-fuzz");
    String file = changed("r-fuzz", ids);
    String[] pieces = {
      "<",
      "&",
      "</target>",
      "<ph id=\"p1\"/>",
      "<pc id=\"c1\">",
      "<unit id=\"u\">",
      "<segment>",
      "\u0000",
      "<!DOCTYPE x>",
      "<mda:meta type=\"revision\">-1</mda:meta>",
      ""
    };
    Random random = new Random(19);
    for (int i = 0; i < 60; i++) {
      int at = random.nextInt(file.length());
      int cut = Math.min(file.length(), at + random.nextInt(30));
      String damaged =
          file.substring(0, at) + pieces[random.nextInt(pieces.length)] + file.substring(cut);
      HttpResponse<String> response = upload(api(), "r-fuzz", "ur", damaged, null);
      assertThat(response.statusCode()).as(damaged).isIn(200, 400);
    }
  }
}
