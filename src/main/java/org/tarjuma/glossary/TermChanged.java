package org.tarjuma.glossary;

import java.util.Set;

/**
 * Published after an entry was created, changed or deleted: the segment cache uses it to let
 * exactly the segments that contain the term miss.
 *
 * @param entryId the entry
 * @param revision its new revision
 * @param languages the languages whose side changed ({@code en} for the English terms)
 * @param deleted whether the entry is gone
 */
public record TermChanged(String entryId, int revision, Set<String> languages, boolean deleted) {

  public TermChanged {
    languages = Set.copyOf(languages);
  }
}
