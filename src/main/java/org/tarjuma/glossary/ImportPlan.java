package org.tarjuma.glossary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How an import's entries relate to the glossary: added, changed, unchanged, or in conflict. */
record ImportPlan(
    List<Entry> added,
    List<Entry> changed,
    List<ImportReport.Changed> changes,
    List<String> unchanged,
    List<ImportReport.Conflict> conflicts) {

  static ImportPlan of(List<Entry> incoming, Map<String, Entry> current, EntryRules rules) {
    ImportPlan plan =
        new ImportPlan(
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>());
    // Checked against the glossary as it will be: the import's entries replace those with their
    // ids.
    Map<String, Entry> after = new LinkedHashMap<>(current);
    Set<String> seen = new HashSet<>();
    for (Entry entry : incoming) {
      after.put(String.valueOf(entry.id()), entry);
    }
    for (Entry entry : incoming) {
      String id = String.valueOf(entry.id());
      if (!seen.add(id)) {
        plan.conflicts.add(
            new ImportReport.Conflict(id, "id", "The file has entry '" + id + "' more than once."));
        continue;
      }
      try {
        rules.check(entry, after.values());
      } catch (InvalidEntryException e) {
        plan.conflicts.add(
            new ImportReport.Conflict(
                id,
                String.valueOf(e.getBody().getProperties().get("field")),
                e.getBody().getDetail()));
        continue;
      }
      Entry existing = current.get(id);
      if (existing == null) {
        plan.added.add(entry);
        continue;
      }
      List<FieldChange> lines =
          EntryChanges.between(
                  existing, new Entry(id, existing.revision(), entry.english(), entry.targets()))
              .fields();
      if (lines.isEmpty()) {
        plan.unchanged.add(id);
      } else {
        plan.changed.add(entry);
        plan.changes.add(new ImportReport.Changed(id, lines));
      }
    }
    return plan;
  }

  ImportReport report(boolean dryRun) {
    return new ImportReport(
        dryRun, added.stream().map(Entry::id).toList(), changes, unchanged, conflicts, List.of());
  }
}
