package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.testing.ApiClient.assertProblem;
import static org.tarjuma.testing.ApiClient.json;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.Fixtures;
import tools.jackson.databind.JsonNode;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:glossary;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class GlossaryApiTest {

  @LocalServerPort int port;
  private ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void searchFindsTheDurandLineWithItsThreeForms() {
    JsonNode page = json(api.get("/api/v1/glossary/terms?q=Durand"));
    assertThat(page.get("total").asInt()).isEqualTo(1);
    JsonNode durand = page.get("items").get(0);
    assertThat(durand.get("id").asString()).isEqualTo("durand-line");
    JsonNode targets = durand.get("targets");
    assertThat(targets.get("ur").get("preferred").asString()).isEqualTo("ڈیورنڈ لائن");
    assertThat(targets.get("ps").get("preferred").asString()).isEqualTo("ډیورنډ کرښه");
    assertThat(targets.get("prs").get("preferred").asString()).isEqualTo("خط دیورند");
  }

  @Test
  void searchByTargetFormLanguageStatusAndPages() {
    assertThat(
            json(api.get("/api/v1/glossary/terms?q=کندهار&lang=ps"))
                .get("items")
                .get(0)
                .get("id")
                .asString())
        .isEqualTo("kandahar");
    JsonNode proposed =
        json(api.get("/api/v1/glossary/terms?lang=ps&status=proposed&size=5&page=1"));
    assertThat(proposed.get("items")).hasSize(5);
    assertThat(proposed.get("page").asInt()).isEqualTo(1);
    for (JsonNode item : proposed.get("items")) {
      assertThat(item.get("targets").get("ps").get("status").asString()).isEqualTo("PROPOSED");
    }
    assertProblem(
        api.get("/api/v1/glossary/terms?status=final"),
        400,
        "Accepted: proposed, approved, deprecated");
    assertProblem(api.get("/api/v1/glossary/terms?size=0"), 400, "size between 1 and 500");
    assertProblem(api.get("/api/v1/glossary/terms?lang=fr"), 400, "Unknown language 'fr'");
  }

  @Test
  void entryByIdOr404() {
    assertThat(
            json(api.get("/api/v1/glossary/terms/ispr"))
                .get("english")
                .get("preferred")
                .get("text")
                .asString())
        .isEqualTo("Inter-Services Public Relations");
    assertProblem(api.get("/api/v1/glossary/terms/nothing"), 404, "no glossary entry 'nothing'");
  }

  /** A form's curated grammar reads as the README shows it: its choice and its cells, no more. */
  @Test
  void anEntryShowsWhatCuratorsSetOfItsFormsGrammar() {
    JsonNode paradigm =
        json(api.get("/api/v1/glossary/terms/durand-line")).at("/targets/ps/paradigms/ډیورنډ کرښه");
    assertThat(paradigm.propertyNames()).containsExactly("inflects", "cells");
    assertThat(paradigm.get("inflects").asString()).isEqualTo("INFLECTS");
    assertThat(paradigm.get("cells").propertyNames()).containsExactly("pl.dir", "pl.obl");
    assertThat(paradigm.get("cells").get("pl.obl")).isEmpty();
  }

  @Test
  void matchFindsTheSeedsTerms() {
    List<String> found = new ArrayList<>();
    String body =
        ApiClient.JSON
            .createObjectNode()
            .put("text", Fixtures.seedArticle())
            .put("lang", "en")
            .toString();
    JsonNode answer = json(api.post("/api/v1/glossary/match", body));
    answer
        .get("matches")
        .forEach(m -> found.add(m.get("entryId").asString() + "=" + m.get("text").asString()));
    assertThat(found)
        .contains("ispr=ISPR", "ttp=TTP’s", "durand-line=Durand Line", "kandahar=Kandahar");
    JsonNode first = answer.get("matches").get(0);
    assertThat(
            Fixtures.seedArticle().substring(first.get("start").asInt(), first.get("end").asInt()))
        .isEqualTo(first.get("text").asString());
    assertThat(first.get("revision").asInt()).isEqualTo(1);
  }

  @Test
  void theReadmeExampleAnswersAsTheReadmeSays() {
    String body =
        "{\"text\": \"The TTP’s attacks along the Durand Line drew an ISPR statement.\", \"lang\": \"en\"}";
    JsonNode matches = json(api.post("/api/v1/glossary/match", body)).get("matches");
    assertThat(matches).hasSize(3);
    assertThat(matches.get(0).get("start").asInt()).isEqualTo(4);
    assertThat(matches.get(0).get("end").asInt()).isEqualTo(9);
    assertThat(matches.get(0).get("text").asString()).isEqualTo("TTP’s");
    assertThat(matches.get(0).get("entryId").asString()).isEqualTo("ttp");
    assertThat(matches.get(1).get("entryId").asString()).isEqualTo("durand-line");
    assertThat(matches.get(2).get("entryId").asString()).isEqualTo("ispr");
  }

  @Test
  void matchFindsTargetFormsWithTheirKind() {
    String body = "{\"text\":\"پاکستان اور اسلامی ریاست\",\"lang\":\"ur-PK\"}";
    JsonNode answer = json(api.post("/api/v1/glossary/match", body));
    assertThat(answer.get("lang").asString()).isEqualTo("ur");
    JsonNode matches = answer.get("matches");
    assertThat(matches).hasSize(2);
    assertThat(matches.get(0).get("entryId").asString()).isEqualTo("pakistan");
    assertThat(matches.get(0).get("kind").asString()).isEqualTo("PREFERRED");
    assertThat(matches.get(1).get("entryId").asString()).isEqualTo("islamic-state");
    assertThat(matches.get(1).get("kind").asString()).isEqualTo("FORBIDDEN");
    assertThat(matches.get(1).get("form").asString()).isEqualTo("اسلامی ریاست");
  }

  @Test
  void matchRefusesMissingTextOrUnknownLanguage() {
    assertProblem(api.post("/api/v1/glossary/match", "{\"lang\":\"en\"}"), 400, "'text'");
    assertProblem(
        api.post("/api/v1/glossary/match", "{\"text\":\"x\",\"lang\":\"fa\"}"),
        400,
        "Unknown language 'fa'");
  }
}
