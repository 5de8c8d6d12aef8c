package org.tarjuma.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/** Asserts that a hostile request was refused and changed nothing. */
public final class Refusals {

  /** The tables a refused request must leave as they were. */
  private static final List<String> TABLES =
      List.of("job", "job_segment", "glossary_entry", "app_user", "api_key", "engine_switch");

  /** Where every page shows what went wrong. */
  private static final Pattern MESSAGE =
      Pattern.compile("<p class=\"message\"[^>]*role=\"alert\"[^>]*>([^<]*)</p>");

  private Refusals() {}

  /**
   * The answer is a problem with this status and a detail holding every one of {@code detailParts},
   * and no table changed.
   */
  public static void refused(
      JdbcTemplate jdbc, Supplier<HttpResponse<String>> attack, int status, String... detailParts) {
    Map<String, Integer> before = counts(jdbc);
    HttpResponse<String> response = attack.get();
    ApiClient.assertProblem(response, status, detailParts[0]);
    for (String part : detailParts) {
      assertThat(ApiClient.json(response).get("detail").asString()).contains(part);
    }
    assertThat(counts(jdbc)).isEqualTo(before);
  }

  /**
   * The answer is a page (HTML, as the browser asked) with this status, showing a message that
   * holds {@code detailPart}, and no table changed.
   */
  public static void refusedPage(
      JdbcTemplate jdbc, Supplier<HttpResponse<String>> attack, int status, String detailPart) {
    Map<String, Integer> before = counts(jdbc);
    HttpResponse<String> response = attack.get();
    String said =
        response.body().length() > 2000 ? response.body().substring(0, 2000) : response.body();
    assertThat(response.statusCode()).as(said).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .as(said)
        .startsWith("text/html");
    Matcher shown = MESSAGE.matcher(response.body());
    assertThat(shown.find()).as("a message on the page: %s", said).isTrue();
    assertThat(HtmlUtils.htmlUnescape(shown.group(1))).contains(detailPart);
    assertThat(counts(jdbc)).isEqualTo(before);
  }

  private static Map<String, Integer> counts(JdbcTemplate jdbc) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class));
    }
    return counts;
  }
}
