package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.testing.ApiClient.assertProblem;
import static org.tarjuma.testing.ApiClient.json;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tarjuma.testing.ApiClient;

/**
 * {@code GET /actuator/prometheus} on the main port: Tarjuma's metrics in Prometheus's text format,
 * for an admin key only.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:prometheus;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class PrometheusTest {

  static final WireMockServer WIREMOCK = new DeeplEcho(0, 0).serve();

  @DynamicPropertySource
  static void engines(DynamicPropertyRegistry registry) {
    DeeplEcho.route(registry, WIREMOCK.port(), "ur");
  }

  @AfterAll
  static void stop() {
    WIREMOCK.stop();
  }

  @LocalServerPort int port;

  private ApiClient admin() {
    return new ApiClient(port);
  }

  private String key(String role, String scope) {
    HttpResponse<String> created =
        admin()
            .post(
                "/api/v1/keys",
                "{\"label\": \"scraper\", \"role\": \"" + role + "\", " + scope + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).get("key").asString();
  }

  @Test
  void anAdminScrapesTarjumasMetricsInPrometheusTextFormat() {
    HttpResponse<String> translated =
        admin()
            .send(
                HttpRequest.newBuilder(admin().uri("/api/v1/translate"))
                    .header("Content-Type", "application/json")
                    .header("X-Tarjuma-Outlet", "dawn")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"text\": \"The talks ended on Monday.\", \"targets\": [\"ur\"]}"))
                    .build());
    assertThat(translated.statusCode()).as(translated.body()).isEqualTo(200);

    HttpResponse<String> scrape = admin().get("/actuator/prometheus", "text/plain");

    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain;version=0.0.4"));
    assertThat(scrape.body())
        .contains(
            "# TYPE tarjuma_engine_requests_total counter",
            "tarjuma_engine_requests_total{engine=\"deepl\",outcome=\"ok\"} 1.0",
            "# TYPE tarjuma_engine_characters_total counter",
            "tarjuma_engine_characters_total{engine=\"deepl\",outlet=\"dawn\"} ",
            "# TYPE tarjuma_cache_hit_ratio gauge",
            "tarjuma_cache_hit_ratio ",
            "cache_gets_total{cache=\"segment-cache\",result=\"miss\"} ",
            "cache_size{cache=\"segment-cache\"} ",
            "# TYPE cache_puts_total counter",
            "# TYPE cache_evictions_total counter",
            "# TYPE cache_eviction_weight_total counter");
  }

  @Test
  void anyOtherRoleAndNoKeyAreRefused() {
    assertProblem(
        admin().as(key("outlet", "\"outlet\": \"dawn\"")).get("/actuator/prometheus"),
        403,
        "The role 'outlet' may not GET /actuator/prometheus");
    assertProblem(
        admin().as(key("translator", "\"languages\": [\"ur\"]")).get("/actuator/prometheus"),
        403,
        "The role 'translator' may not GET /actuator/prometheus");
    assertProblem(
        admin().as(null).get("/actuator/prometheus"), 401, "This endpoint needs an API key");
  }
}
