/**
 * Checks on each translated segment, one small class per check, each with one job: glossary forms,
 * numbers, dates, untranslated text, letters and scripts, bidi controls, final punctuation, inline
 * codes, length, emptiness. {@link org.tarjuma.qa.QualityChecks} runs them all.
 */
@ApplicationModule(allowedDependencies = {"calendar", "glossary", "language", "segment"})
package org.tarjuma.qa;

import org.springframework.modulith.ApplicationModule;
