package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A submitted job looks up what needs no engine while its row is being stored, and writes nothing
 * before that row is stored: a row held back still ends in a whole job, looked up meanwhile; a row
 * that cannot be stored leaves no job and no segment behind.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:submission-overlap;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class SubmissionOverlapTest {

  private static final Duration HELD = Duration.ofSeconds(3);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  /**
   * Holds back the job row of article "held-row" and refuses the one of "refused-row" (on H2; on
   * PostgreSQL a trigger function does the same).
   */
  public static final class HeldRows implements org.h2.api.Trigger {
    @Override
    public void fire(Connection connection, Object[] old, Object[] row) throws SQLException {
      List<Object> values = Arrays.asList(row);
      if (values.contains("held-row")) {
        try {
          Thread.sleep(HELD);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (values.contains("refused-row")) {
        throw new SQLException("refused by the test");
      }
    }
  }

  @BeforeEach
  void holdRows() {
    if (TestDatabase.postgresql()) {
      jdbc.execute(
          "CREATE OR REPLACE FUNCTION held_rows() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
              + " IF NEW.article_id = 'held-row' THEN PERFORM pg_sleep("
              + HELD.toMillis() / 1000.0
              + "); END IF; IF NEW.article_id = 'refused-row' THEN RAISE EXCEPTION 'refused by"
              + " the test'; END IF; RETURN NEW; END $$");
      jdbc.execute("DROP TRIGGER IF EXISTS held_rows ON job");
      jdbc.execute(
          "CREATE TRIGGER held_rows BEFORE INSERT ON job FOR EACH ROW EXECUTE FUNCTION"
              + " held_rows()");
      return;
    }
    jdbc.execute(
        "CREATE TRIGGER IF NOT EXISTS held_rows BEFORE INSERT ON job FOR EACH ROW CALL '"
            + HeldRows.class.getName()
            + "'");
  }

  private ApiClient api() {
    return new ApiClient(port);
  }

  private String seed(String articleId) throws Exception {
    ObjectNode body = ApiClient.JSON.createObjectNode();
    body.put("text", Files.readString(Path.of("seeds/kandahar-strikes.txt")));
    body.putArray("targets").add("ur").add("ps").add("prs");
    body.put("articleId", articleId);
    return body.toString();
  }

  @Test
  void aJobWhoseRowIsHeldBackIsLookedUpMeanwhileAndEndsWhole() throws Exception {
    String id = ApiClient.json(api().post("/api/v1/jobs", seed("held-row"))).get("id").asString();
    JsonNode status = null;
    Instant until = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(until)) {
      status = ApiClient.json(api().get("/api/v1/jobs/" + id));
      if (status.get("status").asString().equals("done")) {
        break;
      }
      Thread.sleep(50);
    }

    assertThat(status.get("status").asString()).isEqualTo("done");
    for (String lang : List.of("ur", "ps", "prs")) {
      assertThat(status.get("languages").get(lang).get("reused").asInt()).as(lang).isEqualTo(128);
    }
    // The memory was asked while the row was held back, not after.
    Instant created = Instant.parse(status.get("createdAt").asString());
    Instant asked =
        jdbc.queryForObject(
                "SELECT MIN(at) FROM usage_ledger WHERE job_id = ? AND engine = 'memory'",
                java.sql.Timestamp.class,
                id)
            .toInstant();
    assertThat(asked).isBefore(created.plus(HELD));
    // Once: a worker that stored before the row would have lost the job and looked it up again.
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(DISTINCT request_id) FROM usage_ledger WHERE job_id = ?",
                Integer.class,
                id))
        .isEqualTo(1);
  }

  @Test
  void aJobWhoseRowCannotBeStoredLeavesNothingBehind() throws Exception {
    List<String> jobs = jdbc.queryForList("SELECT id FROM job", String.class);

    var answer = api().post("/api/v1/jobs", seed("refused-row"));

    // The database's failure, not the caller's: the server's error, as a problem.
    assertThat(answer.statusCode()).isEqualTo(500);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    // Its lookup ran (its usage row names it); then the worker stopped without writing.
    String id = null;
    Instant until = Instant.now().plusSeconds(30);
    while (id == null && Instant.now().isBefore(until)) {
      id =
          jdbc
              .queryForList(
                  "SELECT job_id FROM usage_ledger WHERE engine = 'memory' AND job_id NOT IN"
                      + " (SELECT id FROM job)",
                  String.class)
              .stream()
              .findFirst()
              .orElse(null);
      Thread.sleep(20);
    }
    assertThat(id).as("the refused job's lookup").isNotNull();
    Thread.sleep(500);
    assertThat(jdbc.queryForList("SELECT id FROM job", String.class))
        .containsExactlyInAnyOrderElementsOf(jobs);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM job_segment WHERE job_id = ?", Integer.class, id))
        .isZero();
  }
}
