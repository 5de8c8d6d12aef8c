package org.tarjuma.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Callbacks from the outbox: made due in the transaction that ends a job (and not when the end is
 * refused), retried until the outlet takes one, given up after the configured attempts, and sent
 * for rows a dead node held once their lease ended, never for rows a live node holds.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:outbox;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.jobs.allow-private-callbacks=true",
      "tarjuma.jobs.callback-attempts=3",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class CallbackOutboxTest {

  static final WireMockServer OUTLET =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());

  static {
    OUTLET.start();
  }

  @AfterAll
  static void stop() {
    OUTLET.stop();
  }

  @Autowired JdbcTemplate jdbc;
  @Autowired JobStore store;
  @Autowired JobLeases leases;
  @Autowired CallbackOutbox outbox;

  @BeforeEach
  void reset() {
    // Each test's callbacks on their own paths; rows of earlier tests are done with.
    jdbc.update(
        "UPDATE callback_outbox SET given_up_at = CURRENT_TIMESTAMP WHERE delivered_at IS NULL");
    OUTLET.resetAll();
  }

  private String url(String path) {
    return "http://localhost:" + OUTLET.port() + path;
  }

  /** A job inserted by this node (so leased to it), with a callback to {@code path}. */
  private Job job(String id, String path) {
    return StoredJobs.insert(
        store, id, Job.RUNNING, StoredJobs.article("One sentence."), url(path));
  }

  private Map<String, Object> row(String id) {
    return jdbc.queryForMap("SELECT * FROM callback_outbox WHERE job_id = ?", id);
  }

  private void awaitRequests(String path, int count) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (OUTLET.findAll(postRequestedFor(urlPathEqualTo(path))).size() < count
        && Instant.now().isBefore(until)) {
      Thread.sleep(50);
    }
  }

  @Test
  void aJobsEndMakesItsCallbackDueInTheSameTransaction() {
    job("outbox-due", "/due");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM callback_outbox WHERE job_id = 'outbox-due'", Integer.class))
        .isZero();
    jdbc.update("UPDATE job SET lease_owner = 'another-node' WHERE id = 'outbox-due'");
    assertThatThrownBy(() -> leases.finish("outbox-due", Job.DONE, null))
        .isInstanceOf(JobLeases.LeaseLost.class);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM callback_outbox WHERE job_id = 'outbox-due'", Integer.class))
        .isZero();
    assertThat(jdbc.queryForObject("SELECT status FROM job WHERE id = 'outbox-due'", String.class))
        .isEqualTo(Job.RUNNING);
  }

  @Test
  void retriesUntilTheOutletTakesIt() throws Exception {
    OUTLET.stubFor(
        post(urlPathEqualTo("/flaky"))
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    OUTLET.stubFor(
        post(urlPathEqualTo("/flaky"))
            .inScenario("flaky")
            .whenScenarioStateIs("up")
            .willReturn(aResponse().withStatus(204)));
    job("outbox-flaky", "/flaky");
    leases.finish("outbox-flaky", Job.DONE, null);
    awaitRequests("/flaky", 2);
    Instant until = Instant.now().plusSeconds(10);
    while (row("outbox-flaky").get("delivered_at") == null && Instant.now().isBefore(until)) {
      Thread.sleep(50);
    }
    Map<String, Object> row = row("outbox-flaky");
    assertThat(row.get("delivered_at")).isNotNull();
    assertThat(row.get("attempts")).isEqualTo(2);
    assertThat(row.get("last_error")).isNull();
    var calls = OUTLET.findAll(postRequestedFor(urlPathEqualTo("/flaky")));
    assertThat(calls).hasSize(2);
    assertThat(calls.getLast().getBodyAsString()).contains("outbox-flaky", "\"status\":\"done\"");
  }

  @Test
  void givesUpAfterTheConfiguredAttempts() throws Exception {
    OUTLET.stubFor(post(urlPathEqualTo("/down")).willReturn(aResponse().withStatus(500)));
    job("outbox-down", "/down");
    leases.finish("outbox-down", Job.DONE, null);
    awaitRequests("/down", 3);
    Instant until = Instant.now().plusSeconds(10);
    while (row("outbox-down").get("given_up_at") == null && Instant.now().isBefore(until)) {
      Thread.sleep(50);
    }
    Map<String, Object> row = row("outbox-down");
    assertThat(row.get("given_up_at")).isNotNull();
    assertThat(row.get("attempts")).isEqualTo(3);
    assertThat(row.get("last_error")).isEqualTo("answered 500");
    Thread.sleep(1500);
    assertThat(OUTLET.findAll(postRequestedFor(urlPathEqualTo("/down")))).hasSize(3);
  }

  @Test
  void aDeadNodesCallbackIsSentWhenItsLeaseEndsALiveNodesIsNot() throws Exception {
    OUTLET.stubFor(post(urlPathEqualTo("/dead")).willReturn(aResponse().withStatus(204)));
    OUTLET.stubFor(post(urlPathEqualTo("/live")).willReturn(aResponse().withStatus(204)));
    job("outbox-dead", "/dead");
    job("outbox-live", "/live");
    jdbc.update(
        "UPDATE job SET status = 'done', lease_owner = NULL WHERE id IN ('outbox-dead', 'outbox-live')");
    jdbc.update(
        "INSERT INTO callback_outbox (job_id, url, attempts, due_at, lease_owner, lease_until)"
            + " VALUES ('outbox-dead', ?, 0, CURRENT_TIMESTAMP, 'dead-node', CURRENT_TIMESTAMP -"
            + " INTERVAL '1' SECOND * 5)",
        url("/dead"));
    jdbc.update(
        "INSERT INTO callback_outbox (job_id, url, attempts, due_at, lease_owner, lease_until)"
            + " VALUES ('outbox-live', ?, 0, CURRENT_TIMESTAMP, 'live-node', CURRENT_TIMESTAMP +"
            + " INTERVAL '1' SECOND * 60)",
        url("/live"));
    awaitRequests("/dead", 1);
    Thread.sleep(1500);
    assertThat(OUTLET.findAll(postRequestedFor(urlPathEqualTo("/dead")))).hasSize(1);
    assertThat(row("outbox-dead").get("delivered_at")).isNotNull();
    assertThat(OUTLET.findAll(postRequestedFor(urlPathEqualTo("/live")))).isEmpty();
    assertThat(row("outbox-live").get("delivered_at")).isNull();
  }
}
