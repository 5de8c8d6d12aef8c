package org.tarjuma.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.testing.ApiClient.assertProblem;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.Fixtures;
import tools.jackson.databind.JsonNode;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:memory-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class MemoryApiTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private HttpResponse<String> importTmx(String tmx) {
    ApiClient api = new ApiClient(port);
    return api.send(
        HttpRequest.newBuilder(api.uri("/api/v1/memory/import"))
            .header("Content-Type", "application/x-tmx+xml")
            .header("X-Tarjuma-User", "amna")
            .POST(HttpRequest.BodyPublishers.ofString(tmx))
            .build());
  }

  private int units() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM memory_unit", Integer.class);
  }

  @Test
  void importsAllOrNothingAndExportsPerLanguage() {
    int before = units();
    HttpResponse<String> imported = importTmx(Fixtures.resource("/memory/sample.tmx"));
    assertThat(imported.statusCode()).isEqualTo(200);
    JsonNode body = ApiClient.json(imported);
    assertThat(body.get("imported").asInt()).isEqualTo(3);
    assertThat(body.get("languages").get("ur").asInt()).isEqualTo(1);
    assertThat(units()).isEqualTo(before + 3);

    int afterGood = units();
    assertProblem(importTmx(Fixtures.resource("/memory/broken.tmx")), 400, "tu 2 (line 6)");
    assertProblem(importTmx(Fixtures.resource("/memory/doctype.tmx")), 400, "DOCTYPE");
    assertThat(units()).isEqualTo(afterGood);

    HttpResponse<String> export = new ApiClient(port).get("/api/v1/memory/export?lang=ur");
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/x-tmx+xml"));
    assertThat(export.body()).contains("مذاکرات ختم ہو گئے۔").doesNotContain("مذاکرات پایان یافت.");
    // What was exported imports again, and Okapi's TMX filter reads the same units from it.
    java.util.List<MemoryUnit> exported =
        new TmxReader(Fixtures.LANGUAGES)
            .read(
                new ByteArrayInputStream(export.body().getBytes(StandardCharsets.UTF_8)),
                "tmx",
                "x",
                Instant.now());
    assertThat(exported).extracting(MemoryUnit::target).contains("مذاکرات ختم ہو گئے۔");
    assertThat(OkapiTmxTest.okapiReads(export.body().getBytes(StandardCharsets.UTF_8)))
        .extracting(t -> t.toArray()[0], t -> t.toArray()[1], t -> t.toArray()[2])
        .containsExactlyElementsOf(
            exported.stream()
                .map(
                    u ->
                        org.assertj.core.groups.Tuple.tuple(u.targetLang(), u.source(), u.target()))
                .toList());

    assertProblem(new ApiClient(port).get("/api/v1/memory/export?lang=de"), 400, "de");

    // The seeds are in the memory: a sentence with one word changed finds its translation.
    JsonNode suggestions =
        ApiClient.json(
            new ApiClient(port)
                .get(
                    "/api/v1/memory/suggestions?lang=ur&text="
                        + java.net.URLEncoder.encode(
                            "The strikes reportedly destroyed key infrastructure, including"
                                + " ammunition depots, safe houses, and training camps.",
                            StandardCharsets.UTF_8)));
    assertThat(suggestions).isNotEmpty();
    assertThat(suggestions.get(0).get("similarity").asDouble()).isBetween(0.75, 0.99);
    assertThat(suggestions.get(0).get("target").asString()).contains("گولہ بارود");
    assertProblem(
        new ApiClient(port).get("/api/v1/memory/suggestions?lang=ur&text=x&threshold=2"),
        400,
        "threshold");
  }
}
