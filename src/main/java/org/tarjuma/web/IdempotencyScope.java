package org.tarjuma.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whose keys an {@code Idempotency-Key} is looked up among: the same key sent for two scopes names
 * two requests. Implemented where callers are known (security); the idempotency filter needs it.
 */
public interface IdempotencyScope {

  /**
   * The scope of this authenticated request: the outlet it acts for, or, for a caller acting for
   * none, the caller; never null, at most 300 characters. Thread-safe.
   */
  String of(HttpServletRequest request);
}
