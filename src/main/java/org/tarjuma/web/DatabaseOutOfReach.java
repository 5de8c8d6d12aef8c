package org.tarjuma.web;

import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A failure that means the database cannot be reached right now (no connection in time, the
 * connection dropped), as opposed to a fault in a request: answered 503 with {@code Retry-After},
 * so clients and load balancers try again, and work waiting on it goes on once it is back.
 */
public final class DatabaseOutOfReach {

  /** Seconds a client is asked to wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private DatabaseOutOfReach() {}

  /** Whether this failure, or one of its causes, means the database is out of reach. */
  public static boolean is(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof DataAccessResourceFailureException
          || t instanceof TransientDataAccessResourceException
          || t instanceof CannotCreateTransactionException
          || t instanceof SQLTransientConnectionException
          || t instanceof java.net.ConnectException
          || t instanceof java.sql.SQLNonTransientConnectionException
          || isConnectionState(t)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  // SQLSTATE class 08: connection exception (PostgreSQL's driver reports a lost server so).
  private static boolean isConnectionState(Throwable t) {
    return t instanceof java.sql.SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith("08");
  }

  static ProblemDetail problem() {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE,
            "The database is out of reach for a moment; nothing you sent before was lost. Try"
                + " again in "
                + RETRY_AFTER_SECONDS
                + " seconds.");
    problem.setTitle("Service unavailable");
    return problem;
  }

  static HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
    return headers;
  }
}
