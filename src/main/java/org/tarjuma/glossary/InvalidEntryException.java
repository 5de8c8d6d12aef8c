package org.tarjuma.glossary;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An entry the glossary refuses, naming the field; 400, or 409 for a term another entry has. */
public class InvalidEntryException extends ErrorResponseException {

  InvalidEntryException(HttpStatus status, String field, String detail) {
    super(status, problem(status, field, detail), null);
  }

  private static ProblemDetail problem(HttpStatus status, String field, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(
        status == HttpStatus.CONFLICT ? "Term already in the glossary" : "Invalid glossary entry");
    problem.setProperty("field", field);
    return problem;
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }
}
