package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.testing.ApiClient.assertProblem;
import static org.tarjuma.testing.ApiClient.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.EventListener;
import org.tarjuma.testing.ApiClient;
import tools.jackson.databind.JsonNode;

/** The curators' API: create, read, update with If-Match, delete, history, events, bad input. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:editing;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class GlossaryEditingTest {

  @TestConfiguration
  static class Events {
    final List<TermChanged> seen = new CopyOnWriteArrayList<>();

    @EventListener
    void on(TermChanged event) {
      seen.add(event);
    }
  }

  @LocalServerPort int port;
  @Autowired Events events;
  @Autowired LiveGlossary glossary;
  @Autowired EntryStore store;
  private ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
    events.seen.clear();
  }

  private static final String NEW_ENTRY =
      """
      {"english": {"preferred": {"text": "Zarghun Ghar"}, "variants": [], "partOfSpeech": "properNoun", "domains": ["mountains"]},
       "targets": {"ur": {"preferred": "زرغون غر", "status": "PROPOSED"},
                   "ps": {"preferred": "زرغون غر", "status": "APPROVED"}}}
      """;

  private HttpResponse<String> send(String method, String path, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.uri(path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return api.send(request.build());
  }

  private int total() {
    return json(api.get("/api/v1/glossary/terms?size=1")).get("total").asInt();
  }

  @Test
  void createReadUpdateDeleteWithHistoryAndEvents() {
    int before = total();
    HttpResponse<String> created =
        send("POST", "/api/v1/glossary/terms", NEW_ENTRY, "X-Tarjuma-User", "curator-a");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location"))
        .hasValue("/api/v1/glossary/terms/zarghun-ghar");
    assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(total()).isEqualTo(before + 1);
    assertThat(events.seen)
        .containsExactly(
            new TermChanged("zarghun-ghar", 1, java.util.Set.of("en", "ur", "ps"), false));

    // The matchers see the new entry at once.
    JsonNode match =
        json(api.post("/api/v1/glossary/match", "{\"text\":\"On Zarghun Ghar today.\"}"))
            .get("matches");
    assertThat(match.get(0).get("entryId").asString()).isEqualTo("zarghun-ghar");

    HttpResponse<String> read = api.get("/api/v1/glossary/terms/zarghun-ghar");
    assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
    String edited = NEW_ENTRY.replace("\"status\": \"PROPOSED\"", "\"status\": \"APPROVED\"");

    assertProblem(send("PUT", "/api/v1/glossary/terms/zarghun-ghar", edited), 428, "send If-Match");
    assertProblem(
        send("PUT", "/api/v1/glossary/terms/zarghun-ghar", edited, "If-Match", "\"7\""),
        412,
        "it is at revision 1 now");
    events.seen.clear();
    HttpResponse<String> updated =
        send(
            "PUT",
            "/api/v1/glossary/terms/zarghun-ghar",
            edited,
            "If-Match",
            "\"1\"",
            "X-Tarjuma-User",
            "curator-b");
    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(updated.headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(json(updated).get("targets").get("ur").get("status").asString())
        .isEqualTo("APPROVED");
    assertThat(events.seen)
        .containsExactly(new TermChanged("zarghun-ghar", 2, java.util.Set.of("ur"), false));
    // The first read is stale now.
    assertProblem(
        send("PUT", "/api/v1/glossary/terms/zarghun-ghar", edited, "If-Match", "\"1\""),
        412,
        "changed since you read it");

    assertProblem(
        send("DELETE", "/api/v1/glossary/terms/zarghun-ghar", null), 428, "send If-Match");
    assertThat(
            send("DELETE", "/api/v1/glossary/terms/zarghun-ghar", null, "If-Match", "\"2\"")
                .statusCode())
        .isEqualTo(204);
    assertProblem(
        api.get("/api/v1/glossary/terms/zarghun-ghar"), 404, "no glossary entry 'zarghun-ghar'");
    assertThat(total()).isEqualTo(before);

    JsonNode history = json(api.get("/api/v1/glossary/terms/zarghun-ghar/history"));
    assertThat(history).hasSize(3);
    assertThat(history.get(0).get("changedBy").asString()).isEqualTo("curator-a");
    assertThat(history.get(0).get("changes").get(0).asString()).isEqualTo("created");
    assertThat(history.get(0).has("fields")).isFalse();
    assertThat(history.get(1).get("changedBy").asString()).isEqualTo("curator-b");
    assertThat(history.get(1).get("changes").get(0).asString())
        .isEqualTo("targets.ur.status: PROPOSED → APPROVED");
    assertThat(history.get(2).get("deleted").asBoolean()).isTrue();
  }

  @Test
  void anEditByAnotherNodeIsSeenAfterTheNextCheck() {
    Entry kabul = glossary.find("kabul").orElseThrow();
    Entry edited =
        new Entry(
            "kabul",
            kabul.revision() + 1,
            kabul.english(),
            java.util.Map.of(
                "ur",
                new Entry.Forms(
                    "کابل", List.of("کابُل"), List.of(), false, Entry.Status.APPROVED, "")));
    // Another node writes straight to the shared database.
    assertThat(store.update(edited, kabul.revision(), "node-2", java.time.Instant.now())).isTrue();
    assertThat(glossary.find("kabul").orElseThrow().revision()).isEqualTo(kabul.revision());
    glossary.refreshIfChanged();
    assertThat(glossary.find("kabul").orElseThrow().revision()).isEqualTo(kabul.revision() + 1);
    assertThat(
            json(api.get("/api/v1/glossary/terms/kabul"))
                .get("targets")
                .get("ur")
                .get("variants")
                .get(0)
                .asString())
        .isEqualTo("کابُل");
  }

  @Test
  void theShippedEntriesCameFromTheFilesWithAHistory() {
    JsonNode history = json(api.get("/api/v1/glossary/terms/durand-line/history"));
    assertThat(history).hasSize(1);
    assertThat(history.get(0).get("changedBy").asString()).isEqualTo(LiveGlossary.FILES);
    assertProblem(api.get("/api/v1/glossary/terms/nothing/history"), 404, "no glossary entry");
  }

  @Test
  void badInputNamesTheFieldAndLeavesTheGlossaryAsItWas() {
    int before = total();
    assertProblem(
        send("POST", "/api/v1/glossary/terms", NEW_ENTRY.replace("\"Zarghun Ghar\"", "\"  \"")),
        400,
        "The English term must not be empty");
    assertProblem(
        send("POST", "/api/v1/glossary/terms", "{\"english\": {}}"),
        400,
        "The English term must not be empty");
    HttpResponse<String> duplicate =
        send(
            "POST",
            "/api/v1/glossary/terms",
            NEW_ENTRY.replace("\"Zarghun Ghar\"", "\"tehreek e TALIBAN pakistan\""));
    assertProblem(
        duplicate,
        409,
        "'tehreek e TALIBAN pakistan' is already a term of entry 'ttp' ('Tehreek-e-Taliban Pakistan')");
    HttpResponse<String> kaf =
        send(
            "POST",
            "/api/v1/glossary/terms",
            NEW_ENTRY.replace(
                "\"preferred\": \"زرغون غر\", \"status\": \"PROPOSED\"",
                "\"preferred\": \"كابل\""));
    assertProblem(kaf, 400, "The Urdu form 'كابل' is not in canonical Urdu script");
    assertThat(json(kaf).get("field").asString()).isEqualTo("targets.ur.preferred");
    assertProblem(
        send(
            "POST",
            "/api/v1/glossary/terms",
            NEW_ENTRY.replace(
                "\"preferred\": \"زرغون غر\", \"status\": \"PROPOSED\"",
                "\"preferred\": \"Zarghun\"")),
        400,
        "has Latin letters but is not marked do-not-translate");
    assertProblem(
        send("POST", "/api/v1/glossary/terms", NEW_ENTRY.replace("Zarghun Ghar", "Z".repeat(201))),
        400,
        "at most 200 are allowed");
    assertProblem(
        send("POST", "/api/v1/glossary/terms", NEW_ENTRY.replace("\"ps\":", "\"fa\":")),
        400,
        "Unknown target language 'fa'");
    assertProblem(
        send(
            "POST",
            "/api/v1/glossary/terms",
            NEW_ENTRY.replace("{\"english\"", "{\"id\": \"Bad Id!\", \"english\"")),
        400,
        "must be 1 to 120 lower-case letters");
    assertProblem(send("POST", "/api/v1/glossary/terms", "{\"english\": "), 400, "not valid JSON");
    assertProblem(
        send(
            "POST",
            "/api/v1/glossary/terms",
            NEW_ENTRY.replace("{\"english\"", "{\"id\": \"kabul\", \"english\"")),
        409,
        "There is already an entry 'kabul'");
    assertThat(total()).isEqualTo(before);
    assertThat(events.seen).isEmpty();
  }
}
