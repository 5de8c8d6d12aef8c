package org.tarjuma.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tarjuma.language.ControlCharacters;

/**
 * {@code Authorization: Bearer <key>}: the admin key ({@code TARJUMA_ADMIN_KEY}) or a stored key. A
 * key that is unknown, revoked or expired is answered 401 at once; no header leaves the request
 * anonymous, for the rules to answer. {@code X-Tarjuma-User} (who a change is recorded as made by)
 * is honoured only with the admin key: any other key sending it is answered 403 at once, so that a
 * script expecting its changes to be credited to a person learns at once that they would not be.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final ApiKeys keys;
  private final ProblemResponses problems;
  private final byte[] adminKey;

  ApiKeyFilter(ApiKeys keys, ProblemResponses problems, String adminKey) {
    this.keys = keys;
    this.problems = problems;
    this.adminKey = adminKey == null ? null : adminKey.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    String key = header.substring(BEARER.length()).strip();
    Optional<Caller> caller = isAdminKey(key) ? Optional.of(Caller.MASTER_KEY) : keys.verify(key);
    if (caller.isEmpty()) {
      SecurityContextHolder.clearContext();
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      problems.write(
          response,
          HttpStatus.UNAUTHORIZED,
          "API key not valid",
          "The API key is not valid: it is unknown, revoked or expired.");
      return;
    }
    if (refusedRecordedAs(request, response, caller.get())) {
      return;
    }
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                caller.get(),
                null,
                List.of(new SimpleGrantedAuthority(caller.get().role().authority()))));
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /**
   * Answers {@code X-Tarjuma-User} sent with any key but the master key (403), or naming someone
   * with control or bidi characters (400); true when it did.
   */
  private boolean refusedRecordedAs(
      HttpServletRequest request, HttpServletResponse response, Caller caller) throws IOException {
    String recordedAs = request.getHeader(Caller.USER_HEADER);
    if (recordedAs != null && !Caller.MASTER_KEY.equals(caller)) {
      problems.write(
          response,
          HttpStatus.FORBIDDEN,
          "X-Tarjuma-User not allowed",
          "X-Tarjuma-User is honoured only with the admin key (TARJUMA_ADMIN_KEY); with this key,"
              + " changes are recorded under the key's own name. Send the request without the"
              + " header. Nothing was changed.");
      return true;
    }
    Optional<String> unreadable = ControlCharacters.problem(Caller.USER_HEADER, recordedAs, false);
    if (unreadable.isPresent()) {
      problems.write(response, HttpStatus.BAD_REQUEST, "Invalid X-Tarjuma-User", unreadable.get());
      return true;
    }
    return false;
  }

  private boolean isAdminKey(String key) {
    return adminKey != null
        && MessageDigest.isEqual(adminKey, key.getBytes(StandardCharsets.UTF_8));
  }
}
