package org.tarjuma.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A glossary file that holds only terms, an English term and its forms a row (a plain glossary,
 * Crowdin's, Weblate's, OmegaT's), is merged into the entries it names rather than replacing them:
 * one language's file, then another's, fill one entry.
 *
 * <p>A row names the entry of the same id, else the one with its English term as a preferred or
 * variant term (any case). A language's form already allowed there (preferred or variant) leaves
 * that language as it is; another form becomes its proposed form. The entry's English details and
 * its other languages stay. A row that names no entry is a new proposed entry; rows naming the same
 * entry merge in file order.
 */
final class TermsOnlyFile {

  private TermsOnlyFile() {}

  static List<Entry> merged(List<Entry> read, List<Entry> glossary) {
    Map<String, Entry> byTerm = new LinkedHashMap<>();
    Map<String, Entry> byId = new LinkedHashMap<>();
    for (Entry entry : glossary) {
      byId.put(entry.id(), entry);
      entry.english().all().forEach(t -> byTerm.putIfAbsent(key(t.text()), entry));
    }
    Map<String, Entry> merged = new LinkedHashMap<>();
    for (Entry row : read) {
      Entry current = byId.get(row.id());
      if (current == null) {
        current = byTerm.get(key(row.english().preferred().text()));
      }
      if (current == null) {
        merged.merge(row.id(), row, (before, again) -> merge(again, before));
      } else {
        merged.put(current.id(), merge(row, merged.getOrDefault(current.id(), current)));
      }
    }
    return new ArrayList<>(merged.values());
  }

  private static Entry merge(Entry row, Entry current) {
    Map<String, Entry.Forms> targets = new LinkedHashMap<>(current.targets());
    row.targets()
        .forEach(
            (lang, forms) -> {
              Entry.Forms now = targets.get(lang);
              if (now == null || !now.allowed().contains(forms.preferred())) {
                targets.put(lang, forms);
              }
            });
    return new Entry(current.id(), current.revision(), current.english(), targets);
  }

  private static String key(String term) {
    return term.strip().toLowerCase(Locale.ROOT);
  }
}
