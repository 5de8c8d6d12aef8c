package org.tarjuma.glossary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OmegaT's tab-separated glossary ({@code .txt}, {@code .utf8}, {@code .tab}, {@code .tsv}): no
 * header; a line is the source term, a tab, the target term, and optionally a tab and a comment;
 * lines that start with {@code #} are comments. It holds one target language and does not say
 * which, so the caller names it. Each line becomes a proposed entry as in a plain glossary.
 *
 * <p>OmegaT passes over a line it cannot read; here such a line refuses the file, as a bad CSV row
 * does.
 */
final class OmegatGlossary {

  private OmegatGlossary() {}

  /**
   * Whether {@code text} is laid out as OmegaT's glossary: its first line starts with {@code #} (a
   * comment, as OmegaT begins the files it writes) or holds a tab. No CSV header Tarjuma reads does
   * either.
   */
  static boolean isOne(String text) {
    String first = text.lines().findFirst().orElse("");
    return first.startsWith("#") || first.indexOf('\t') >= 0;
  }

  /**
   * The entries of an OmegaT glossary whose target terms are in {@code lang}.
   *
   * @param lang ur, ps or prs; null refuses the file, which does not say
   * @throws GlossaryFileException naming the line of the first line that cannot be read
   */
  static GlossaryCsv.Read read(String text, String lang, String where) {
    if (lang == null) {
      throw new GlossaryFileException(
          where,
          -1,
          "an OmegaT glossary (tab-separated: source term, target term, comment) holds one target"
              + " language and does not say which; send lang=ur, ps or prs");
    }
    List<Entry> entries = new ArrayList<>();
    Set<String> warnings = new LinkedHashSet<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < 2) {
        throw new GlossaryFileException(
            where, i + 1, "no tab between the source term and the target term");
      }
      if (entries.isEmpty() && CsvLayout.isHeader(List.of(cells))) {
        throw new GlossaryFileException(
            where, i + 1, "a header in a tab-separated file; OmegaT's has none: save it as CSV");
      }
      entries.add(PlainGlossaryCsv.entry(Map.of("en", cells[0], lang, cells[1]), where, i + 1));
      warnings.addAll(passedOver(cells));
    }
    return new GlossaryCsv.Read(entries, List.copyOf(warnings), true);
  }

  private static List<String> passedOver(String[] cells) {
    List<String> warnings = new ArrayList<>();
    if (cells.length > 2 && !cells[2].isBlank()) {
      warnings.add("column 3 (comment) is not read");
    }
    if (cells.length > 3) {
      warnings.add("columns after the third are not read (OmegaT does not read them either)");
    }
    return warnings;
  }
}
