package org.tarjuma.language;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A language code or name that Tarjuma does not know; answers HTTP 400. */
public class UnknownLanguageException extends ErrorResponseException {

  public UnknownLanguageException(String given, String accepted) {
    super(HttpStatus.BAD_REQUEST, problem(given, accepted), null);
  }

  private static ProblemDetail problem(String given, String accepted) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "Unknown language '" + given + "'. Accepted: " + accepted + ".");
    problem.setTitle("Unknown language");
    return problem;
  }
}
