package org.tarjuma.segment;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.tarjuma.web.Limits;

/**
 * A document that nests deeper than {@link Limits#NESTING}; answers HTTP 400 saying where and how
 * deep, before anything walks the document.
 */
public class TooDeeplyNestedException extends ErrorResponseException {

  TooDeeplyNestedException(Format format, String what, int offset) {
    super(HttpStatus.BAD_REQUEST, problem(format, what, offset), null);
  }

  private static ProblemDetail problem(Format format, String what, int offset) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "The "
                + format.id()
                + " nests "
                + what
                + " more than "
                + Limits.NESTING
                + " deep"
                + (offset >= 0 ? " (near offset " + offset + ")" : "")
                + "; Tarjuma reads at most "
                + Limits.NESTING
                + " levels. Flatten the document.");
    problem.setTitle("Document nested too deeply");
    problem.setProperty("limit", Limits.NESTING);
    return problem;
  }
}
