package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.testing.ApiClient.assertProblem;
import static org.tarjuma.testing.ApiClient.json;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.PageSession;
import tools.jackson.databind.JsonNode;

/** The admins' engines API and page: state, billing, routes; pause and resume. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:engine-admin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class EngineAdminTest {

  static final DeeplEcho ECHO = new DeeplEcho(0, 0);
  static final WireMockServer WIREMOCK = ECHO.serve();

  @DynamicPropertySource
  static void engines(DynamicPropertyRegistry registry) {
    DeeplEcho.route(registry, WIREMOCK.port(), "ur");
  }

  @AfterAll
  static void stop() {
    WIREMOCK.stop();
  }

  @LocalServerPort int port;
  @Autowired UsageLedger ledger;
  @Autowired org.springframework.boot.info.BuildProperties build;

  private ApiClient admin() {
    return new ApiClient(port);
  }

  private JsonNode translate(String text) {
    HttpResponse<String> answer =
        admin().post("/api/v1/translate", "{\"text\": \"" + text + "\", \"targets\": [\"ur\"]}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json(answer).get("translations").get("ur");
  }

  private JsonNode engine(String name) {
    for (JsonNode engine : json(admin().get("/api/v1/engines")).get("engines")) {
      if (engine.get("name").asString().equals(name)) {
        return engine;
      }
    }
    throw new AssertionError("no engine " + name);
  }

  @Test
  void anAdminSeesTheEnginesPausesOneAndResumesIt() {
    JsonNode engines = json(admin().get("/api/v1/engines"));
    assertThat(engines.get("engines").findValuesAsString("name")).contains("deepl", "memory");
    assertThat(engines.get("routes").get("ur").get(0).asString()).isEqualTo("deepl");
    JsonNode deepl = engine("deepl");
    assertThat(deepl.get("type").asString()).isEqualTo("deepl");
    assertThat(deepl.get("circuit").asString()).isEqualTo("closed");
    assertThat(deepl.get("paused").asBoolean()).isFalse();
    assertThat(deepl.get("languages").toString()).contains("\"ur\"");

    int sent = ECHO.texts.get();
    long billed = deepl.get("characters").asLong();
    assertThat(
            translate("The talks ended in Doha.").get("segments").get(0).get("engine").asString())
        .isEqualTo("deepl");
    assertThat(ECHO.texts.get()).isEqualTo(sent + 1);
    assertThat(engine("deepl").get("characters").asLong()).isGreaterThan(billed);

    HttpResponse<String> paused = admin().post("/api/v1/engines/deepl/pause", "");
    assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
    assertThat(json(paused).get("paused").asBoolean()).isTrue();
    assertThat(json(paused).get("changedBy").asString()).isEqualTo("admin key");

    JsonNode waiting = translate("The talks resumed in Doha.");
    assertThat(waiting.get("segments").get(0).get("target").isNull()).isTrue();
    assertThat(waiting.get("problems").get(0).asString())
        .isEqualTo("every engine of the ur route is paused (deepl); an admin can resume one");
    assertThat(ECHO.texts.get()).as("nothing sent to a paused engine").isEqualTo(sent + 1);

    HttpResponse<String> resumed = admin().post("/api/v1/engines/deepl/resume", "");
    assertThat(json(resumed).get("paused").asBoolean()).isFalse();
    assertThat(
            translate("The talks resumed in Doha.").get("segments").get(0).get("engine").asString())
        .isEqualTo("deepl");
    assertThat(ECHO.texts.get()).isEqualTo(sent + 2);
  }

  @Test
  void whatAnEngineBilledIsReadFromTheUsageLedger() {
    JsonNode before = engine("deepl");
    // A row another node wrote: this one never sent it, yet counts it.
    ledger.append(
        List.of(
            new UsageLedger.Row(
                "elsewhere",
                Instant.parse("2026-01-05T10:00:00Z"),
                "deepl",
                "dawn",
                "ur",
                1000,
                new BigDecimal("0.025"),
                "ok",
                null,
                null),
            new UsageLedger.Row(
                "failed-elsewhere",
                Instant.parse("2026-01-05T10:01:00Z"),
                "deepl",
                "dawn",
                "ur",
                0,
                BigDecimal.ZERO,
                "retryable",
                null,
                null)));
    JsonNode after = engine("deepl");
    assertThat(after.get("characters").asLong())
        .isEqualTo(before.get("characters").asLong() + 1000);
    assertThat(after.get("cost").decimalValue().subtract(before.get("cost").decimalValue()))
        .isEqualByComparingTo("0.025");
    assertThat(after.get("requests").get("ok").asLong())
        .isEqualTo(before.get("requests").path("ok").asLong(0) + 1);
    assertThat(after.get("requests").get("retryable").asLong())
        .isEqualTo(before.get("requests").path("retryable").asLong(0) + 1);
  }

  @Test
  void theOfflineEngineCannotBePausedAndUnknownEnginesAreNamed() {
    assertProblem(admin().post("/api/v1/engines/memory/pause", ""), 409, "always present");
    assertProblem(
        admin().post("/api/v1/engines/azure/pause", ""), 404, "configured: deepl, memory");
    assertThat(engine("memory").get("paused").asBoolean()).isFalse();
  }

  @Test
  void thePageShowsTheEnginesAndPausesWithItsForm() {
    PageSession page = PageSession.signIn(port, "admin", "test-admin-password");
    String before = page.get("/admin/engines").body();
    assertThat(before)
        .contains("data-engine=\"deepl\"", "data-engine=\"memory\"", "value=\"pause\"")
        .contains("data-lang=\"ur\"", "circuit closed")
        .doesNotContain("value=\"resume\"");
    // This node among the instances, alive.
    assertThat(before)
        .containsPattern(
            "data-node=\"[^\"]+:" + port + "\"(?:(?!</tr>)[\\s\\S])*class=\"state\">alive</td>");

    HttpResponse<String> pause = page.post("/admin/engines/deepl", Map.of("action", "pause"));
    assertThat(pause.statusCode()).isEqualTo(302);
    assertThat(engine("deepl").get("changedBy").asString()).isEqualTo("admin");
    assertThat(page.get("/admin/engines").body())
        .contains("paused by admin at ", "value=\"resume\"");

    HttpResponse<String> memory = page.post("/admin/engines/memory", Map.of("action", "pause"));
    assertThat(memory.statusCode()).isEqualTo(409);
    assertThat(memory.body()).contains("always present");

    page.post("/admin/engines/deepl", Map.of("action", "resume"));
    assertThat(engine("deepl").get("paused").asBoolean()).isFalse();
  }

  /** The instances list gives this node's version: the build's, never empty or "null". */
  @Test
  void theInstancesListGivesThisNodesBuildVersion() {
    JsonNode self = null;
    for (JsonNode node : json(admin().get("/api/v1/instances"))) {
      if (node.get("port").asInt() == port) {
        self = node;
      }
    }
    assertThat(self).isNotNull();
    assertThat(self.get("version").asString())
        .isEqualTo(build.getVersion())
        .matches("\\d+\\.\\d+\\.\\d+.*");
  }
}
