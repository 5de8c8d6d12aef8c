package org.tarjuma.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.Fixtures;
import tools.jackson.databind.JsonNode;

/**
 * A date of the source goes through a DeepL stand-in as a placeholder and comes back written the
 * way each outlet profile asks, in each language, as the reference table writes it.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:outlet-dates;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class OutletDatesApiTest {

  static final String SENTENCE =
      "Officials said the Torkham border crossing reopened on 12 October 2025 after 48 hours.";
  static final WireMockServer WIREMOCK = new WireMockServer(options().dynamicPort());

  static {
    WIREMOCK.start();
  }

  @DynamicPropertySource
  static void engines(DynamicPropertyRegistry registry) {
    registry.add("tarjuma.engines.deepl.type", () -> "deepl");
    registry.add("tarjuma.engines.deepl.base-url", () -> "http://localhost:" + WIREMOCK.port());
    registry.add("tarjuma.engines.deepl.key", () -> "deepl-key-5d1e:fx");
    for (String lang : new String[] {"ur", "ps", "prs"}) {
      registry.add("tarjuma.routing." + lang, () -> "deepl");
    }
  }

  @BeforeAll
  static void stubs() {
    for (String lang : new String[] {"ur", "ps", "prs"}) {
      WIREMOCK.stubFor(
          post(urlPathEqualTo("/v2/translate"))
              .withRequestBody(matchingJsonPath("$.target_lang", equalTo(lang.toUpperCase())))
              .willReturn(
                  aResponse()
                      .withHeader("Content-Type", "application/json")
                      .withBody(Fixtures.resource("/engine/deepl/dated-" + lang + ".json"))));
    }
  }

  @AfterAll
  static void stop() {
    WIREMOCK.stop();
  }

  @LocalServerPort int port;

  /** One row of the reference table for "12 October 2025". */
  record Reference(String lang, String calendar, String digits, String expected) {}

  static Stream<Reference> references() throws IOException {
    try (Stream<String> lines =
        Files.lines(Path.of("src/test/resources/calendar/solar-hijri-reference.tsv"))) {
      List<Reference> rows =
          lines
              .map(l -> l.split("\t"))
              .filter(f -> f[0].equals("12 October 2025"))
              .map(f -> new Reference(f[1], f[2], f[3], f[5]))
              .toList();
      assertThat(rows).hasSize(18);
      return rows.stream();
    }
  }

  /**
   * The engine is sent the date as a placeholder; each outlet gets the reference table's text for
   * its calendar and digits, the number 48 in its digits, and its profile named in the answer.
   */
  @ParameterizedTest
  @MethodSource("references")
  void eachOutletGetsTheDateItsProfileWrites(Reference row) {
    String outlet = "o-" + row.lang() + "-" + row.calendar() + "-" + row.digits();
    ApiClient api = new ApiClient(port);
    HttpResponse<String> stored =
        api.put(
            "/api/v1/outlets/" + outlet,
            "{\"languages\": {\""
                + row.lang()
                + "\": {\"digits\": \""
                + row.digits()
                + "\", \"calendar\": \""
                + row.calendar()
                + "\"}}}");
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);

    HttpResponse<String> response =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/v1/translate"))
                .header("Content-Type", "application/json")
                .header("X-Tarjuma-Outlet", outlet)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"text\": \"" + SENTENCE + "\", \"targets\": [\"" + row.lang() + "\"]}"))
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode translation = ApiClient.json(response).get("translations").get(row.lang());
    String text = translation.get("text").asString();
    assertThat(text).contains(row.expected());
    assertThat(text).contains(row.digits().equals("latin") ? "48" : "۴۸");
    assertThat(text).doesNotContain("⟦").doesNotContain("October");
    assertThat(translation.get("profile").get("digits").asString()).isEqualTo(row.digits());
    assertThat(translation.get("profile").get("calendar").asString()).isEqualTo(row.calendar());
    WIREMOCK.verify(
        postRequestedFor(urlPathEqualTo("/v2/translate"))
            .withRequestBody(containing("reopened on ⟦2⟧ after 48 hours")));
  }
}
