package org.tarjuma.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Errors as RFC 9457 problem details, for controllers and services of every feature. */
public final class Problems {

  private Problems() {}

  /**
   * An exception that answers {@code status} with this title and a detail a person can act on;
   * never null.
   */
  public static ErrorResponseException of(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return new ErrorResponseException(status, problem, null);
  }
}
