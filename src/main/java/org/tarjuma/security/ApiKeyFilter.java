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

/**
 * {@code Authorization: Bearer <key>}: the admin key ({@code TARJUMA_ADMIN_KEY}) or a stored key. A
 * key that is unknown, revoked or expired is answered 401 at once; no header leaves the request
 * anonymous, for the rules to answer.
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
    Optional<Caller> caller = isAdminKey(key) ? Optional.of(ADMIN) : keys.verify(key);
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

  private static final Caller ADMIN = new Caller("admin key", Role.ADMIN, null, List.of());

  private boolean isAdminKey(String key) {
    return adminKey != null
        && MessageDigest.isEqual(adminKey, key.getBytes(StandardCharsets.UTF_8));
  }
}
