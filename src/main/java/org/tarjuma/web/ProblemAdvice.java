package org.tarjuma.web;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Turns every error an endpoint raises into an RFC 9457 problem detail whose {@code detail} a
 * person can act on. Unexpected failures are logged with an id that the answer repeats; their
 * message and stack trace never leave the server.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    BodyTooLargeException tooLarge = causeOf(ex, BodyTooLargeException.class);
    if (tooLarge != null) {
      return handleExceptionInternal(
          tooLarge, tooLarge.getBody(), headers, tooLarge.getStatusCode(), request);
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadableDetail(ex));
    problem.setTitle("Unreadable request body");
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.NOT_FOUND,
            "There is nothing at /"
                + ex.getResourcePath()
                + ". The API is described at /v3/api-docs.");
    problem.setTitle("Not found");
    return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
  }

  /** A multipart body that cannot be read (no boundary, cut short): the client's, not ours. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Object> unreadableForm(MultipartException ex, WebRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "The multipart/form-data body could not be read; send the file as a form field, e.g."
                + " curl -F file=@name.xlf.");
    problem.setTitle("Unreadable request body");
    return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
    if (DatabaseOutOfReach.is(ex)) {
      log.warn(
          "The database is out of reach on {}: {}", request.getDescription(false), ex.toString());
      return handleExceptionInternal(
          ex,
          DatabaseOutOfReach.problem(),
          DatabaseOutOfReach.headers(),
          HttpStatus.SERVICE_UNAVAILABLE,
          request);
    }
    String id = UUID.randomUUID().toString();
    log.error("Unexpected error {} on {}", id, request.getDescription(false), ex);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side. It was logged as error " + id + ".");
    problem.setTitle("Internal error");
    problem.setProperty("errorId", id);
    return handleExceptionInternal(
        ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
  }

  private static String unreadableDetail(HttpMessageNotReadableException ex) {
    JacksonException json = causeOf(ex, JacksonException.class);
    if (json == null) {
      return "The request needs a JSON body.";
    }
    String where =
        json.getLocation() == null || json.getLocation().getLineNr() < 0
            ? ""
            : " (line "
                + json.getLocation().getLineNr()
                + ", column "
                + json.getLocation().getColumnNr()
                + ")";
    return "The request body is not valid JSON" + where + ": " + json.getOriginalMessage();
  }

  private static <T extends Throwable> T causeOf(Throwable ex, Class<T> type) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
