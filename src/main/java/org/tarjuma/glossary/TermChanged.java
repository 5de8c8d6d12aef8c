package org.tarjuma.glossary;

import java.util.Set;

/**
 * Published after an entry was created, changed or deleted, once the glossary answers with the
 * change: the jobs check the stored translations it concerns again, so their QA findings follow the
 * glossary. (The segment cache needs no event: its keys hold the forms of the entries in each
 * sentence, so a changed form is a different key.)
 *
 * <p>Published once, on the node where the change was made, never on the nodes that hear of it and
 * rebuild their glossary: what listeners do with it goes to the shared database (the recheck writes
 * stored findings), and must happen once, not once per node. Something a node keeps for itself that
 * must follow the glossary subscribes to the glossary's changes instead ({@code
 * org.tarjuma.cluster.Changes}).
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
