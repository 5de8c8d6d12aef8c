package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tarjuma.testing.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The seed article through the memory for outlets of every profile: its one dated phrase, "in
 * August 2021", names a month and not a day, so it stays Gregorian in every calendar; its numbers
 * and years are written in the outlet's digits, and Latin codes keep theirs.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:seed-profiles;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class SeedProfilesTest {

  @LocalServerPort int port;

  /** How each language writes "in August 2021" in the seed, its year as {@code Y}. */
  private static final Map<String, String> AUGUST_2021 =
      Map.of("ur", "اگست Y میں", "ps", "په Y کال د اګست په میاشت کې", "prs", "در اگست Y");

  private String result(String outlet, String digits, String calendar) throws Exception {
    ApiClient api = new ApiClient(port);
    String style = "{\"digits\": \"" + digits + "\", \"calendar\": \"" + calendar + "\"}";
    HttpResponse<String> stored =
        api.put(
            "/api/v1/outlets/" + outlet,
            "{\"languages\": {\"ur\": "
                + style
                + ", \"ps\": "
                + style
                + ", \"prs\": "
                + style
                + "}}");
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
    ObjectNode body = ApiClient.JSON.createObjectNode();
    body.put("text", Files.readString(Path.of("seeds/kandahar-strikes.txt")));
    body.putArray("targets").add("ur").add("ps").add("prs");
    body.put("articleId", "kandahar-strikes-" + outlet);
    HttpResponse<String> submitted =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/v1/jobs"))
                .header("Content-Type", "application/json")
                .header("X-Tarjuma-Outlet", outlet)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
    String id = ApiClient.json(submitted).get("id").asString();
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      JsonNode status = ApiClient.json(api.get("/api/v1/jobs/" + id));
      if (status.get("status").asString().equals("done")) {
        return id;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job did not finish");
  }

  /**
   * In each of the six profiles and each language: August 2021 as the seed writes it with the year
   * in the outlet's digits, the years 2001 and 2022 likewise, no digit of the other set outside
   * Latin words, HS-1 as it is, and no QA finding on dates or numbers.
   */
  @ParameterizedTest
  @CsvSource({
    "latin, gregorian",
    "latin, solar-hijri",
    "latin, both",
    "eastern, gregorian",
    "eastern, solar-hijri",
    "eastern, both"
  })
  void theSeedsDatesAndNumbersFollowEachProfile(String digits, String calendar) throws Exception {
    String outlet = "seed-" + digits + "-" + calendar;
    String id = result(outlet, digits, calendar);
    boolean eastern = digits.equals("eastern");
    ApiClient api = new ApiClient(port);
    for (String lang : new String[] {"ur", "ps", "prs"}) {
      String text = api.get("/api/v1/jobs/" + id + "/result/" + lang).body();
      assertThat(text)
          .as(lang)
          .contains(AUGUST_2021.get(lang).replace("Y", eastern ? "۲۰۲۱" : "2021"))
          .contains(eastern ? "۲۰۰۱" : "2001")
          .contains(eastern ? "۲۰۲۲" : "2022")
          .contains("HS-1");
      for (String word : text.split("\\s+")) {
        if (!word.matches(".*[A-Za-z].*")) {
          assertThat(word)
              .as(lang + " " + outlet)
              .doesNotContainPattern(eastern ? "[0-9]" : "[۰-۹٠-٩]");
        }
      }
      JsonNode segments =
          ApiClient.json(api.get("/api/v1/jobs/" + id + "/result/" + lang + "?as=json"))
              .get("segments");
      assertThat(segments.valueStream().flatMap(s -> s.get("qa").valueStream()))
          .as(lang)
          .noneSatisfy(f -> assertThat(f.get("check").asString()).isIn("dates", "numbers"));
    }
  }
}
