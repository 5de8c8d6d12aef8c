package org.tarjuma.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.tarjuma.language.Language;

/**
 * The glossary page's "Forms by grammar": each language's cells of the preferred form as the page
 * shows them, and what a curator sent back as that form's curated paradigm.
 */
final class GrammarForm {

  private GrammarForm() {}

  /**
   * The preferred form's grammar as the page sent it: whether it inflects, and each cell's forms
   * ({@code a / b}); a cell left as the rules make it, or emptied, follows the rules. Cells shown
   * for a preferred form that this save replaces are not carried over to the new one.
   */
  static Entry.Forms read(
      Entry.Forms forms, Entry.Forms old, String code, MultiValueMap<String, String> form) {
    String inflects = form.getFirst("inflects." + code);
    if (inflects == null) {
      return forms; // the page showed no grammar for this language
    }
    boolean sameForm = old != null && old.preferred().equals(forms.preferred());
    Inflections grammar = Inflections.of(code);
    Map<String, List<String>> cells = new LinkedHashMap<>();
    for (String cell : sameForm ? grammar.cells() : List.<String>of()) {
      String value = form.getFirst("cell." + code + "." + cell);
      if (value != null && value.strip().equals("-")) {
        cells.put(cell, List.of()); // the curator says the cell does not exist
      } else if (value != null && !value.isBlank()) {
        cells.put(
            cell,
            Arrays.stream(value.split("/")).map(String::strip).filter(v -> !v.isEmpty()).toList());
      }
    }
    Entry.Inflects choice =
        switch (inflects) {
          case "inflects" -> Entry.Inflects.INFLECTS;
          case "invariant" -> Entry.Inflects.INVARIANT;
          default -> Entry.Inflects.RULES;
        };
    // Cells are only kept when the form inflects; those equal to the rules' are dropped.
    Entry.Forms chosen =
        forms.withParadigm(forms.preferred(), new Entry.Paradigm(choice, Map.of()));
    return chosen.withParadigm(
        forms.preferred(), grammar.curated(forms.preferred(), choice, cells));
  }

  /** One row of the page's grammar table: a cell, its forms, and whether a curator set them. */
  public record CellRow(String cell, String forms, boolean curated) {}

  /** A language's grammar on the page: the choice, whether the form inflects, and its cells. */
  public record Grammar(String choice, boolean inflects, List<CellRow> rows) {}

  static Map<String, Grammar> show(Entry entry, List<Language> languages) {
    Map<String, Grammar> out = new LinkedHashMap<>();
    for (Language language : languages) {
      Entry.Forms forms = entry.targets().get(language.code());
      if (forms == null || forms.preferred().isBlank()) {
        continue;
      }
      Inflections grammar = Inflections.of(language.code());
      String form = forms.preferred();
      Entry.Paradigm set = forms.paradigm(form);
      boolean inflects = grammar.inflects(entry, forms, form);
      Map<String, List<String>> cells =
          inflects ? grammar.forms(entry, forms, form).cells() : grammar.generated(form);
      List<CellRow> rows = new ArrayList<>();
      for (String cell : grammar.cells()) {
        List<String> values = cells.getOrDefault(cell, List.of());
        boolean missing = values.isEmpty() && set.cells().containsKey(cell);
        rows.add(
            new CellRow(
                cell, missing ? "-" : String.join(" / ", values), set.cells().containsKey(cell)));
      }
      out.put(
          language.code(),
          new Grammar(set.inflects().name().toLowerCase(Locale.ROOT), inflects, rows));
    }
    return out;
  }
}
