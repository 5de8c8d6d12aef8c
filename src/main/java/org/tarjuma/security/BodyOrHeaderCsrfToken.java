package org.tarjuma.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Where the pages' CSRF token is read: the {@code X-CSRF-TOKEN} header (htmx) or the form's body,
 * never the URL. A token in a query string ends up in the access logs, the browser's history and
 * the {@code Referer} sent to other sites; a request that carries one there is refused (403), even
 * when its body carries the right one too. The token stays masked per response (BREACH), as with
 * Spring Security's default handler, to which this one leaves the rest.
 */
final class BodyOrHeaderCsrfToken implements CsrfTokenRequestHandler {

  private final XorCsrfTokenRequestAttributeHandler masked =
      new XorCsrfTokenRequestAttributeHandler();

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
    masked.handle(request, response, token);
  }

  @Override
  public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
    return inQuery(request.getQueryString(), token.getParameterName())
        ? null
        : masked.resolveCsrfTokenValue(request, token);
  }

  private static boolean inQuery(String query, String name) {
    return query != null
        && Arrays.stream(query.split("&"))
            .map(p -> p.split("=", 2)[0])
            .anyMatch(p -> decoded(p).equals(name));
  }

  /** The parameter's name as the container reads it; as sent when it is not valid %-encoding. */
  private static String decoded(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notPercentEncoding) {
      return raw;
    }
  }
}
