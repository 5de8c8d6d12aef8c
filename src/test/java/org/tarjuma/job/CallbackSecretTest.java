package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjuma.testing.ApiClient.assertProblem;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.testing.ApiClient;

/** Without a callback secret, a job with a callback is refused and one without is taken. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:callbacksecret;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds",
      "tarjuma.jobs.callback-secret=",
      "tarjuma.engines.deepl.type=deepl",
      "tarjuma.engines.deepl.base-url=http://localhost:9",
      "tarjuma.engines.deepl.key=k",
      "tarjuma.routing.ur=deepl"
    })
class CallbackSecretTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  /** 400 naming the setting and how to make a secret; no job stored. */
  @Test
  void aJobWithACallbackIsRefusedSayingHowToSetTheSecret() {
    int before = jdbc.queryForObject("SELECT count(*) FROM job", Integer.class);
    ApiClient api = new ApiClient(port);
    assertProblem(
        api.post(
            "/api/v1/jobs",
            "{\"text\": \"Hi.\", \"targets\": [\"ur\"], \"callbackUrl\":"
                + " \"https://dawn.example/hook\"}"),
        400,
        "tarjuma.jobs.callback-secret");
    assertProblem(
        api.post(
            "/api/v1/jobs",
            "{\"text\": \"Hi.\", \"targets\": [\"ur\"], \"callbackUrl\":"
                + " \"https://dawn.example/hook\"}"),
        400,
        "openssl rand -base64 32");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM job", Integer.class)).isEqualTo(before);
    assertThat(api.post("/api/v1/jobs", "{\"text\": \"Hi.\", \"targets\": [\"ur\"]}").statusCode())
        .isEqualTo(202);
  }
}
