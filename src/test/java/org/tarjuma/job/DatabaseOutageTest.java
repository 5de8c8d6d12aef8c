package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuma.engine.DeeplEcho;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.AppProcess;
import tools.jackson.databind.JsonNode;

/**
 * The database out of reach for ten seconds under a running job (PostgreSQL stopped, then started
 * again on its data): requests are answered 503 with Retry-After meanwhile, and once it is back the
 * job finishes by itself, every sentence paid for once.
 */
class DatabaseOutageTest {

  private static final int SENTENCES = 12;

  private final DeeplEcho echo = new DeeplEcho(300, 0);
  private WireMockServer engine;
  private EmbeddedPostgres postgres;
  private AppProcess app;
  @TempDir Path dir;

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    if (engine != null) {
      engine.stop();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  private EmbeddedPostgres start(int port) throws Exception {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dir.resolve("pg"))
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  @Test
  void requestsAre503WhileItIsOutAndTheJobFinishesOnceItIsBack() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    postgres = start(port);
    engine = echo.serve();
    app =
        AppProcess.launch(
                dir,
                List.of(
                    "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres",
                    "--spring.datasource.hikari.connection-timeout=2000",
                    "--tarjuma.memory.seed-path=" + dir.resolve("no-seeds"),
                    "--tarjuma.jobs.chunk=2",
                    "--tarjuma.jobs.lease=6s",
                    "--tarjuma.jobs.claim-interval=300ms",
                    "--tarjuma.engines.slow.type=deepl",
                    "--tarjuma.engines.slow.base-url=http://localhost:" + engine.port(),
                    "--tarjuma.engines.slow.key=k",
                    "--tarjuma.engines.slow.max-items=1",
                    "--tarjuma.engines.slow.max-concurrency=1",
                    "--tarjuma.routing.ur=slow"))
            .awaitUp(Duration.ofSeconds(120));
    ApiClient api = app.api();
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= SENTENCES; i++) {
      text.append("Statement ").append(i).append(" was read out at noon. ");
    }
    String id =
        ApiClient.json(
                api.post(
                    "/api/v1/jobs",
                    "{\"text\": \"" + text.toString().strip() + "\", \"targets\": [\"ur\"]}"))
            .get("id")
            .asString();
    Instant until = Instant.now().plusSeconds(60);
    while (echo.texts.get() < 3 && Instant.now().isBefore(until)) {
      Thread.sleep(50);
    }

    postgres.close();
    Instant out = Instant.now();
    HttpResponse<String> during = api.get("/api/v1/jobs/" + id);
    assertThat(during.statusCode()).isEqualTo(503);
    assertThat(during.headers().firstValue("Retry-After")).hasValue("5");
    assertThat(ApiClient.json(during).get("detail").asString())
        .contains("database is out of reach");
    HttpResponse<String> submit =
        api.post("/api/v1/jobs", "{\"text\": \"Hello.\", \"targets\": [\"ur\"]}");
    assertThat(submit.statusCode()).isEqualTo(503);
    long left = 10_000 - Duration.between(out, Instant.now()).toMillis();
    if (left > 0) {
      Thread.sleep(left);
    }
    postgres = start(port);

    JsonNode status = null;
    until = Instant.now().plusSeconds(90);
    while (Instant.now().isBefore(until)) {
      HttpResponse<String> response = api.get("/api/v1/jobs/" + id);
      if (response.statusCode() == 200) {
        status = ApiClient.json(response);
        if (status.get("status").asString().equals("done")) {
          break;
        }
      }
      Thread.sleep(200);
    }
    assertThat(status).isNotNull();
    assertThat(status.get("status").asString()).isEqualTo("done");
    assertThat(status.get("languages").get("ur").get("done").asInt()).isEqualTo(SENTENCES);

    Map<String, Integer> sent = DeeplEcho.paid(engine);
    assertThat(sent).hasSize(SENTENCES);
    assertThat(sent.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
        .isEmpty();
  }
}
