package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tarjuma.memory.MemoryUnit;
import org.tarjuma.memory.TranslationMemory;
import org.tarjuma.testing.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The segment cache and the memory in front of the engines, counted at a WireMock DeepL: a sentence
 * is paid for once; editing the Urdu form of ISPR makes exactly the Urdu sentences with ISPR miss;
 * concurrent requests for one new sentence make one engine call; an approved translation is used
 * before any engine.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:segment-cache;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class SegmentCacheApiTest {

  static final DeeplEcho ECHO = new DeeplEcho(300, 0);
  static final WireMockServer WIREMOCK = ECHO.serve();

  @DynamicPropertySource
  static void engines(DynamicPropertyRegistry registry) {
    DeeplEcho.route(registry, WIREMOCK.port(), "ur", "ps");
  }

  @AfterAll
  static void stop() {
    WIREMOCK.stop();
  }

  @LocalServerPort int port;
  @Autowired TranslationMemory memory;

  private JsonNode translate(String text, String... targets) {
    String body =
        "{\"text\": \"" + text + "\", \"targets\": [\"" + String.join("\", \"", targets) + "\"]}";
    return ApiClient.json(new ApiClient(port).post("/api/v1/translate", body)).get("translations");
  }

  private int textsSentDuring(Runnable action) {
    int before = ECHO.texts.get();
    action.run();
    return ECHO.texts.get() - before;
  }

  @Test
  void editingTheUrduFormOfIsprMakesOnlyTheUrduIsprSentencesMiss() {
    String article = "ISPR said the roads were closed. The day was long. ISPR said it rained.";

    assertThat(textsSentDuring(() -> translate(article, "ur", "ps"))).isEqualTo(6);
    assertThat(textsSentDuring(() -> translate(article, "ur", "ps"))).isZero();

    ApiClient api = new ApiClient(port);
    HttpResponse<String> read = api.get("/api/v1/glossary/terms/ispr");
    ObjectNode entry = (ObjectNode) ApiClient.json(read);
    ObjectNode urdu = (ObjectNode) entry.get("targets").get("ur");
    String preferred = urdu.get("preferred").asString();
    String variant = urdu.get("variants").get(0).asString();
    urdu.put("preferred", variant);
    urdu.putArray("variants").add(preferred);
    HttpResponse<String> put =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/v1/glossary/terms/ispr"))
                .header("Content-Type", "application/json")
                .header("If-Match", read.headers().firstValue("ETag").orElseThrow())
                .PUT(HttpRequest.BodyPublishers.ofString(entry.toString()))
                .build());
    assertThat(put.statusCode()).isEqualTo(200);

    List<JsonNode> after = new ArrayList<>();
    assertThat(textsSentDuring(() -> after.add(translate(article, "ur", "ps")))).isEqualTo(2);
    JsonNode ur = after.getFirst().get("ur").get("segments");
    assertThat(ur.get(0).get("origin").asString()).isEqualTo("engine");
    assertThat(ur.get(1).get("origin").asString()).isEqualTo("cache");
    assertThat(ur.get(2).get("origin").asString()).isEqualTo("engine");
    assertThat(ur.get(0).get("target").asString()).contains(variant);
    assertThat(after.getFirst().get("ps").get("segments").valueStream())
        .allSatisfy(s -> assertThat(s.get("origin").asString()).isEqualTo("cache"));
  }

  @Test
  void concurrentRequestsForOneNewSentenceMakeOneEngineCall() throws Exception {
    String sentence = "The convoy reached the border crossing at dawn.";
    int sent =
        textsSentDuring(
            () -> {
              try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<JsonNode>> answers = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                  answers.add(pool.submit(() -> translate(sentence, "ur")));
                }
                List<String> targets = new ArrayList<>();
                for (Future<JsonNode> answer : answers) {
                  targets.add(
                      answer.get().get("ur").get("segments").get(0).get("target").asString());
                }
                assertThat(targets)
                    .hasSize(6)
                    .containsOnly("The convoy reached the سرحدی گزرگاہ at dawn.۔");
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
    assertThat(sent).isEqualTo(1);
  }

  @Test
  void anApprovedTranslationComesBeforeAnyEngine() {
    memory.save(
        new MemoryUnit(
            "en",
            "ur",
            "The market reopened on Sunday.",
            "بازار اتوار کو دوبارہ کھل گیا۔",
            "approved",
            "amna",
            Instant.now()));
    List<JsonNode> out = new ArrayList<>();
    assertThat(textsSentDuring(() -> out.add(translate("The market reopened on Sunday.", "ur"))))
        .isZero();
    JsonNode segment = out.getFirst().get("ur").get("segments").get(0);
    assertThat(segment.get("target").asString()).isEqualTo("بازار اتوار کو دوبارہ کھل گیا۔");
    assertThat(segment.get("origin").asString()).isEqualTo("memory");
    assertThat(segment.get("engine").asString()).isEqualTo("memory");
  }
}
