package org.tarjuma.job;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tarjuma.cluster.DatabaseClock;
import org.tarjuma.cluster.HeldWork;
import org.tarjuma.cluster.Node;
import org.tarjuma.cluster.Sharing;

/**
 * Which node works on which job: a lease in the job's row (the holder's id and when the lease ends,
 * on the database's clock, never a node's own). A node takes a queued job or one whose lease ended
 * (its holder died), renews the leases it holds while it works, and gives them back when it stops.
 * Every write a worker makes first renews its job's lease in the same transaction and fails with
 * {@link LeaseLost} when the node no longer holds it, so two nodes never write one job.
 */
@Repository
class JobLeases implements HeldWork {

  private static final String UNFINISHED =
      "status IN ('" + Job.QUEUED + "', '" + Job.RUNNING + "')";

  private final JdbcTemplate jdbc;
  private final Node node;
  private final String until;
  private final String now;

  JobLeases(JdbcTemplate jdbc, Node node, JobProperties properties, Sharing sharing) {
    this.jdbc = jdbc;
    this.node = node;
    this.until = DatabaseClock.inFuture(properties.lease());
    this.now = sharing.statementTime();
  }

  /** A job this node no longer holds: its lease ended and another node may have taken it. */
  static final class LeaseLost extends RuntimeException {
    LeaseLost(String jobId) {
      super("this node no longer holds the lease of job " + jobId);
    }
  }

  /** The SQL of a lease taken now, for a job inserted by this node. */
  String newLease() {
    return until;
  }

  /** This node's id, the holder of the leases it takes. */
  String holder() {
    return node.id();
  }

  /**
   * Takes at most {@code max} jobs nobody holds (queued without a holder, or their lease ended),
   * oldest first; a row another node is taking at the same moment is skipped, not waited for.
   */
  @Transactional
  List<String> claim(int max) {
    if (max <= 0) {
      return List.of();
    }
    List<String> free =
        jdbc.queryForList(
            "SELECT id FROM job WHERE "
                + UNFINISHED
                + " AND (lease_until IS NULL OR lease_until < CURRENT_TIMESTAMP)"
                + " ORDER BY created_at LIMIT "
                + max
                + " FOR UPDATE SKIP LOCKED",
            String.class);
    List<String> taken = new ArrayList<>();
    for (String id : free) {
      // Conditional again: the lease is taken only if it is still free when the row is written.
      int updated =
          jdbc.update(
              "UPDATE job SET lease_owner = ?, lease_until = "
                  + until
                  + " WHERE id = ? AND "
                  + UNFINISHED
                  + " AND (lease_until IS NULL OR lease_until < CURRENT_TIMESTAMP)",
              node.id(),
              id);
      if (updated == 1) {
        taken.add(id);
      }
    }
    return taken;
  }

  /**
   * Renews this job's lease, or fails with {@link LeaseLost}: the first statement of every write a
   * worker makes, in that write's transaction.
   */
  void renew(String jobId) {
    int updated =
        jdbc.update(
            "UPDATE job SET lease_until = " + until + " WHERE id = ? AND lease_owner = ?",
            jobId,
            node.id());
    if (updated == 0) {
      throw new LeaseLost(jobId);
    }
  }

  /**
   * Renews the leases of the jobs this node is working on (one statement); a job it holds but does
   * not work on is left to end its lease (see {@link #idle}).
   */
  void renew(Collection<String> working) {
    if (working.isEmpty()) {
      return;
    }
    List<String> ids = List.copyOf(working);
    jdbc.update(
        "UPDATE job SET lease_until = "
            + until
            + " WHERE lease_owner = ? AND id IN ("
            + String.join(", ", Collections.nCopies(ids.size(), "?"))
            + ")",
        Stream.concat(Stream.of(node.id()), ids.stream()).toArray());
  }

  /**
   * Unfinished jobs this node holds but is not working on (a worker that could not start): they are
   * this node's to run at once, without waiting for their leases to end.
   */
  List<String> idle(Set<String> working) {
    return jdbc
        .queryForList(
            "SELECT id FROM job WHERE lease_owner = ? AND "
                + UNFINISHED
                + " AND lease_until >= CURRENT_TIMESTAMP ORDER BY created_at",
            String.class,
            node.id())
        .stream()
        .filter(id -> !working.contains(id))
        .toList();
  }

  /**
   * Ends a job this node holds, with its lease, and makes its callback due (if it has a callback
   * URL) in the same transaction; fails with {@link LeaseLost} if this node holds none.
   */
  @Transactional
  void finish(String jobId, String status, String error) {
    int updated =
        jdbc.update(
            "UPDATE job SET status = ?, error = ?, finished_at = "
                + now
                + ", lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?",
            status,
            error,
            jobId,
            node.id());
    if (updated == 0) {
      throw new LeaseLost(jobId);
    }
    jdbc.update(
        "INSERT INTO callback_outbox (job_id, url, attempts, due_at) SELECT id, callback_url, 0,"
            + " CURRENT_TIMESTAMP FROM job WHERE id = ? AND callback_url IS NOT NULL",
        jobId);
  }

  /** Gives back every lease this node holds, so other nodes take its jobs at once. */
  int releaseAll() {
    return jdbc.update(
        "UPDATE job SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ?", node.id());
  }

  @Override
  public String kind() {
    return "jobs";
  }

  @Override
  public Map<String, List<String>> byNode() {
    Map<String, List<String>> out = new TreeMap<>();
    jdbc.query(
        "SELECT lease_owner, id FROM job WHERE lease_owner IS NOT NULL AND "
            + UNFINISHED
            + " AND lease_until >= CURRENT_TIMESTAMP ORDER BY created_at",
        rs -> {
          out.computeIfAbsent(rs.getString(1), n -> new ArrayList<>()).add(rs.getString(2));
        });
    return out;
  }
}
