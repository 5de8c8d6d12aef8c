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
   * The grammar of each allowed form as the page sent it: whether it inflects, and each cell's
   * forms ({@code a / b}; {@code -} for a cell that does not exist); a cell left as the rules make
   * it, or emptied, follows the rules. A form this save renames or moves gets no cells from the
   * page.
   */
  static Entry.Forms read(
      Entry.Forms forms, Entry.Forms old, String code, MultiValueMap<String, String> form) {
    Entry.Forms out = forms;
    List<String> allowed = forms.allowed();
    for (int i = 0; i < allowed.size(); i++) {
      String key = key(code, i);
      String inflects = form.getFirst("inflects." + key);
      if (inflects == null) {
        continue; // the page showed no grammar for this form
      }
      String text = allowed.get(i);
      boolean sameForm =
          old != null && i < old.allowed().size() && old.allowed().get(i).equals(text);
      Inflections grammar = Inflections.of(code);
      Map<String, List<String>> cells = new LinkedHashMap<>();
      for (String cell : sameForm ? grammar.cells() : List.<String>of()) {
        String value = form.getFirst("cell." + key + "." + cell);
        if (value != null && value.strip().equals("-")) {
          cells.put(cell, List.of()); // the curator says the cell does not exist
        } else if (value != null && !value.isBlank()) {
          cells.put(
              cell,
              Arrays.stream(value.split("/"))
                  .map(String::strip)
                  .filter(v -> !v.isEmpty())
                  .toList());
        }
      }
      Entry.Inflects choice =
          switch (inflects) {
            case "inflects" -> Entry.Inflects.INFLECTS;
            case "invariant" -> Entry.Inflects.INVARIANT;
            default -> Entry.Inflects.RULES;
          };
      // Only what differs from the rules is kept.
      out = out.withParadigm(text, grammar.curated(text, choice, cells));
    }
    return out;
  }

  /**
   * The page's field key of a language's form: the code for its preferred, code.vN for a variant.
   */
  private static String key(String code, int index) {
    return index == 0 ? code : code + ".v" + (index - 1);
  }

  /** One row of the page's grammar table: a cell, its forms, and whether a curator set them. */
  public record CellRow(String cell, String forms, boolean curated) {}

  /**
   * One form's grammar on the page: the field key, the form, the choice, whether it inflects, and
   * its cells.
   */
  public record Grammar(
      String key, String form, String choice, boolean inflects, List<CellRow> rows) {}

  static Map<String, List<Grammar>> show(Entry entry, List<Language> languages) {
    Map<String, List<Grammar>> out = new LinkedHashMap<>();
    for (Language language : languages) {
      Entry.Forms forms = entry.targets().get(language.code());
      if (forms == null || forms.preferred().isBlank()) {
        continue;
      }
      List<Grammar> list = new ArrayList<>();
      List<String> allowed = forms.allowed();
      for (int i = 0; i < allowed.size(); i++) {
        list.add(grammar(entry, forms, language.code(), key(language.code(), i), allowed.get(i)));
      }
      out.put(language.code(), list);
    }
    return out;
  }

  private static Grammar grammar(
      Entry entry, Entry.Forms forms, String code, String key, String form) {
    Inflections grammar = Inflections.of(code);
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
    return new Grammar(key, form, set.inflects().name().toLowerCase(Locale.ROOT), inflects, rows);
  }
}
