package org.tarjuma.glossary;

import java.util.Set;

/**
 * Published after an entry was created, changed or deleted, once the glossary answers with the
 * change: the jobs check the stored translations it concerns again, so their QA findings follow the
 * glossary. (The segment cache needs no event: its keys hold the forms of the entries in each
 * sentence, so a changed form is a different key.)
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
