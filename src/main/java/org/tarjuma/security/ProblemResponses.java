package org.tarjuma.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 for the API as problem details that say what to do. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final JsonMapper json;

  ProblemResponses(JsonMapper json) {
    this.json = json;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer");
    write(
        response,
        HttpStatus.UNAUTHORIZED,
        "API key needed",
        "This endpoint needs an API key: send the header Authorization: Bearer <key>.");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    String role = Caller.current().map(c -> c.role().id()).orElse("anonymous");
    write(
        response,
        HttpStatus.FORBIDDEN,
        "Not allowed",
        "The role '"
            + role
            + "' may not "
            + request.getMethod()
            + " "
            + request.getRequestURI()
            + ".");
  }

  void write(HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json.writeValueAsString(problem));
  }
}
