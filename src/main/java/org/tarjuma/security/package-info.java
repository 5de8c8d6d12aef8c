/**
 * Who may do what: roles ({@code outlet}, {@code translator}, {@code curator}, {@code admin}), API
 * keys (stored hashed, shown once, revocable, scoped to a role and an outlet), users who sign in to
 * the pages (strong password hash, slowed down after failed attempts, sessions kept in the database
 * and ended when their user is disabled), and the rule of each endpoint. Public: {@link
 * org.tarjuma.security.Caller}, the one who sent the current request.
 */
@ApplicationModule(allowedDependencies = {"language", "web"})
package org.tarjuma.security;

import org.springframework.modulith.ApplicationModule;
