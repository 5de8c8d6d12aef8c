/**
 * What every HTTP endpoint and page shares: errors as RFC 9457 problem details with messages a
 * person understands (and as an HTML page for a browser), the request body limit, {@code
 * Idempotency-Key} on the requests that create something (kept in the database, scoped by the
 * {@link org.tarjuma.web.IdempotencyScope} another module implements), and the guard against
 * spreadsheet formulas in CSV exports ({@link org.tarjuma.web.FormulaGuard}). Each feature keeps
 * its own controllers and pages; they use {@link org.tarjuma.web.Problems} to refuse a request.
 */
@ApplicationModule(allowedDependencies = {})
package org.tarjuma.web;

import org.springframework.modulith.ApplicationModule;
