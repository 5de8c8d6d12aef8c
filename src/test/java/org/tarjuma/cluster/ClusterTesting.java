package org.tarjuma.cluster;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nodes, their claims and sharing on a migrated PostgreSQL, without the application around them.
 */
public final class ClusterTesting {

  private ClusterTesting() {}

  /** A new node (its own id, its heartbeat row written) on this database. */
  public static Node node(DataSource db) {
    Node node = new Node(new JdbcTemplate(db));
    node.ready();
    return node;
  }

  /** What this database lets its nodes share (everything on PostgreSQL). */
  public static Sharing sharing(DataSource db) throws Exception {
    return new Sharing(db, Duration.ofSeconds(30));
  }

  /** The claims of a new node (its own id) on this database. */
  public static KeyClaims claims(DataSource db) throws Exception {
    return new KeyClaims(new JdbcTemplate(db), node(db), sharing(db));
  }
}
