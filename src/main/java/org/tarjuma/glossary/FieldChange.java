package org.tarjuma.glossary;

/**
 * One field of an entry that changed, its value before and after; or an event of the whole entry or
 * language ("created", "targets.ps added"), which has no values. Pages show the values apart (each
 * isolated, as they are often right to left); the API shows {@link #line()}.
 *
 * @param field the field ("targets.ur.preferred") or the event
 * @param was the value before, null for an event
 * @param is the value after, null for an event
 */
public record FieldChange(String field, String was, String is) {

  static FieldChange event(String what) {
    return new FieldChange(what, null, null);
  }

  /** Whether this is an event without values. */
  public boolean event() {
    return was == null && is == null;
  }

  /** "field: was → is", or the event. */
  public String line() {
    return event() ? field : field + ": " + was + " → " + is;
  }
}
