package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.testing.ApiClient.assertProblem;
import static org.tarjuma.testing.ApiClient.json;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tarjuma.testing.ApiClient;

/**
 * {@code GET /actuator/prometheus} with {@code management.server.port} set: served there only, and
 * there too for an admin key only.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:prometheus-port;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds",
      "management.server.port=0"
    })
class PrometheusManagementPortTest {

  @LocalServerPort int port;
  @LocalManagementPort int managementPort;

  @Test
  void theManagementPortServesTheScrapeToAnAdminKeyOnly() {
    ApiClient management = new ApiClient(managementPort);
    HttpResponse<String> scrape = management.get("/actuator/prometheus", "text/plain");
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body()).contains("# TYPE tarjuma_cache_hit_ratio gauge");

    HttpResponse<String> created =
        new ApiClient(port)
            .post(
                "/api/v1/keys",
                "{\"label\": \"scraper\", \"role\": \"outlet\", \"outlet\": \"dawn\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertProblem(
        management.as(json(created).get("key").asString()).get("/actuator/prometheus"),
        403,
        "The role 'outlet' may not GET /actuator/prometheus");
    assertProblem(
        management.as(null).get("/actuator/prometheus"), 401, "This endpoint needs an API key");
  }

  @Test
  void theMainPortNoLongerServesIt() {
    assertThat(new ApiClient(port).get("/actuator/prometheus").statusCode()).isEqualTo(404);
  }
}
