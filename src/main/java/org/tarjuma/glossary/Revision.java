package org.tarjuma.glossary;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/**
 * One revision of an entry, as the history shows it.
 *
 * @param revision its number, from 1
 * @param changedBy who made it
 * @param changedAt when
 * @param deleted whether this revision deleted the entry
 * @param changes what changed since the revision before, one line a field
 * @param entry the entry as it was after this revision; null when deleted
 * @param fields the same changes field by field, for pages
 */
public record Revision(
    int revision,
    String changedBy,
    Instant changedAt,
    boolean deleted,
    List<String> changes,
    Entry entry,
    @JsonIgnore List<FieldChange> fields) {}
