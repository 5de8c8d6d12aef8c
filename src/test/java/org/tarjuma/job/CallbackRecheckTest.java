package org.tarjuma.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A callback stored before its address was refused (a job resumed after an upgrade, a row the
 * outbox retries) is checked again at delivery: never sent, given up with the reason.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:recheck;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.jobs.callback-attempts=2",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class CallbackRecheckTest {

  static final WireMockServer OUTLET =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());

  static {
    OUTLET.start();
    OUTLET.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(204)));
  }

  @AfterAll
  static void stop() {
    OUTLET.stop();
  }

  @Autowired JdbcTemplate jdbc;
  @Autowired JobStore store;
  @Autowired JobLeases leases;

  /** Every attempt fails on the address, naming its block; the outlet hears nothing. */
  @Test
  void aStoredLoopbackCallbackIsRefusedAtEveryDelivery() throws Exception {
    String url = "http://127.0.0.1:" + OUTLET.port() + "/hook";
    StoredJobs.insert(store, "recheck-1", Job.RUNNING, StoredJobs.article("One sentence."), url);
    leases.finish("recheck-1", Job.DONE, null);
    Instant until = Instant.now().plusSeconds(20);
    while (row().get("given_up_at") == null && Instant.now().isBefore(until)) {
      Thread.sleep(50);
    }
    Map<String, Object> row = row();
    assertThat(row.get("given_up_at")).isNotNull();
    assertThat(row.get("attempts")).isEqualTo(2);
    assertThat((String) row.get("last_error")).contains("127.0.0.1", "127.0.0.0/8 (Loopback");
    assertThat(OUTLET.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  private Map<String, Object> row() {
    return jdbc.queryForMap("SELECT * FROM callback_outbox WHERE job_id = 'recheck-1'");
  }
}
