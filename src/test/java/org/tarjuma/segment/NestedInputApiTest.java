package org.tarjuma.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.tarjuma.Tarjuma;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.web.Limits;
import tools.jackson.databind.node.ObjectNode;

/**
 * Nested and adversarial documents in every format, sent to every endpoint that parses one
 * (segment, translate, jobs) of a running server: never a 5xx; a refusal is a problem detail.
 */
class NestedInputApiTest {

  private static ConfigurableApplicationContext app;
  private static ApiClient api;

  @BeforeContainer
  static void start() {
    app =
        // Arguments, not the builder's default properties, which application.properties would
        // override: the database would be the default file one in the working folder.
        new SpringApplicationBuilder(Tarjuma.class)
            .run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:nested-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    api = new ApiClient(((WebServerApplicationContext) app).getWebServer().getPort());
  }

  @AfterContainer
  static void stop() {
    app.close();
  }

  @Provide
  Arbitrary<Integer> depths() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 600),
        Arbitraries.of(Limits.NESTING, Limits.NESTING + 1, 40_000, 50_000));
  }

  @Provide
  Arbitrary<String> endpoints() {
    return Arbitraries.of("/api/v1/segment", "/api/v1/translate", "/api/v1/jobs");
  }

  /**
   * The server runs on the database the test names, never the default file in the working folder.
   */
  @Example
  void runsOnItsOwnDatabase() {
    assertThat(app.getEnvironment().getProperty("spring.datasource.url"))
        .doesNotStartWith("jdbc:h2:file:");
  }

  @Property(tries = 60)
  void noDocumentGetsAServerError(
      @ForAll NestingTest.Shape shape,
      @ForAll("depths") int depth,
      @ForAll Format format,
      @ForAll("endpoints") String endpoint) {
    ObjectNode body = ApiClient.JSON.createObjectNode();
    String text = shape.of(depth);
    if (endpoint.equals("/api/v1/jobs")) {
      body.put(format.id(), text);
    } else {
      body.put("text", text).put("format", format.id());
    }
    if (!endpoint.equals("/api/v1/segment")) {
      body.putArray("targets").add("ur");
    }
    HttpResponse<String> response = api.post(endpoint, body.toString());
    assertThat(response.statusCode()).as(response.body()).isLessThan(500);
    if (response.statusCode() >= 400) {
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
  }
}
