package org.tarjuma.segment;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A document format Tarjuma does not read; answers HTTP 400 naming the accepted ones. */
public class UnknownFormatException extends ErrorResponseException {

  UnknownFormatException(String given, String accepted) {
    super(HttpStatus.BAD_REQUEST, problem(given, accepted), null);
  }

  private static ProblemDetail problem(String given, String accepted) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "Unknown format '" + given + "'. Accepted: " + accepted + ".");
    problem.setTitle("Unknown format");
    return problem;
  }
}
