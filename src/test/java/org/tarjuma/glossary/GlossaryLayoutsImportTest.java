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

  /** Crowdin's export: a dry run lists its entries and warnings; the real import writes them. */
  @Test
  void crowdinsExportImports() {
    JsonNode dry = json(upload("dryRun=true", fixture("crowdin.csv")));
    assertThat(dry.get("dryRun").asBoolean()).isTrue();
    assertThat(dry.get("conflicts")).isEmpty();
    assertThat(dry.get("changed"))
        .extracting(c -> c.get("id").asString())
        .containsExactly("parwan", "baghlan");
    assertThat(dry.get("warnings")).hasSize(3);
    assertThat(entry("parwan").get("targets").get("ur").get("status").asString())
        .isEqualTo("APPROVED");
    JsonNode real = json(upload("dryRun=false", fixture("crowdin.csv")));
    assertThat(real.get("dryRun").asBoolean()).isFalse();
    assertThat(real.get("warnings")).hasSize(3);
    assertThat(entry("parwan").get("targets").get("ur").get("status").asString())
        .isEqualTo("PROPOSED");
  }

  /** Weblate's CSV with lang=ur-PK: a dry run, then the real import, of its Urdu forms. */
  @Test
  void weblatesCsvImportsIntoTheLanguageNamed() {
    JsonNode dry = json(upload("lang=ur-PK", fixture("weblate-ur.csv")));
    assertThat(dry.get("changed"))
        .extracting(c -> c.get("id").asString())
        .containsExactly("zabul", "laghman");
    assertThat(dry.get("warnings")).hasSize(6);
    json(upload("lang=ur&dryRun=false", fixture("weblate-ur.csv")));
    JsonNode laghman = entry("laghman").get("targets");
    assertThat(laghman.get("ur").get("preferred").asString()).isEqualTo("لغمان");
    assertThat(laghman.get("ur").get("status").asString()).isEqualTo("PROPOSED");
  }

  /** OmegaT's glossary with lang=ps: a dry run, then the real import, of its Pashto forms. */
  @Test
  void omegatsGlossaryImportsIntoTheLanguageNamed() {
    JsonNode dry = json(upload("lang=ps", fixture("omegat-ps.txt")));
    assertThat(dry.get("changed"))
        .extracting(c -> c.get("id").asString())
        .containsExactly("zabul", "kapisa");
    assertThat(dry.get("warnings").get(0).asString()).isEqualTo("column 3 (comment) is not read");
    json(upload("lang=ps&dryRun=false", fixture("omegat-ps.txt")));
    assertThat(entry("kapisa").get("targets").get("ps").get("status").asString())
        .isEqualTo("PROPOSED");
  }

  /**
   * A one-language file replaces the entry of its English term whole, as the plain CSV does
   * (ImportPlan): the dry run lists the other languages' forms and the English details as removed.
   */
  @Test
  void aOneLanguageFileReplacesTheEntryOfItsEnglishTerm() {
    byte[] omegat = "Nimroz\tنیمروز\n".getBytes(StandardCharsets.UTF_8);
    JsonNode dry = json(upload("lang=ps", omegat));
    assertThat(dry.get("changed").get(0).get("id").asString()).isEqualTo("nimroz");
    assertThat(dry.get("changed").get(0).get("changes"))
        .extracting(JsonNode::asString)
        .containsExactlyInAnyOrder(
            "english.partOfSpeech: properNoun → ",
            "english.domains: [provinces] → []",
            "targets.ps.status: APPROVED → PROPOSED",
            "targets.ur removed",
            "targets.prs removed");
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
