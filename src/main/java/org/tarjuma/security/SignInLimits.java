package org.tarjuma.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tarjuma.web.Limits;
import org.tarjuma.web.Problems;

/**
 * The sign-in form's fields checked against their limits before anyone looks the name up: a longer
 * one is a 400 that names the field and its limit (a page for a browser), not a failed sign-in that
 * would count against the throttle or be logged.
 */
final class SignInLimits extends OncePerRequestFilter {

  /** A password longer than any we keep: bcrypt reads 72 bytes, a passphrase needs no more. */
  static final int PASSWORD = 1024;

  private static final Map<String, Integer> FIELDS =
      Map.of("username", Limits.USERNAME, "password", PASSWORD);

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    for (Map.Entry<String, Integer> field : FIELDS.entrySet()) {
      try {
        Limits.check(
            "The form field " + field.getKey(),
            request.getParameter(field.getKey()),
            field.getValue());
      } catch (ErrorResponseException tooLong) {
        request.setAttribute(Problems.ATTRIBUTE, tooLong.getBody());
        response.sendError(tooLong.getStatusCode().value());
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
