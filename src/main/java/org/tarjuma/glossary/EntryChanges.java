package org.tarjuma.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between two revisions of an entry: one change a field, and the languages touched.
 */
record EntryChanges(List<FieldChange> fields, Set<String> languages) {

  /** One line a field: "targets.ur.preferred: old → new". */
  List<String> lines() {
    return fields.stream().map(FieldChange::line).toList();
  }

  static EntryChanges between(Entry before, Entry after) {
    List<FieldChange> lines = new ArrayList<>();
    Set<String> languages = new TreeSet<>();
    if (before == null || after == null) {
      Entry present = before == null ? after : before;
      lines.add(FieldChange.event(before == null ? "created" : "deleted"));
      languages.add("en");
      languages.addAll(present.targets().keySet());
      return new EntryChanges(lines, languages);
    }
    int english = lines.size();
    field(
        lines,
        "english.preferred",
        text(before.english().preferred()),
        text(after.english().preferred()));
    field(lines, "english.variants", before.english().variants(), after.english().variants());
    field(
        lines,
        "english.partOfSpeech",
        before.english().partOfSpeech(),
        after.english().partOfSpeech());
    field(lines, "english.domains", before.english().domains(), after.english().domains());
    field(lines, "english.note", before.english().note(), after.english().note());
    if (lines.size() > english) {
      languages.add("en");
    }
    Set<String> codes = new TreeSet<>(before.targets().keySet());
    codes.addAll(after.targets().keySet());
    for (String code : codes) {
      int start = lines.size();
      Entry.Forms was = before.targets().get(code);
      Entry.Forms is = after.targets().get(code);
      String at = "targets." + code;
      if (was == null || is == null) {
        lines.add(FieldChange.event(at + (was == null ? " added" : " removed")));
      } else {
        field(lines, at + ".preferred", was.preferred(), is.preferred());
        field(lines, at + ".variants", was.variants(), is.variants());
        field(lines, at + ".forbidden", was.forbidden(), is.forbidden());
        field(lines, at + ".doNotTranslate", was.doNotTranslate(), is.doNotTranslate());
        field(lines, at + ".status", was.status(), is.status());
        field(lines, at + ".note", was.note(), is.note());
      }
      if (lines.size() > start) {
        languages.add(code);
      }
    }
    return new EntryChanges(lines, languages);
  }

  private static String text(Entry.SourceTerm term) {
    return term == null ? null : term.text() + (term.caseSensitive() ? " (case-sensitive)" : "");
  }

  private static void field(List<FieldChange> lines, String name, Object was, Object is) {
    if (!Objects.equals(was, is)) {
      lines.add(new FieldChange(name, String.valueOf(was), String.valueOf(is)));
    }
  }
}
