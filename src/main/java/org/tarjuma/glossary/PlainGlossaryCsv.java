package org.tarjuma.glossary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * A plain glossary in CSV, as spreadsheets keep one: a header of language codes ({@code
 * en,ur,ps,prs}, any case, regional forms), one term a row.
 */
final class PlainGlossaryCsv {

  private PlainGlossaryCsv() {}

  /** The language columns of a header: en, ur, ps, prs by code or a regional form, any case. */
  static Map<String, String> languageColumns(List<String> header) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (String column : header) {
      String key = column.strip().toLowerCase(Locale.ROOT).replace('_', '-');
      String lang =
          switch (key) {
            case "en", "en-us", "en-gb", "english" -> "en";
            case "ur", "ur-pk", "urdu" -> "ur";
            case "ps", "ps-af", "ps-pk", "pashto" -> "ps";
            case "prs", "fa-af", "prs-af", "dari" -> "prs";
            default -> null;
          };
      if (lang != null) {
        columns.putIfAbsent(lang, column);
      }
    }
    return columns;
  }

  /** A row of a plain glossary: the English term, and each language's form, proposed. */
  static Entry entry(CSVRecord row, Map<String, String> columns, String where) {
    Map<String, String> cells = new LinkedHashMap<>();
    columns.forEach((lang, column) -> cells.put(lang, row.isSet(column) ? row.get(column) : ""));
    return entry(cells, where, (int) row.getRecordNumber() + 1);
  }

  /**
   * The entry a row proposes: {@code cells} holds the English term under {@code en} and a form per
   * target language (blank: none); its id is made from the English.
   *
   * @throws GlossaryFileException naming {@code line} when the English term is blank
   */
  static Entry entry(Map<String, String> cells, String where, int line) {
    String english = cells.getOrDefault("en", "").strip();
    if (english.isEmpty()) {
      throw new GlossaryFileException(where, line, "the row has no English term");
    }
    Map<String, Entry.Forms> targets = new LinkedHashMap<>();
    for (String lang : GlossaryCsv.TARGETS) {
      String form = cells.getOrDefault(lang, "").strip();
      if (!form.isEmpty()) {
        targets.put(
            lang, new Entry.Forms(form, List.of(), List.of(), false, Entry.Status.PROPOSED, ""));
      }
    }
    Entry draft =
        new Entry(
            null,
            1,
            new Entry.English(new Entry.SourceTerm(english, false), null, null, null, null),
            targets);
    return new Entry(EntryProblems.slug(draft), 1, draft.english(), targets);
  }
}
