package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuma.engine.DeeplEcho;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.TestDatabase;
import tools.jackson.databind.JsonNode;

/**
 * Kills the application with SIGKILL in the middle of a job against a slow engine, starts it again
 * on the same database, and checks the job finishes without any text being sent to the engine
 * twice.
 */
class CrashResumeTest {

  private static final int SENTENCES = 40;
  private final DeeplEcho echo = new DeeplEcho(400, 0);
  private WireMockServer engine;
  private Process app;
  @TempDir Path dir;

  @AfterEach
  void stop() {
    if (app != null) {
      app.destroyForcibly();
    }
    if (engine != null) {
      engine.stop();
    }
  }

  private int start(Path db) throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "org.tarjuma.Tarjuma",
                "--server.port=" + port,
                "--tarjuma.memory.seed-path=" + dir.resolve("no-seeds"),
                "--tarjuma.jobs.chunk=4",
                "--tarjuma.jobs.lease=3s",
                "--tarjuma.engines.slow.type=deepl",
                "--tarjuma.engines.slow.base-url=http://localhost:" + engine.port(),
                "--tarjuma.engines.slow.key=k",
                "--tarjuma.engines.slow.max-items=2",
                "--tarjuma.engines.slow.max-concurrency=1",
                "--tarjuma.routing.ur=slow"));
    // The same database for both starts: an H2 file, or on PostgreSQL the database standing for it
    // on this JVM's server, which outlives the killed process.
    command.addAll(
        TestDatabase.arguments(
            "jdbc:h2:file:" + db + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0"));
    app =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("app-" + port + ".log").toFile())
            .start();
    ApiClient api = new ApiClient(port);
    Instant until = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(until)) {
      try {
        if (api.get("/actuator/health").statusCode() == 200) {
          return port;
        }
      } catch (IllegalStateException notYet) {
        // not listening yet
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError(
        "the application did not start: " + Files.readString(dir.resolve("app-" + port + ".log")));
  }

  @Test
  void aJobKilledMidWayFinishesAfterARestartWithoutPayingTwice() throws Exception {
    engine = echo.serve();
    Path db = dir.resolve("db");
    StringBuilder article = new StringBuilder();
    for (int i = 1; i <= SENTENCES; i++) {
      article.append("Report number ").append(i).append(" arrived from the border today. ");
    }

    ApiClient api = new ApiClient(start(db));
    String body = "{\"text\": \"" + article.toString().strip() + "\", \"targets\": [\"ur\"]}";
    String id = ApiClient.json(api.post("/api/v1/jobs", body)).get("id").asString();
    // Wait until some, not all, of the work is done; then SIGKILL.
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (echo.texts.get() < 10 && Instant.now().isBefore(until)) {
      Thread.sleep(50);
    }
    app.destroyForcibly().waitFor();
    int beforeRestart = echo.texts.get();
    assertThat(beforeRestart).isBetween(10, SENTENCES - 1);

    api = new ApiClient(start(db));
    JsonNode status = null;
    until = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(until)) {
      status = ApiClient.json(api.get("/api/v1/jobs/" + id));
      if (status.get("status").asString().equals("done")) {
        break;
      }
      Thread.sleep(200);
    }
    assertThat(status.get("status").asString()).isEqualTo("done");
    assertThat(status.get("languages").get("ur").get("done").asInt()).isEqualTo(SENTENCES);

    // Every sentence reached the engine exactly once, across the crash.
    Map<String, Integer> sent = DeeplEcho.paid(engine);
    sent.forEach(
        (k, v) -> {
          if (v > 1) System.out.println("DEBUG dup " + k);
        });
    System.out.println("DEBUG before restart " + beforeRestart);
    assertThat(sent).hasSize(SENTENCES);
    // At most the one request in flight when the process died (max-items 2, concurrency 1) went
    // again: its answer never arrived. Everything answered before the kill was kept.
    assertThat(sent.values().stream().filter(n -> n > 1).count()).isLessThanOrEqualTo(2);
    assertThat(sent.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
  }
}
