package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.testing.ApiClient.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tarjuma.testing.ApiClient;
import tools.jackson.databind.JsonNode;

/** Through the API: a formula in a curated field is quoted in the CSV export, and read back. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:csvformula;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class GlossaryCsvFormulaTest {

  @LocalServerPort int port;

  private HttpResponse<String> upload(ApiClient api, String query, String csv) {
    return api.send(
        HttpRequest.newBuilder(api.uri("/api/v1/glossary/import?" + query))
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
            .build());
  }

  /** The export quotes the formulas; importing it again changes nothing, the note as written. */
  @Test
  void aFormulaNoteIsQuotedInTheExportAndImportsBackUnchanged() {
    ApiClient api = new ApiClient(port);
    String note = "=HYPERLINK(\"http://evil.example\",\"see\")";
    String file =
        "id,english,note,ur,ur_status,ur_note\nformula-pass,Formula Pass,\""
            + note.replace("\"", "\"\"")
            + "\",فارمولا درہ,proposed,@SUM(1)\n";
    assertThat(upload(api, "format=csv&dryRun=false", file).statusCode()).isEqualTo(200);
    String export = api.get("/api/v1/glossary/export?format=csv").body();
    assertThat(export)
        .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"see\"\")\"", ",'@SUM(1),")
        .doesNotContain(",\"=HYPERLINK", ",@SUM");
    JsonNode again = json(upload(api, "format=csv", export));
    assertThat(again.get("changed")).isEmpty();
    assertThat(again.get("added")).isEmpty();
    assertThat(again.get("unchanged").toString()).contains("formula-pass");
    assertThat(json(api.get("/api/v1/glossary/terms/formula-pass")).toString())
        .contains("\"note\":\"=HYPERLINK(\\\"http://evil.example\\\",\\\"see\\\")\"")
        .contains("\"note\":\"@SUM(1)\"");
  }
}
