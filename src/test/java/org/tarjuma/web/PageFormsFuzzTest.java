package org.tarjuma.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.PageSession;

/**
 * Random hostile values in every field of every page's forms and queries, sent by a signed-in admin
 * (who reaches the most code): no answer is a 5xx.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:page-forms-fuzz;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class PageFormsFuzzTest {

  private static final List<String> PIECES =
      List.of(
          "",
          "0",
          "-1",
          "1",
          "2147483648",
          "99999999999999999999",
          "1e9",
          "abc",
          "ur",
          "ps",
          "prs",
          "en",
          "xx",
          "approve",
          "save",
          "reject",
          "pause",
          "resume",
          "proposed",
          "approved",
          "deprecated",
          "outlet",
          "translator",
          "curator",
          "csv",
          "tbx",
          "tbx-basic",
          "true",
          "2027-01-31",
          "2027-02-30",
          "\u0000",
          "\u0007",
          "\u0085",
          "\u202E",
          "\u2066",
          "\uFEFF",
          "\r\n",
          "%",
          "%00",
          "'",
          "\"",
          "<script>",
          "=HYPERLINK(\"x\")",
          "../..",
          "ISPR",
          "آئی ایس پی آر",
          "کندهار",
          "می\u200Cشود",
          "PD94bWw=",
          "!!",
          " ",
          "\t");

  /** Each form: its method and path (with {job} for the job), and its fields. */
  private static final Map<String, List<String>> FORMS =
      Map.ofEntries(
          Map.entry("POST /glossary/new", List.of("english", "preferred.ur", "preferred.ps")),
          Map.entry(
              "POST /glossary/terms/ispr",
              List.of("revision", "preferred.ur", "variants.ur", "status.ur", "preferred.prs")),
          Map.entry("POST /glossary/import", List.of("format", "content", "lang", "apply")),
          Map.entry("GET /glossary", List.of("q", "lang", "status")),
          Map.entry("GET /glossary/export", List.of("format")),
          Map.entry("GET /articles", List.of("lang", "status", "qa")),
          Map.entry(
              "POST /articles/{job}/segments/{1}/{2}", List.of("action", "target", "version")),
          Map.entry("GET /articles/{job}/segments/{1}/{2}/suggestions", List.of()),
          Map.entry("GET /articles/{1}", List.of()),
          Map.entry("GET /glossary/terms/{1}", List.of()),
          Map.entry("POST /admin/users", List.of("username", "password", "role", "outlet")),
          Map.entry("POST /admin/keys", List.of("label", "role", "outlet", "languages", "expires")),
          Map.entry("POST /admin/engines/{1}", List.of("action")),
          Map.entry("POST /admin/users/{1}/disable", List.of()),
          Map.entry("POST /admin/keys/{1}/revoke", List.of()));

  @LocalServerPort int port;

  /**
   * 250 random requests over all the forms: every answer is below 500, and both accepted and
   * refused ones occur (the requests reached the forms).
   */
  @Test
  void noPageFormAnswersWithAServerError() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String job = submitJob();
    PageSession admin = PageSession.signIn(port, "admin", "test-admin-password");
    List<String> forms = List.copyOf(FORMS.keySet());
    Map<Integer, Integer> answers = new java.util.TreeMap<>();
    for (int i = 0; i < 250; i++) {
      String form = forms.get(random.nextInt(forms.size()));
      Map<String, String> fields = new LinkedHashMap<>();
      for (String field : FORMS.get(form)) {
        if (random.nextInt(5) > 0) {
          fields.put(field, value(random));
        }
      }
      String[] methodAndPath = form.split(" ");
      String path =
          methodAndPath[1]
              .replace("{job}", job)
              .replace("{1}", segment(random))
              .replace("{2}", segment(random));
      HttpResponse<String> answer =
          methodAndPath[0].equals("GET")
              ? admin.get(path + "?" + PageSession.formBody(fields))
              : admin.post(path, fields);
      assertThat(answer.statusCode())
          .as("seed %d, %s %s %s", seed, methodAndPath[0], path, fields)
          .isLessThan(500);
      answers.merge(answer.statusCode(), 1, Integer::sum);
    }
    assertThat(answers).as("seed %d", seed).containsKeys(200, 400);
  }

  private String submitJob() {
    HttpResponse<String> submitted =
        new ApiClient(port)
            .post(
                "/api/v1/jobs",
                "{\"text\": \"ISPR said the Durand Line was calm.\", \"targets\": [\"ur\"]}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
    return ApiClient.json(submitted).get("id").asString();
  }

  /** One to three pieces, sometimes repeated into something long. */
  private static String value(Random random) {
    StringBuilder value = new StringBuilder();
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      value.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    return random.nextInt(20) == 0
        ? value.toString().repeat(1 + random.nextInt(3000))
        : value.toString();
  }

  /** A path segment as a browser would send it. */
  private static String segment(Random random) {
    String value = value(random);
    return value.isEmpty()
        ? "0"
        : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
