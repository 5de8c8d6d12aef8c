package org.tarjuma.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.ModelAndView;

/** Errors as RFC 9457 problem details, for controllers and services of every feature. */
public final class Problems {

  /**
   * The request attribute under which a filter leaves the problem it answered with {@code
   * sendError}, for the error page and the error endpoint to show instead of a generic one.
   */
  public static final String ATTRIBUTE = Problems.class.getName() + ".PROBLEM";

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

  /** The error page showing this problem to a person, with its status; never null. */
  static ModelAndView page(ProblemDetail problem) {
    HttpStatus status = HttpStatus.valueOf(problem.getStatus());
    ModelAndView page = new ModelAndView("error/page", status);
    page.addObject("status", status.value());
    page.addObject(
        "title", problem.getTitle() == null ? status.getReasonPhrase() : problem.getTitle());
    page.addObject("detail", problem.getDetail());
    return page;
  }
}
