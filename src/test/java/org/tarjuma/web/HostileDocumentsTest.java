package org.tarjuma.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.Refusals;
import tools.jackson.databind.node.ObjectNode;

/**
 * Documents nested deeper than any parser should walk, sent to the running server (40,000 divs,
 * 50,000 '>', nested emphasis and lists): each a 400 that says so, and no job is stored.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:hostile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.jobs.allow-private-callbacks=true",
      "tarjuma.jobs.callback-secret=whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    })
class HostileDocumentsTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  private ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  private void refused(Supplier<HttpResponse<String>> attack, int status, String... detailParts) {
    Refusals.refused(jdbc, attack, status, detailParts);
  }

  private static ObjectNode document(String format, String text) {
    ObjectNode body = ApiClient.JSON.createObjectNode().put(format, text);
    body.putArray("targets").add("ur");
    return body;
  }

  /** 40,000 nested divs (560 KB of HTML) and 50,000 '>' on the segmenter. */
  @Test
  void deeplyNestedDocumentsOnTheSegmenter() {
    refused(
        () ->
            api.post(
                "/api/v1/segment",
                ApiClient.JSON
                    .createObjectNode()
                    .put("text", "<div>".repeat(40_000) + "Deep.")
                    .put("format", "html")
                    .toString()),
        400,
        "html nests elements more than 256 deep");
    refused(
        () ->
            api.post(
                "/api/v1/segment",
                ApiClient.JSON
                    .createObjectNode()
                    .put("text", ">".repeat(50_000) + " Deep.")
                    .put("format", "markdown")
                    .toString()),
        400,
        "markdown nests");
  }

  /** Deep documents as jobs, in JSON and as the body itself: refused, no job. */
  @ParameterizedTest
  @ValueSource(strings = {"html", "markdown", "emphasis", "lists"})
  void deeplyNestedJobs(String shape) {
    String format = shape.equals("html") ? "html" : "markdown";
    String text =
        switch (shape) {
          case "html" -> "<div>".repeat(40_000) + "Deep.";
          case "markdown" -> ">".repeat(50_000) + " Deep.";
          case "emphasis" -> "*".repeat(20_000) + "deep" + "*".repeat(20_000);
          default -> "- ".repeat(20_000) + "Deep.";
        };
    refused(
        () -> api.post("/api/v1/jobs", document(format, text).toString()),
        400,
        "more than 256 deep");
    refused(
        () ->
            api.send(
                HttpRequest.newBuilder(api.uri("/api/v1/jobs?targets=ur"))
                    .header("Content-Type", format.equals("html") ? "text/html" : "text/markdown")
                    .POST(HttpRequest.BodyPublishers.ofString(text))
                    .build()),
        400,
        "more than 256 deep");
  }

  /** A short text with deep markup on /translate: 400 before any engine is asked. */
  @Test
  void deeplyNestedShortTranslation() {
    ObjectNode body =
        ApiClient.JSON
            .createObjectNode()
            .put("text", "<b>".repeat(2_000) + "Deep.")
            .put("format", "html");
    body.putArray("targets").add("ur");
    refused(() -> api.post("/api/v1/translate", body.toString()), 400, "more than 256 deep");
  }
}
