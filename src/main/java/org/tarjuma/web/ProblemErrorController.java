package org.tarjuma.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers errors that happen outside a controller (in a filter, in the container) with a problem
 * detail instead of the Whitelabel page or a stack trace.
 */
@RestController
class ProblemErrorController implements ErrorController {

  /** The same error as a page, for a browser on the pages (an API client gets the problem). */
  @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView page(HttpServletRequest request) {
    if (request.getAttribute(Problems.ATTRIBUTE) instanceof ProblemDetail problem) {
      return Problems.page(problem);
    }
    HttpStatus status = status(request);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            status,
            switch (status) {
              case FORBIDDEN -> "Your role does not allow this. Ask an admin if you need it.";
              case NOT_FOUND -> "There is nothing at this address.";
              default -> detail(status);
            });
    problem.setTitle(status.getReasonPhrase());
    return Problems.page(problem);
  }

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
        && DatabaseOutOfReach.is(failure)) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .headers(DatabaseOutOfReach.headers())
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(DatabaseOutOfReach.problem());
    }
    if (request.getAttribute(Problems.ATTRIBUTE) instanceof ProblemDetail problem) {
      return ResponseEntity.status(problem.getStatus())
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    HttpStatus status = status(request);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
    problem.setTitle(status.getReasonPhrase());
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri instanceof String path) {
      problem.setInstance(URI.create(path));
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
    return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }

  private static String detail(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND -> "There is nothing at this address. The API is described at /v3/api-docs.";
      case CONTENT_TOO_LARGE -> "The request is larger than this server accepts.";
      default ->
          status.is5xxServerError()
              ? "Something went wrong on our side; it has been logged."
              : "The request could not be handled: " + status.getReasonPhrase() + ".";
    };
  }
}
