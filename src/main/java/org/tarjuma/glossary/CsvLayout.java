package org.tarjuma.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A glossary CSV that is not Tarjuma's own, known by its header: which column holds the English
 * term and which each target language's form. Every row becomes a proposed entry as in a plain
 * glossary ({@link PlainGlossaryCsv#entry}); the other columns are passed over with a warning.
 *
 * @param tool who writes this layout: plain, Crowdin or Weblate
 * @param columns the column of each language: {@code en} and at least one of ur, ps, prs
 * @param notRead why a column outside {@code columns} is passed over, for the warning
 */
record CsvLayout(String tool, Map<String, String> columns, String notRead) {

  /** The layouts read besides Tarjuma's own, as a refusal names them. */
  static final String EXPECTED =
      "language codes (en, ur, ps, prs) with en and at least one other;"
          + " or Crowdin's glossary export (Term [en] and Term [ur], Term [ps] or Term [fa-AF]);"
          + " or Weblate's CSV (location, source, target, id, fuzzy, context,"
          + " translator_comments, developer_comments; source and target required, with lang);"
          + " or OmegaT's glossary (tab-separated, no header: source term, target term, comment;"
          + " with lang)";

  /** Crowdin names a term-level column {@code {column-type} [{language-code}]}. */
  private static final Pattern CROWDIN = Pattern.compile("(?i)\\s*term\\s*\\[([^\\]]+)\\]\\s*");

  /**
   * The layout of {@code header}, or null when it is none of them. Crowdin's is tried first, then
   * language codes, then Weblate's: a header that fits two is read as the first.
   *
   * @param lang the target language of a one-language file (ur, ps or prs), or null
   * @throws GlossaryFileException for Weblate's layout without {@code lang}: its file does not say
   */
  static CsvLayout of(List<String> header, String lang, String where) {
    Map<String, String> crowdin = crowdin(header);
    if (crowdin.containsKey("en") && crowdin.size() > 1) {
      return new CsvLayout("Crowdin", crowdin, "only the Term columns of en, ur, ps and prs");
    }
    Map<String, String> plain = PlainGlossaryCsv.languageColumns(header);
    if (plain.containsKey("en") && plain.size() > 1) {
      return new CsvLayout("plain", plain, "not en, ur, ps or prs");
    }
    return weblate(header, lang, where);
  }

  /** Whether {@code cells} are the header of one of these layouts, whatever the language named. */
  static boolean isHeader(List<String> cells) {
    return of(cells, GlossaryCsv.TARGETS.getFirst(), "") != null;
  }

  /** One warning for each column of {@code header} that is not read. */
  List<String> warnings(List<String> header) {
    List<String> warnings = new ArrayList<>();
    for (String column : header) {
      if (!columns.containsValue(column)) {
        warnings.add("column '" + column + "' is not read (" + notRead + ")");
      }
    }
    return warnings;
  }

  /**
   * The rows of {@code csv}, its header read, one proposed entry each; a {@code lang} the header
   * makes needless is warned of, as it does not pick a language out of the file.
   */
  GlossaryCsv.Read read(CSVParser csv, String lang, String where) {
    List<Entry> entries = new ArrayList<>();
    for (CSVRecord row : csv) {
      entries.add(PlainGlossaryCsv.entry(row, columns, where));
    }
    List<String> warnings = warnings(csv.getHeaderNames());
    if (lang != null && !tool.equals("Weblate")) {
      warnings.add("lang=" + lang + " is not used: the header names the languages, all are read");
    }
    return new GlossaryCsv.Read(entries, warnings, true);
  }

  private static Map<String, String> crowdin(List<String> header) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (String column : header) {
      Matcher term = CROWDIN.matcher(column);
      if (term.matches()) {
        PlainGlossaryCsv.languageColumns(List.of(term.group(1)))
            .keySet()
            .forEach(lang -> columns.putIfAbsent(lang, column));
      }
    }
    return columns;
  }

  private static CsvLayout weblate(List<String> header, String lang, String where) {
    Map<String, String> named = new LinkedHashMap<>();
    for (String column : header) {
      named.putIfAbsent(column.strip().toLowerCase(Locale.ROOT), column);
    }
    if (!named.containsKey("source") || !named.containsKey("target")) {
      return null;
    }
    if (lang == null) {
      throw new GlossaryFileException(
          where,
          -1,
          "a Weblate CSV (source, target) holds one target language and does not say which;"
              + " send lang=ur, ps or prs");
    }
    return new CsvLayout(
        "Weblate",
        Map.of("en", named.get("source"), lang, named.get("target")),
        "only source and target");
  }
}
