package org.tarjuma.glossary;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A glossary file that cannot be read; its message names the file and the line. Answers 400. */
public class GlossaryFileException extends ErrorResponseException {

  GlossaryFileException(String where, int line, String problem) {
    super(HttpStatus.BAD_REQUEST, detail(where, line, problem), null);
  }

  private static ProblemDetail detail(String where, int line, String problem) {
    ProblemDetail detail =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, where + (line > 0 ? ", line " + line : "") + ": " + problem);
    detail.setTitle("Unreadable glossary file");
    detail.setProperty("line", line);
    return detail;
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }
}
