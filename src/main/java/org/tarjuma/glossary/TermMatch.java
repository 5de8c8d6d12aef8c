package org.tarjuma.glossary;

/**
 * A glossary term found in a text.
 *
 * @param start UTF-16 offset of its first character
 * @param end UTF-16 offset just after its last character
 * @param text the text as found ("TTP's" for the term TTP)
 * @param entryId the entry it belongs to
 * @param revision the entry's revision
 */
public record TermMatch(int start, int end, String text, String entryId, int revision) {}
