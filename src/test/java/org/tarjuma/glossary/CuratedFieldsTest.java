package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.glossary.GlossaryCsvLayoutsTest.fixture;
import static org.tarjuma.testing.ApiClient.assertProblem;
import static org.tarjuma.testing.ApiClient.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.PageSession;
import tools.jackson.databind.JsonNode;

/**
 * Curated fields refuse NUL, the other control characters and the bidi controls, naming the field,
 * the character and its offset, through the API, the page and every import; nothing is written.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:curated-fields;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class CuratedFieldsTest {

  private static final String RLO = "U+202E RIGHT-TO-LEFT OVERRIDE";

  @LocalServerPort int port;
  private ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  private HttpResponse<String> create(String english, String note, String domain, String ur) {
    String body =
        """
        {"english": {"preferred": {"text": %s}, "domains": [%s], "note": %s},
         "targets": {"ur": {"preferred": %s, "status": "PROPOSED"}}}
        """
            .formatted(quoted(english), quoted(domain), quoted(note), quoted(ur));
    return api.post("/api/v1/glossary/terms", body);
  }

  private static String quoted(String text) {
    return ApiClient.JSON.writeValueAsString(text);
  }

  private HttpResponse<String> upload(String query, String file) {
    return api.send(
        HttpRequest.newBuilder(api.uri("/api/v1/glossary/import?" + query))
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofString(file, StandardCharsets.UTF_8))
            .build());
  }

  private int status(String id) {
    return api.get("/api/v1/glossary/terms/" + id).statusCode();
  }

  @Test
  void theApiRefusesControlsInEveryKindOfFieldAndNamesThem() {
    assertProblem(
        create("Koh Safi", "Note \u202Eevil", "places", "کوہ صافی"),
        400,
        "english.note: " + RLO + " at offset 5 is not allowed");
    assertProblem(
        create("Koh Safi", "", "places", "کوہ\u0000 صافی"),
        400,
        "targets.ur.preferred: U+0000 NULL at offset 3 is not allowed");
    assertProblem(
        create("Koh\u2066 Safi", "", "places", "کوہ صافی"),
        400,
        "english.preferred.text: U+2066 LEFT-TO-RIGHT ISOLATE at offset 3");
    assertProblem(
        create("Koh Safi", "", "pla\u0085ces", "کوہ صافی"),
        400,
        "english.domains[0]: U+0085 NEXT LINE (NEL) at offset 3");
    assertThat(status("koh-safi")).isEqualTo(404);

    // Line breaks in a note, and Dari's zero-width non-joiner in a form, are kept.
    String dari =
        """
        {"english": {"preferred": {"text": "Koh Safi"}, "note": "First line.\\nSecond line."},
         "targets": {"prs": {"preferred": "کوه\u200Cصافی", "status": "PROPOSED"}}}
        """;
    assertThat(api.post("/api/v1/glossary/terms", dari).statusCode()).isEqualTo(201);
    assertThat(json(api.get("/api/v1/glossary/terms/koh-safi")).get("targets").toString())
        .contains("کوه\u200Cصافی");
  }

  @Test
  void csvAndTbxImportsReportTheFieldAndWriteNothing() {
    JsonNode before = json(api.get("/api/v1/glossary/terms/durand-line"));
    String csv = api.get("/api/v1/glossary/export?format=csv").body();
    String badCsv =
        csv.lines()
            .map(
                l ->
                    l.startsWith("durand-line,")
                        ? l.replaceFirst("Durand Line", "Durand\u202E Line")
                        : l)
            .reduce((a, b) -> a + "\n" + b)
            .orElseThrow();
    assertThat(badCsv).isNotEqualTo(csv);
    JsonNode dry = json(upload("format=csv&dryRun=true", badCsv));
    assertThat(dry.get("conflicts").get(0).get("problem").asString())
        .contains(RLO + " at offset 6 is not allowed");
    assertThat(upload("format=csv&dryRun=false", badCsv).statusCode()).isEqualTo(409);

    String tbx = api.get("/api/v1/glossary/export?format=tbx").body();
    String badTbx = tbx.replaceFirst(">Durand Line<", ">Durand&#x2067; Line<");
    assertThat(badTbx).isNotEqualTo(tbx);
    JsonNode tbxDry = json(upload("format=tbx&dryRun=true", badTbx));
    assertThat(tbxDry.get("conflicts").get(0).get("problem").asString())
        .contains("U+2067 RIGHT-TO-LEFT ISOLATE at offset 6 is not allowed");
    assertThat(upload("format=tbx&dryRun=false", badTbx).statusCode()).isEqualTo(409);
    assertThat(json(api.get("/api/v1/glossary/terms/durand-line"))).isEqualTo(before);
  }

  @Test
  void aOneLanguageLayoutIsCheckedToo() {
    String weblate = new String(fixture("weblate-ur.csv"), StandardCharsets.UTF_8);
    String bad = weblate.replace("\"زابل\"", "\"زا\u200Fبل\"");
    assertThat(bad).isNotEqualTo(weblate);
    JsonNode dry = json(upload("format=csv&lang=ur&dryRun=true", bad));
    assertThat(dry.get("conflicts").toString())
        .contains("targets.ur.preferred: U+200F RIGHT-TO-LEFT MARK at offset 2 is not allowed");
    assertThat(upload("format=csv&lang=ur&dryRun=false", bad).statusCode()).isEqualTo(409);
  }

  @Test
  void thePageShowsTheRefusalAndAddsNothing() {
    api.post(
        "/api/v1/users",
        "{\"username\": \"curator-c\", \"password\": \"curator-c-strong-password\","
            + " \"role\": \"curator\"}");
    PageSession curator = PageSession.signIn(port, "curator-c", "curator-c-strong-password");
    HttpResponse<String> page =
        curator.post(
            "/glossary/new", Map.of("english", "Koh\u202EBaba", "preferred.ur", "کوہ بابا"));
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body())
        .contains("english.preferred.text: " + RLO + " at offset 3 is not allowed");
    assertThat(status("koh-baba")).isEqualTo(404);
  }
}
