/**
 * Curated names and terms with their approved Urdu, Pashto and Dari forms. Public: the records of
 * an {@link org.tarjuma.glossary.Entry}, the {@link org.tarjuma.glossary.TermMatcher} that finds
 * terms in English text, and {@link org.tarjuma.glossary.Glossary}, the live set of entries. The
 * curated files live in the top-level {@code glossary/} folder as TBX.
 */
@ApplicationModule(allowedDependencies = {"cluster", "language", "security", "web"})
package org.tarjuma.glossary;

import org.springframework.modulith.ApplicationModule;
