package org.tarjuma.job;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tarjuma.cluster.DatabaseClock;
import org.tarjuma.cluster.Node;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers the callbacks that jobs' ends made due ({@link JobLeases#finish} writes them with the
 * job's end), at least once, from whichever node is alive: every half second a node takes the due
 * rows nobody holds (a lease on the database's clock, long enough for one attempt), sends each
 * once, and marks it delivered, or due again after a doubling wait from one second, or given up
 * after {@code tarjuma.jobs.callback-attempts}. A node that dies mid-send leaves its rows to the
 * next node when their leases end, so an outlet may hear of a job twice, never not at all: every
 * attempt carries the job's id as its {@code webhook-id}, so a receiver can drop a repeat. Every
 * attempt checks the URL's addresses again ({@link CallbackSender#attempt}).
 */
@Component
class CallbackOutbox {

  private static final Logger log = LoggerFactory.getLogger(CallbackOutbox.class);
  private static final int BATCH = 20;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final Node node;
  private final JobStore store;
  private final JobService jobs;
  private final CallbackSender sender;
  private final JsonMapper json;
  private final JobProperties properties;
  private final ScheduledExecutorService poller =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("callbacks").factory());

  CallbackOutbox(
      JdbcTemplate jdbc,
      TransactionTemplate transactions,
      Node node,
      JobStore store,
      JobService jobs,
      CallbackSender sender,
      JsonMapper json,
      JobProperties properties) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.node = node;
    this.store = store;
    this.jobs = jobs;
    this.sender = sender;
    this.json = json;
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    poller.scheduleWithFixedDelay(this::deliverDue, 0, 500, TimeUnit.MILLISECONDS);
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    poller.shutdownNow();
  }

  /** Sends every due callback nobody holds; answers how many were sent successfully. */
  int deliverDue() {
    int delivered = 0;
    try {
      for (Due due : take()) {
        if (deliver(due)) {
          delivered++;
        }
      }
    } catch (RuntimeException e) {
      log.warn("Could not deliver due callbacks: {}", e.getMessage());
    }
    return delivered;
  }

  private record Due(String jobId, String url, int attempts) {}

  private List<Due> take() {
    String leaseEnd = DatabaseClock.inFuture(properties.callbackTimeout().plusSeconds(30));
    return transactions.execute(
        status -> {
          List<Due> due =
              jdbc.query(
                  "SELECT job_id, url, attempts FROM callback_outbox WHERE delivered_at IS NULL"
                      + " AND given_up_at IS NULL AND due_at <= CURRENT_TIMESTAMP AND"
                      + " (lease_until IS NULL OR lease_until < CURRENT_TIMESTAMP) ORDER BY"
                      + " due_at LIMIT "
                      + BATCH
                      + " FOR UPDATE SKIP LOCKED",
                  (rs, n) -> new Due(rs.getString(1), rs.getString(2), rs.getInt(3)));
          for (Due d : due) {
            jdbc.update(
                "UPDATE callback_outbox SET lease_owner = ?, lease_until = "
                    + leaseEnd
                    + " WHERE job_id = ?",
                node.id(),
                d.jobId());
          }
          return due;
        });
  }

  private boolean deliver(Due due) {
    java.util.Optional<Job> job = store.find(due.jobId());
    String failure =
        job.isEmpty()
            ? "the job is gone"
            : sender.attempt(
                due.url(), due.jobId(), json.writeValueAsString(jobs.status(job.get())));
    int attempts = due.attempts() + 1;
    if (failure == null) {
      jdbc.update(
          "UPDATE callback_outbox SET attempts = ?, delivered_at = CURRENT_TIMESTAMP, lease_owner"
              + " = NULL, lease_until = NULL, last_error = NULL WHERE job_id = ? AND lease_owner ="
              + " ?",
          attempts,
          due.jobId(),
          node.id());
      return true;
    }
    if (attempts >= properties.callbackAttempts()) {
      log.warn(
          "Gave up calling back {} for job {} after {} attempts: {}",
          due.url(),
          due.jobId(),
          attempts,
          failure);
      jdbc.update(
          "UPDATE callback_outbox SET attempts = ?, given_up_at = CURRENT_TIMESTAMP, lease_owner ="
              + " NULL, lease_until = NULL, last_error = ? WHERE job_id = ? AND lease_owner = ?",
          attempts,
          failure,
          due.jobId(),
          node.id());
    } else {
      long wait = 1L << Math.min(20, attempts - 1);
      jdbc.update(
          "UPDATE callback_outbox SET attempts = ?, due_at = "
              + DatabaseClock.inFuture(java.time.Duration.ofSeconds(wait))
              + ", lease_owner = NULL, lease_until = NULL, last_error = ? WHERE job_id = ? AND"
              + " lease_owner = ?",
          attempts,
          failure,
          due.jobId(),
          node.id());
    }
    return false;
  }
}
