package org.tarjuma.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form sign-in against the users table, slowed down after repeated failures ({@link
 * LoginAttempts}): while a name must wait from the address signing in, its password is not even
 * checked. A signed-in user is kept without their password hash.
 */
final class ThrottledSignIn implements AuthenticationProvider {

  private final DaoAuthenticationProvider passwords;
  private final LoginAttempts attempts;

  ThrottledSignIn(DaoAuthenticationProvider passwords, LoginAttempts attempts) {
    this.passwords = passwords;
    this.attempts = attempts;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String username = authentication.getName();
    String address = address(authentication);
    Duration wait = attempts.waitFor(username, address);
    if (!wait.isZero()) {
      throw new LockedException(
          "Too many failed sign-ins: try again in " + Math.max(1, wait.toSeconds()) + " seconds.");
    }
    try {
      Authentication done = passwords.authenticate(authentication);
      attempts.succeeded(username, address);
      return withoutPasswordHash(done);
    } catch (BadCredentialsException e) {
      attempts.failed(username, address);
      throw e;
    }
  }

  /** What the session keeps, in the database: the user without their password hash. */
  private static Authentication withoutPasswordHash(Authentication done) {
    return done.getPrincipal() instanceof UserAccount.Principal user
        ? done.toBuilder().principal(user.withoutPasswordHash()).build()
        : done;
  }

  private static String address(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress()
        : "unknown";
  }

  @Override
  public boolean supports(Class<?> type) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
  }
}
