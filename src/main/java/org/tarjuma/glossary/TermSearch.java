package org.tarjuma.glossary;

import java.util.Locale;

/** The filters of a glossary search: text in any term or form, and a language's status. */
record TermSearch(String query, String lang, Entry.Status status) {

  TermSearch {
    query = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
  }

  boolean accepts(Entry entry) {
    if (lang != null) {
      Entry.Forms forms = entry.targets().get(lang);
      if (forms == null || (status != null && forms.status() != status)) {
        return false;
      }
    } else if (status != null
        && entry.targets().values().stream().noneMatch(f -> f.status() == status)) {
      return false;
    }
    return query.isEmpty() || mentions(entry);
  }

  private boolean mentions(Entry entry) {
    if (entry.id().contains(query)
        || entry.english().all().stream().anyMatch(t -> contains(t.text()))) {
      return true;
    }
    return entry.targets().entrySet().stream()
        .filter(e -> lang == null || e.getKey().equals(lang))
        .map(java.util.Map.Entry::getValue)
        .anyMatch(f -> contains(f.preferred()) || f.variants().stream().anyMatch(this::contains));
  }

  private boolean contains(String text) {
    return text.toLowerCase(Locale.ROOT).contains(query);
  }
}
