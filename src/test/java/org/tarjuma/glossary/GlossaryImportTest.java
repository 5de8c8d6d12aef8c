package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.testing.ApiClient.assertProblem;
import static org.tarjuma.testing.ApiClient.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tarjuma.testing.ApiClient;
import tools.jackson.databind.JsonNode;

/** Export, and import with a dry-run diff; a real import is all or nothing. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:importing;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class GlossaryImportTest {

  @LocalServerPort int port;
  private ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  private HttpResponse<String> upload(String query, byte[] file) {
    return api.send(
        HttpRequest.newBuilder(api.uri("/api/v1/glossary/import?" + query))
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(file))
            .build());
  }

  private int total() {
    return json(api.get("/api/v1/glossary/terms?size=1")).get("total").asInt();
  }

  @Test
  void exportedFilesImportAsUnchanged() {
    HttpResponse<String> tbx = api.get("/api/v1/glossary/export?format=tbx");
    assertThat(tbx.statusCode()).isEqualTo(200);
    assertThat(tbx.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"glossary.tbx\"");
    JsonNode report = json(upload("format=tbx", tbx.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(report.get("dryRun").asBoolean()).isTrue();
    assertThat(report.get("unchanged")).hasSize(total());
    assertThat(report.get("added")).isEmpty();
    assertThat(report.get("changed")).isEmpty();
    assertThat(report.get("conflicts")).isEmpty();
    HttpResponse<String> csv = api.get("/api/v1/glossary/export?format=csv");
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(
            json(upload("format=csv", csv.body().getBytes(StandardCharsets.UTF_8)))
                .get("unchanged"))
        .hasSize(total());
  }

  /**
   * The TBX-Basic export validates against TBX-Basic's schemas and imports back unchanged; edited
   * elsewhere and imported, only the edit changes: the entry keeps its status and paradigms.
   */
  @Test
  void theTbxBasicExportIsValidAndComesBackWithOnlyItsEdits() {
    HttpResponse<String> export = api.get("/api/v1/glossary/export?format=tbx-basic");
    assertThat(export.statusCode()).isEqualTo(200);
    byte[] basic = export.body().getBytes(StandardCharsets.UTF_8);
    assertThat(TbxSchemas.relaxNgErrors(basic, TbxSchemas.CORE_RNG)).isEmpty();
    assertThat(TbxSchemas.schematronFailures(basic, TbxSchemas.BASIC_DCA_SCH)).isEmpty();
    JsonNode unchanged = json(upload("format=tbx", basic));
    assertThat(unchanged.get("unchanged")).hasSize(total());
    assertThat(unchanged.get("changed")).isEmpty();
    JsonNode before = json(api.get("/api/v1/glossary/terms/durand-line"));
    String edited =
        export.body().replace("<term>Durand frontier</term>", "<term>Durand border</term>");
    JsonNode applied =
        json(upload("format=tbx&dryRun=false", edited.getBytes(StandardCharsets.UTF_8)));
    assertThat(applied.get("changed")).hasSize(1);
    assertThat(applied.get("changed").get(0).toString()).contains("durand-line");
    JsonNode after = json(api.get("/api/v1/glossary/terms/durand-line"));
    assertThat(after.at("/english/variants/0/text").asString()).isEqualTo("Durand border");
    assertThat(after.get("targets")).isEqualTo(before.get("targets"));
    assertThat(after.at("/english/partOfSpeech")).isEqualTo(before.at("/english/partOfSpeech"));
  }

  @Test
  void aDryRunShowsTheDiffAndARealImportAppliesIt() {
    String csv = api.get("/api/v1/glossary/export?format=csv").body();
    String edited =
        csv.lines()
                .map(
                    line ->
                        line.startsWith("herat,")
                            ? line.replace(",ہرات,,,approved,", ",ہرات,,,proposed,")
                            : line)
                .reduce((a, b) -> a + "\n" + b)
                .orElseThrow()
            + "\nzarghun-ghar,Zarghun Ghar,,,properNoun,mountains,,زرغون غر,,,proposed,no,,,,,,,,,,,,,,,,\n";
    JsonNode dry = json(upload("format=csv&dryRun=true", edited.getBytes(StandardCharsets.UTF_8)));
    assertThat(dry.get("added").get(0).asString()).isEqualTo("zarghun-ghar");
    assertThat(dry.get("changed")).hasSize(1);
    assertThat(dry.get("changed").get(0).get("id").asString()).isEqualTo("herat");
    assertThat(dry.get("changed").get(0).get("changes").get(0).asString())
        .isEqualTo("targets.ur.status: APPROVED → PROPOSED");
    // The field-by-field form is for pages; the API keeps its lines.
    assertThat(dry.get("changed").get(0).has("fields")).isFalse();
    assertThat(
            json(api.get("/api/v1/glossary/terms/herat"))
                .get("targets")
                .get("ur")
                .get("status")
                .asString())
        .isEqualTo("APPROVED");

    int before = total();
    JsonNode real =
        json(upload("format=csv&dryRun=false", edited.getBytes(StandardCharsets.UTF_8)));
    assertThat(real.get("dryRun").asBoolean()).isFalse();
    HttpResponse<String> herat = api.get("/api/v1/glossary/terms/herat");
    assertThat(json(herat).get("targets").get("ur").get("status").asString()).isEqualTo("PROPOSED");
    assertThat(herat.headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(total()).isEqualTo(before + 1);
  }

  @Test
  void anyConflictAndARealImportWritesNothing() {
    String csv =
        "id,english,ur,ur_status\n"
            + "brand-new,Brand New Term,نئی اصطلاح,proposed\n"
            + "kabul-again,KABUL,کابل,approved\n"
            + "bad-script,Bad Script,كتاب,proposed\n";
    JsonNode dry = json(upload("format=csv", csv.getBytes(StandardCharsets.UTF_8)));
    assertThat(dry.get("added").get(0).asString()).isEqualTo("brand-new");
    assertThat(dry.get("conflicts")).hasSize(2);
    assertThat(dry.get("conflicts").get(0).get("problem").asString())
        .contains("is already a term of entry 'kabul'");
    assertThat(dry.get("conflicts").get(1).get("field").asString())
        .isEqualTo("targets.ur.preferred");
    int before = total();
    HttpResponse<String> refused =
        upload("format=csv&dryRun=false", csv.getBytes(StandardCharsets.UTF_8));
    assertProblem(refused, 409, "2 entries cannot be imported; nothing was written");
    assertThat(json(refused).get("conflicts")).hasSize(2);
    assertThat(total()).isEqualTo(before);
    assertProblem(api.get("/api/v1/glossary/terms/brand-new"), 404, "no glossary entry");
  }

  @Test
  void badFilesAre400WithTheLine() {
    assertProblem(
        upload(
            "format=tbx",
            "<tbx>\n<text>\n<body>\n<conceptEntry id=\"x\">\n</tbx>"
                .getBytes(StandardCharsets.UTF_8)),
        400,
        "line 5: not well-formed XML");
    assertProblem(
        upload(
            "format=tbx",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<tbx>&x;</tbx>"
                .getBytes(StandardCharsets.UTF_8)),
        400,
        "a DOCTYPE is not allowed");
    // A plain glossary of language columns: its rows, and what was passed over.
    JsonNode plain =
        json(
            upload(
                "format=csv",
                "en,ps,notes\nTirah Valley,تیراه دره,valley\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(plain.get("added").get(0).asString()).isEqualTo("tirah-valley");
    assertThat(plain.get("warnings").get(0).asString())
        .isEqualTo("column 'notes' is not read (not en, ur, ps or prs)");
    // Well-formed, but no entry in it: refused, never an empty success.
    assertProblem(
        upload(
            "format=tbx",
            "<glossary><item>Kabul</item></glossary>".getBytes(StandardCharsets.UTF_8)),
        400,
        "no conceptEntry (TBX v3) or termEntry (TBX 2008, martif) found: nothing to import");
    assertProblem(
        upload("format=csv", "id,english\nx,\"open quote\n".getBytes(StandardCharsets.UTF_8)),
        400,
        "not valid CSV");
    assertProblem(
        upload("format=csv", "id,english\nx,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)),
        400,
        "line 2: not UTF-8");
    assertProblem(
        upload("format=xlsx", "x".getBytes(StandardCharsets.UTF_8)),
        400,
        "Accepted: tbx, tbx-basic, csv");
    assertProblem(upload("format=csv", new byte[0]), 400, "Send the csv file");
    assertProblem(
        api.get("/api/v1/glossary/export?format=pdf"), 400, "Accepted: tbx, tbx-basic, csv");
    HttpResponse<String> asForm =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/v1/glossary/import?format=csv"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("id,english\nx,X\n"))
                .build());
    assertProblem(asForm, 415, "-H 'Content-Type: text/csv' --data-binary @file");
  }
}
