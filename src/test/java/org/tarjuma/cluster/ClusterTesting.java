package org.tarjuma.cluster;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Nodes' claims on a migrated PostgreSQL, without the application around them. */
public final class ClusterTesting {

  private ClusterTesting() {}

  /** The claims of a new node (its own id) on this database. */
  public static KeyClaims claims(DataSource db) throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(db);
    Node node = new Node(jdbc);
    node.ready();
    return new KeyClaims(jdbc, node, new Sharing(db, Duration.ofSeconds(30)));
  }
}
