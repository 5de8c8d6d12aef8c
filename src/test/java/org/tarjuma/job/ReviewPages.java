package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tarjuma.engine.DeeplEcho;
import org.tarjuma.testing.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The application the review-page tests share (one context): Urdu from a DeepL stand-in that knows
 * a few sentences ({@link DeeplDictionary}), Dari from no engine, and an empty memory.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:review-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
abstract class ReviewPages {

  static final WireMockServer ENGINE = DeeplDictionary.serve();

  @DynamicPropertySource
  static void engines(DynamicPropertyRegistry registry) {
    DeeplEcho.route(registry, ENGINE.port(), "ur");
    registry.add("tarjuma.routing.prs", () -> "memory");
  }

  @LocalServerPort int port;
  @Autowired JobSegments rows;

  /** Submits sentences for {@code targets} and waits until the job is done; its id. */
  String submit(String text, String... targets) {
    ApiClient api = new ApiClient(port);
    var body =
        ApiClient.JSON
            .createObjectNode()
            .put("text", text)
            .set("targets", ApiClient.JSON.valueToTree(List.of(targets)));
    var response = api.post("/api/v1/jobs", body.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    String id = ApiClient.json(response).get("id").asString();
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until) {
      JsonNode status = ApiClient.json(api.get("/api/v1/jobs/" + id));
      if (status.get("status").asString().equals("done")) {
        return id;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("job " + id + " did not finish");
  }

  /** A user made through the admin API, with the password {@code <name>-strong-password}. */
  void createUser(String name, String role, String... languages) {
    var body =
        ApiClient.JSON
            .createObjectNode()
            .put("username", name)
            .put("password", name + "-strong-password")
            .put("role", role)
            .set("languages", ApiClient.JSON.valueToTree(List.of(languages)));
    var user = new ApiClient(port).post("/api/v1/users", body.toString());
    assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
  }

  /** The stored row of a segment, which must exist. */
  JobSegments.Stored row(String job, String lang, int position) {
    return rows.one(job, lang, position).orElseThrow();
  }
}
