package org.tarjuma.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/** Asserts that a hostile request was refused and changed nothing. */
public final class Refusals {

  /** The tables a refused request must leave as they were. */
  private static final List<String> TABLES =
      List.of("job", "job_segment", "glossary_entry", "app_user", "api_key", "engine_switch");

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

  private static Map<String, Integer> counts(JdbcTemplate jdbc) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class));
    }
    return counts;
  }
}
