package org.tarjuma.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A failed sign-in: back to the form, with only the sentence the form will show kept in the
 * session. Spring Security's own handler keeps the exception there, and the exception carries the
 * sign-in request with the password as typed, which the session would write to the database.
 */
final class SignInFailure implements AuthenticationFailureHandler {

  /** The session attribute {@link SignInController} reads. */
  static final String MESSAGE = SignInFailure.class.getName() + ".MESSAGE";

  static final String WRONG = "Wrong user name or password.";

  private final RedirectStrategy redirect = new DefaultRedirectStrategy();

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    // Whether a name exists or is disabled is not said to whoever is guessing; only how long to
    // wait after too many failures, which any name gets alike.
    request
        .getSession()
        .setAttribute(MESSAGE, failure instanceof LockedException ? failure.getMessage() : WRONG);
    redirect.sendRedirect(request, response, "/login?error");
  }
}
