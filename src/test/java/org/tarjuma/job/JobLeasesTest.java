package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.cluster.Node;

/**
 * Job leases on the database's clock: a job another node holds is not taken while its lease runs
 * and is taken once it ends; a node that lost a job's lease can write nothing of it, neither rows
 * nor its end.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:outbox;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.jobs.allow-private-callbacks=true",
      "tarjuma.jobs.callback-attempts=3",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class JobLeasesTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired JobStore store;
  @Autowired JobSegments rows;
  @Autowired JobLeases leases;
  @Autowired Node node;

  private void job(String id) {
    StoredJobs.insert(store, id, Job.RUNNING, StoredJobs.article("One sentence."), null);
  }

  private String owner(String id) {
    return jdbc.queryForObject("SELECT lease_owner FROM job WHERE id = ?", String.class, id);
  }

  @Test
  void aLiveLeaseIsNotTakenAnEndedOneIs() throws Exception {
    job("lease-live");
    jdbc.update(
        "UPDATE job SET lease_owner = 'other-node', lease_until = CURRENT_TIMESTAMP + INTERVAL '1'"
            + " SECOND * 3 WHERE id = 'lease-live'");
    Instant until = Instant.now().plusMillis(2000);
    while (Instant.now().isBefore(until)) {
      assertThat(leases.claim(10)).doesNotContain("lease-live");
      assertThat(owner("lease-live")).isEqualTo("other-node");
      Thread.sleep(100);
    }
    until = Instant.now().plusSeconds(10);
    while (!node.id().equals(owner("lease-live")) && Instant.now().isBefore(until)) {
      leases.claim(10);
      Thread.sleep(100);
    }
    assertThat(owner("lease-live")).isIn(node.id(), null);
    assertThat(jdbc.queryForObject("SELECT status FROM job WHERE id = 'lease-live'", String.class))
        .isIn(Job.RUNNING, Job.DONE);
  }

  @Test
  void aNodeThatLostTheLeaseWritesNothing() {
    job("lease-lost");
    jdbc.update(
        "UPDATE job SET lease_owner = 'other-node', lease_until = CURRENT_TIMESTAMP + INTERVAL '1'"
            + " SECOND * 60 WHERE id = 'lease-lost'");
    JobSegment row =
        new JobSegment(
            0,
            "s0",
            "One sentence.",
            "ایک جملہ۔",
            JobSegment.TRANSLATED,
            "deepl",
            "engine",
            List.of(),
            List.of(),
            13);
    assertThatThrownBy(() -> rows.save("lease-lost", Map.of("ur", List.of(row))))
        .isInstanceOf(JobLeases.LeaseLost.class);
    assertThatThrownBy(() -> rows.save("lease-lost", Map.of("ur", List.of(row)), Job.DONE))
        .isInstanceOf(JobLeases.LeaseLost.class);
    assertThatThrownBy(() -> leases.finish("lease-lost", Job.FAILED, "x"))
        .isInstanceOf(JobLeases.LeaseLost.class);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM job_segment WHERE job_id = 'lease-lost'", Integer.class))
        .isZero();
    assertThat(jdbc.queryForObject("SELECT status FROM job WHERE id = 'lease-lost'", String.class))
        .isEqualTo(Job.RUNNING);
    assertThat(owner("lease-lost")).isEqualTo("other-node");
  }
}
