package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.glossary.GlossaryCsvLayoutsTest.fixture;
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

/**
 * Crowdin's, Weblate's and OmegaT's glossary files through the import API (fixtures and their
 * sources: {@link GlossaryCsvLayoutsTest}); a database of its own, as real imports change entries.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:layouts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class GlossaryLayoutsImportTest {

  @LocalServerPort int port;
  private ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  private HttpResponse<String> upload(String query, byte[] file) {
    return api.send(
        HttpRequest.newBuilder(api.uri("/api/v1/glossary/import?format=csv&" + query))
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofByteArray(file))
            .build());
  }

  private JsonNode entry(String id) {
    return json(api.get("/api/v1/glossary/terms/" + id));
  }

  /**
   * Crowdin's export, whose forms are the glossary's: a dry run finds its entries unchanged and
   * lists its warnings; the real import keeps their status.
   */
  @Test
  void crowdinsExportImports() {
    JsonNode dry = json(upload("dryRun=true", fixture("crowdin.csv")));
    assertThat(dry.get("dryRun").asBoolean()).isTrue();
    assertThat(dry.get("conflicts")).isEmpty();
    assertThat(dry.get("changed")).isEmpty();
    assertThat(dry.get("unchanged"))
        .extracting(JsonNode::asString)
        .containsExactly("parwan", "baghlan");
    assertThat(dry.get("warnings")).hasSize(3);
    JsonNode real = json(upload("dryRun=false", fixture("crowdin.csv")));
    assertThat(real.get("dryRun").asBoolean()).isFalse();
    assertThat(real.get("warnings")).hasSize(3);
    assertThat(entry("parwan").get("targets").get("ur").get("status").asString())
        .isEqualTo("APPROVED");
  }

  /** Weblate's CSV with lang=ur-PK: its Urdu forms are the glossary's, so nothing changes. */
  @Test
  void weblatesCsvImportsIntoTheLanguageNamed() {
    JsonNode dry = json(upload("lang=ur-PK", fixture("weblate-ur.csv")));
    assertThat(dry.get("changed")).isEmpty();
    assertThat(dry.get("unchanged"))
        .extracting(JsonNode::asString)
        .containsExactly("zabul", "laghman");
    assertThat(dry.get("warnings")).hasSize(6);
  }

  /** OmegaT's glossary with lang=ps: its Pashto forms are the glossary's, so nothing changes. */
  @Test
  void omegatsGlossaryImportsIntoTheLanguageNamed() {
    JsonNode dry = json(upload("lang=ps", fixture("omegat-ps.txt")));
    assertThat(dry.get("changed")).isEmpty();
    assertThat(dry.get("unchanged"))
        .extracting(JsonNode::asString)
        .containsExactly("zabul", "kapisa");
    assertThat(dry.get("warnings").get(0).asString()).isEqualTo("column 3 (comment) is not read");
  }

  /**
   * A one-language file fills its language of the entry it names, by id or by an English variant,
   * and leaves the rest; a second language's file then adds to the same entry.
   */
  @Test
  void aOneLanguageFileChangesOnlyItsLanguageOfTheEntryItNames() {
    JsonNode before = entry("durand-line");
    byte[] pashto = "Durand frontier\tډیورنډ لاین\n".getBytes(StandardCharsets.UTF_8);
    JsonNode dry = json(upload("lang=ps", pashto));
    assertThat(dry.get("added")).isEmpty();
    assertThat(dry.get("changed").get(0).get("id").asString()).isEqualTo("durand-line");
    assertThat(dry.get("changed").get(0).get("changes"))
        .extracting(JsonNode::asString)
        .allMatch(change -> change.startsWith("targets.ps"));
    json(upload("lang=ps&dryRun=false", pashto));
    byte[] urdu = "Durand Line\tڈیورنڈ لائن\n".getBytes(StandardCharsets.UTF_8);
    assertThat(json(upload("lang=ur", urdu)).get("unchanged")).hasSize(1);
    JsonNode after = entry("durand-line");
    assertThat(after.at("/targets/ps/preferred").asString()).isEqualTo("ډیورنډ لاین");
    assertThat(after.at("/targets/ps/status").asString()).isEqualTo("PROPOSED");
    assertThat(after.at("/targets/ur")).isEqualTo(before.at("/targets/ur"));
    assertThat(after.at("/targets/prs")).isEqualTo(before.at("/targets/prs"));
    assertThat(after.get("english")).isEqualTo(before.get("english"));
  }

  /** Without lang, with one that is no target, or with an unknown header: 400 saying what. */
  @Test
  void whatCannotBeReadIsA400ThatSaysWhy() {
    assertProblem(upload("", fixture("weblate-ur.csv")), 400, "send lang=ur, ps or prs");
    assertProblem(upload("", fixture("omegat-ps.txt")), 400, "an OmegaT glossary");
    assertProblem(upload("lang=en", fixture("omegat-ps.txt")), 400, "ur, ps or prs, not 'en'");
    assertProblem(upload("lang=xx", fixture("omegat-ps.txt")), 400, "Unknown language 'xx'");
    HttpResponse<String> unknown =
        upload("", "term,translation\nKabul,کابل\n".getBytes(StandardCharsets.UTF_8));
    assertProblem(unknown, 400, "Crowdin's glossary export (Term [en] and Term [ur]");
    assertThat(json(unknown).get("detail").asString())
        .contains("Weblate's CSV (location, source, target", "OmegaT's glossary (tab-separated");
    byte[] badRow = "Zabul\tزابل\nKapisa\n".getBytes(StandardCharsets.UTF_8);
    assertProblem(upload("lang=ps&dryRun=false", badRow), 400, "line 2: no tab between");
  }
}
