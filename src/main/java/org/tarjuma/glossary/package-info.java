/**
 * Curated names and terms with their approved Urdu, Pashto and Dari forms, the term matcher,
 * masking, import and export. Built by the glossary issue; the curated files live in the top-level
 * {@code glossary/} folder.
 */
package org.tarjuma.glossary;
