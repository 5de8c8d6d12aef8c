package org.tarjuma.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request body over {@code tarjuma.api.max-body-size}; answers HTTP 413. */
class BodyTooLargeException extends ErrorResponseException {

  BodyTooLargeException(long limit) {
    super(HttpStatus.CONTENT_TOO_LARGE, problem(limit), null);
  }

  static ProblemDetail problem(long limit) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONTENT_TOO_LARGE,
            "The request body is larger than the limit of "
                + limit
                + " bytes. Split the article or ask the operator to raise"
                + " tarjuma.api.max-body-size.");
    problem.setTitle("Request body too large");
    return problem;
  }
}
