package org.tarjuma.glossary;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What an import does or would do.
 *
 * @param dryRun true when nothing was written
 * @param added ids of new entries
 * @param changed entries that differ, with what changes
 * @param unchanged ids of entries that are the same
 * @param conflicts entries that cannot be imported, with why; a real import with any writes none
 * @param warnings what of the file was passed over (a column Tarjuma does not read)
 */
public record ImportReport(
    boolean dryRun,
    List<String> added,
    List<Changed> changed,
    List<String> unchanged,
    List<Conflict> conflicts,
    List<String> warnings) {

  public ImportReport {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** This report with {@code more} warnings. */
  ImportReport warning(List<String> more) {
    List<String> all = new java.util.ArrayList<>(warnings);
    all.addAll(more);
    return new ImportReport(dryRun, added, changed, unchanged, conflicts, all);
  }

  /**
   * An entry the import changes.
   *
   * @param changes one line a field: "targets.ur.preferred: old → new"
   * @param fields the same, field by field, for pages
   */
  public record Changed(String id, List<String> changes, @JsonIgnore List<FieldChange> fields) {

    Changed(String id, List<FieldChange> fields) {
      this(id, fields.stream().map(FieldChange::line).toList(), List.copyOf(fields));
    }
  }

  /** An entry that cannot be imported: its field and the problem. */
  public record Conflict(String id, String field, String problem) {}
}
