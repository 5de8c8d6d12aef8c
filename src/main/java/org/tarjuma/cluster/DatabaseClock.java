package org.tarjuma.cluster;

import java.time.Duration;

/**
 * SQL for a time on the database's clock, never a node's: every lease, claim, permit, heartbeat and
 * due time is written and compared with these, so a node whose clock is off takes nothing that
 * another still holds. The same SQL runs on H2 and PostgreSQL.
 */
public final class DatabaseClock {

  private DatabaseClock() {}

  /** The database's time now plus {@code duration}, in whole seconds (at least one). */
  public static String inFuture(Duration duration) {
    return "CURRENT_TIMESTAMP + INTERVAL '1' SECOND * " + Math.max(1, duration.toSeconds());
  }

  /** The database's time now minus {@code duration}, in whole seconds (at least one). */
  public static String inPast(Duration duration) {
    return "CURRENT_TIMESTAMP - INTERVAL '1' SECOND * " + Math.max(1, duration.toSeconds());
  }
}
