package org.tarjuma.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this node may share its database with others: on PostgreSQL it may, and claims and
 * permits are kept in the database; on the embedded H2 it is the only node (H2 runs inside it), and
 * they are kept in the process. Also the lease of a claim or a permit, which its holder renews a
 * few times per lease while it works ({@code tarjuma.cluster.claim-lease}, 30s).
 */
@Component
public class Sharing {

  private final boolean shared;
  private final Duration lease;

  @Autowired
  Sharing(DataSource dataSource, @Value("${tarjuma.cluster.claim-lease:30s}") Duration lease)
      throws SQLException {
    this(postgres(dataSource), lease);
  }

  private Sharing(boolean shared, Duration lease) {
    if (lease.toSeconds() < 1) {
      throw new IllegalArgumentException("tarjuma.cluster.claim-lease must be at least 1s");
    }
    this.shared = shared;
    this.lease = lease;
  }

  /** A node alone with its database, for tests and tools that run without one. */
  static Sharing alone() {
    return new Sharing(false, Duration.ofSeconds(30));
  }

  private static boolean postgres(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection
          .getMetaData()
          .getDatabaseProductName()
          .toLowerCase(Locale.ROOT)
          .contains("postgres");
    }
  }

  /** True when other nodes may use this database too (PostgreSQL). */
  public boolean shared() {
    return shared;
  }

  /**
   * SQL for the database's time when the statement runs: {@code statement_timestamp()} on
   * PostgreSQL, where {@code CURRENT_TIMESTAMP} is the time its transaction began (a job that ends
   * in the transaction that stores its rows would end before they were written); on H2, which keeps
   * one time per transaction and runs in this process, {@code CURRENT_TIMESTAMP}.
   */
  public String statementTime() {
    return shared ? "statement_timestamp()" : "CURRENT_TIMESTAMP";
  }

  /** SQL for the end of a lease taken now, on the database's clock. */
  String leaseEnd() {
    return DatabaseClock.inFuture(lease);
  }
}
