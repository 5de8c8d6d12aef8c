package org.tarjuma.glossary;

/**
 * A glossary form found in Urdu, Pashto or Dari text, possibly inflected.
 *
 * @param start UTF-16 offset of its first character
 * @param end UTF-16 offset just after its last character
 * @param text the text as found (حملے for the form حملہ)
 * @param entryId the entry it belongs to
 * @param revision the entry's revision
 * @param form the glossary form it matched
 * @param kind whether that form is the preferred one, an allowed variant, or forbidden
 */
public record FormMatch(
    int start, int end, String text, String entryId, int revision, String form, Kind kind) {

  /** What the matched form is in its entry. */
  public enum Kind {
    PREFERRED,
    VARIANT,
    FORBIDDEN
  }
}
