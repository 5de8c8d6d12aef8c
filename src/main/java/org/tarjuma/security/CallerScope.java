package org.tarjuma.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.tarjuma.web.IdempotencyScope;

/**
 * Idempotency keys per outlet: an outlet key's own outlet, the outlet an admin's request acts for
 * ({@code X-Tarjuma-Outlet}), else the caller itself.
 */
@Component
class CallerScope implements IdempotencyScope {

  @Override
  public String of(HttpServletRequest request) {
    String asked = request.getHeader("X-Tarjuma-Outlet");
    return Caller.current()
        .map(
            caller -> {
              String outlet = caller.actingFor(asked);
              return outlet != null ? "outlet " + outlet : "caller " + caller.name();
            })
        .orElse("anonymous");
  }
}
