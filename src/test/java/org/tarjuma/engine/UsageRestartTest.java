package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.testing.ApiClient.json;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tarjuma.Tarjuma;
import org.tarjuma.testing.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes on one database answer the same usage, whichever of them billed it, and a node started
 * after both stopped answers it still.
 */
class UsageRestartTest {

  private final DeeplEcho echo = new DeeplEcho(0, 0);
  private final WireMockServer engine = echo.serve();
  @TempDir Path dir;

  @AfterEach
  void stop() {
    engine.stop();
  }

  private ConfigurableApplicationContext node() {
    return Tarjuma.start(
        "--server.port=0",
        "--spring.datasource.url=jdbc:h2:file:"
            + dir.resolve("db")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0",
        "--tarjuma.memory.seed-path=" + dir.resolve("no-seeds"),
        "--tarjuma.engines.deepl.type=deepl",
        "--tarjuma.engines.deepl.base-url=http://localhost:" + engine.port(),
        "--tarjuma.engines.deepl.key=k",
        "--tarjuma.engines.deepl.price-per-million-chars=25.00",
        "--tarjuma.routing.ur=deepl");
  }

  private static ApiClient api(ConfigurableApplicationContext node) {
    return new ApiClient(
        Integer.parseInt(node.getEnvironment().getRequiredProperty("local.server.port")));
  }

  private static void translate(ConfigurableApplicationContext node, String text, String outlet) {
    ApiClient api = api(node);
    HttpResponse<String> answer =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/v1/translate"))
                .header("Content-Type", "application/json")
                .header("X-Tarjuma-Outlet", outlet)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"text\": \"" + text + "\", \"targets\": [\"ur\"]}"))
                .build());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  /** What a node says of usage: JSON, CSV by day, and its engines' billing. */
  private static String usage(ConfigurableApplicationContext node) {
    ApiClient api = api(node);
    JsonNode engines = json(api.get("/api/v1/engines")).get("engines");
    return api.get("/api/v1/usage").body()
        + "\n"
        + api.get("/api/v1/usage?groupBy=day", "text/csv").body()
        + engines.findValues("characters")
        + engines.findValues("requests");
  }

  @Test
  void everyNodeAnswersTheSameAndARestartLosesNothing() {
    String before;
    try (ConfigurableApplicationContext first = node();
        ConfigurableApplicationContext second = node()) {
      translate(first, "The harvest was late this year.", "dawn");
      translate(second, "The river rose in the night.", "tolo");
      before = usage(first);
      assertThat(usage(second)).isEqualTo(before);
      JsonNode report = json(api(second).get("/api/v1/usage"));
      assertThat(report.get("outlets").findValuesAsString("outlet"))
          .containsExactly("dawn", "tolo");
      assertThat(report.get("outlets").findValues("characters"))
          .allSatisfy(c -> assertThat(c.asLong()).isPositive());
      JsonNode deepl = report.get("engines").get(0);
      assertThat(deepl.get("engine").asString()).isEqualTo("deepl");
      assertThat(deepl.get("requests").get("ok").asLong()).isEqualTo(2);
      assertThat(echo.texts.get()).isEqualTo(2);
    }
    try (ConfigurableApplicationContext restarted = node()) {
      assertThat(usage(restarted)).isEqualTo(before);
    }
  }
}
