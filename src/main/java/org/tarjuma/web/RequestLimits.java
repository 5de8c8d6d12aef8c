package org.tarjuma.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks the headers Tarjuma stores and every path variable against {@link Limits} before a
 * controller sees them: a longer one is a 400 that names it and its limit.
 */
@Configuration
class RequestLimits implements WebMvcConfigurer, HandlerInterceptor {

  /** Headers whose value ends up in a column. */
  private static final Map<String, Integer> HEADERS =
      Map.of("X-Tarjuma-Outlet", Limits.OUTLET, "X-Tarjuma-User", Limits.USERNAME);

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    HEADERS.forEach(
        (name, max) -> Limits.check("The header " + name, request.getHeader(name), max));
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
            instanceof Map<?, ?> variables
        && request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)
            instanceof String pattern) {
      variables.forEach(
          (name, value) ->
              Limits.check(
                  "The path segment {" + name + "}",
                  String.valueOf(value),
                  limit(pattern, String.valueOf(name))));
    }
    return true;
  }

  private static int limit(String pattern, String variable) {
    int max = Limits.ofPathVariable(pattern, variable);
    return max < 0 ? Integer.MAX_VALUE : max;
  }
}
