package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The glossary files of other tools, in the shapes their documentation gives; fixtures in {@code
 * src/test/resources/glossary/import/}, their terms and forms from glossary/afpak-news.tbx.
 */
class GlossaryCsvLayoutsTest {

  static byte[] fixture(String name) {
    try (InputStream in =
        GlossaryCsvLayoutsTest.class.getResourceAsStream("/glossary/import/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static GlossaryCsv.Read read(String text, String lang) {
    return GlossaryCsv.readWithWarnings(text.getBytes(StandardCharsets.UTF_8), "terms.csv", lang);
  }

  /**
   * Weblate's CSV download (weblate-ur.csv) has translate-toolkit's columns, quoted, CRLF: Weblate
   * https://docs.weblate.org/en/latest/formats/csv.html and its CSV exporter
   * https://github.com/WeblateOrg/weblate/blob/main/weblate/formats/exporters.py (CSVExporter, a
   * translate-toolkit csvfile); the columns are csvfile's default fieldnames in
   * https://github.com/translate/translate/blob/master/translate/storage/csvl10n.py. Source and
   * target become proposed entries in the language named; the six other columns are warned of.
   */
  @Test
  void weblatesCsvReadsSourceAndTargetIntoTheLanguageNamed() {
    GlossaryCsv.Read read =
        GlossaryCsv.readWithWarnings(fixture("weblate-ur.csv"), "weblate-ur.csv", "ur");
    assertThat(read.entries()).extracting(Entry::id).containsExactly("zabul", "laghman");
    Entry zabul = read.entries().getFirst();
    assertThat(zabul.english().preferred().text()).isEqualTo("Zabul");
    assertThat(zabul.targets()).containsOnlyKeys("ur");
    assertThat(zabul.targets().get("ur").preferred()).isEqualTo("زابل");
    assertThat(zabul.targets().get("ur").status()).isEqualTo(Entry.Status.PROPOSED);
    assertThat(read.warnings())
        .hasSize(6)
        .contains("column 'location' is not read (only source and target)");
  }

  /**
   * Crowdin's glossary export (crowdin.csv) names a term-level column "{column-type}
   * [{language-code}]" and a concept-level one "Concept {type}":
   * https://support.crowdin.com/glossary/#automatic-column-identification-for-glossary-in-csv-and-xlsx-file-formats
   * The Term column of each language is read; description, part of speech and definition are warned
   * of.
   */
  @Test
  void crowdinsExportReadsTheTermColumnOfEachLanguage() {
    GlossaryCsv.Read read = GlossaryCsv.readWithWarnings(fixture("crowdin.csv"), "crowdin.csv");
    assertThat(read.entries()).extracting(Entry::id).containsExactly("parwan", "baghlan");
    Entry parwan = read.entries().getFirst();
    assertThat(parwan.targets()).containsOnlyKeys("ur", "ps", "prs");
    assertThat(parwan.targets().get("prs").preferred()).isEqualTo("پروان");
    assertThat(read.warnings())
        .containsExactly(
            "column 'Description [en]' is not read (only the Term columns of en, ur, ps and prs)",
            "column 'Part of Speech [en]' is not read (only the Term columns of en, ur, ps and prs)",
            "column 'Concept Definition' is not read (only the Term columns of en, ur, ps and prs)");
    assertThat(GlossaryCsv.readWithWarnings(fixture("crowdin.csv"), "crowdin.csv", "ps").warnings())
        .endsWith("lang=ps is not used: the header names the languages, all are read");
  }

  /**
   * OmegaT's glossary (omegat-ps.txt): tab-separated UTF-8, source term, target term, optional
   * comment, lines starting with # are comments, as the manual says
   * (https://github.com/omegat-org/omegat/blob/master/src/docs/manual/en/App_Glossaries.xml, "File
   * format") and OmegaT reads it
   * (https://github.com/omegat-org/omegat/blob/master/src/main/java/org/omegat/gui/glossary/GlossaryReaderTSV.java).
   * Each line is an entry in the language named; the comment is warned of once.
   */
  @Test
  void omegatsGlossaryReadsEachLineIntoTheLanguageNamed() {
    GlossaryCsv.Read read =
        GlossaryCsv.readWithWarnings(fixture("omegat-ps.txt"), "omegat-ps.txt", "ps");
    assertThat(read.entries()).extracting(Entry::id).containsExactly("zabul", "kapisa");
    assertThat(read.entries().get(1).targets().get("ps").preferred()).isEqualTo("کاپیسا");
    assertThat(read.warnings()).containsExactly("column 3 (comment) is not read");
    GlossaryCsv.Read crlf = read("Zabul\tزابل\r\n\r\nKapisa\tکاپیسا\r\n", "ps");
    assertThat(crlf.entries()).extracting(Entry::id).containsExactly("zabul", "kapisa");
  }

  /** A file of one target language that does not say which is refused, naming lang. */
  @Test
  void aOneLanguageFileWithoutLangIsRefusedNamingLang() {
    assertThatThrownBy(() -> GlossaryCsv.readWithWarnings(fixture("weblate-ur.csv"), "w.csv"))
        .isInstanceOf(GlossaryFileException.class)
        .hasMessage(
            "w.csv: a Weblate CSV (source, target) holds one target language and does not say"
                + " which; send lang=ur, ps or prs");
    assertThatThrownBy(() -> GlossaryCsv.readWithWarnings(fixture("omegat-ps.txt"), "o.txt"))
        .hasMessageStartingWith("o.txt: an OmegaT glossary")
        .hasMessageEndingWith("send lang=ur, ps or prs");
  }

  /** A bad row refuses the whole file, naming its line and why. */
  @Test
  void aBadRowRefusesTheFileNamingItsLine() {
    assertThatThrownBy(() -> read("# terms\nZabul\tزابل\nKapisa کاپیسا\n", "ps"))
        .hasMessage("terms.csv, line 3: no tab between the source term and the target term");
    assertThatThrownBy(() -> read("Zabul\tزابل\n\tکاپیسا\n", "ps"))
        .hasMessage("terms.csv, line 2: the row has no English term");
    assertThatThrownBy(() -> read("source,target\nZabul,زابل\n,لغمان\n", "ur"))
        .hasMessage("terms.csv, line 3: the row has no English term");
    assertThatThrownBy(() -> read("Term [en],Term [ps]\nZabul,\"زابل\n", null))
        .hasMessageStartingWith("terms.csv, line 2: not valid CSV");
  }

  /**
   * Each header is read as one layout, known by its columns in any case; a file whose first line
   * starts with # or holds a tab is OmegaT's, and refused if it has a header.
   */
  @Test
  void eachHeaderIsReadAsOneLayout() {
    assertThat(layout("Term [en]", "Term [ps]", "en", "ur")).isEqualTo("Crowdin");
    assertThat(layout("term [EN]", "TERM [fa_AF]")).isEqualTo("Crowdin");
    assertThat(layout("en", "ur", "source", "target")).isEqualTo("plain");
    assertThat(layout("Source", "Target", "Term [en]")).isEqualTo("Weblate");
    assertThat(layout("Term [en]", "Description [en]")).isNull();
    assertThat(layout("en", "notes")).isNull();
    assertThat(layout("source", "translation")).isNull();
    assertThat(OmegatGlossary.isOne("# comment\nKabul,کابل")).isTrue();
    assertThat(OmegatGlossary.isOne("Kabul\tکابل, capital")).isTrue();
    assertThat(OmegatGlossary.isOne("en,ur\nKabul\tکابل")).isFalse();
    assertThatThrownBy(() -> read("# terms\nEN\tUR-pk\nKabul\tکابل\n", "ur"))
        .hasMessage(
            "terms.csv, line 2: a header in a tab-separated file; OmegaT's has none: save it as CSV");
  }

  private static String layout(String... header) {
    CsvLayout layout = CsvLayout.of(List.of(header), "ps", "terms.csv");
    return layout == null ? null : layout.tool();
  }

  /** An unknown header names every layout read and its columns. */
  @Test
  void anUnknownHeaderNamesTheLayoutsRead() {
    assertThatThrownBy(() -> read("term,translation\nKabul,کابل\n", "ur"))
        .hasMessageStartingWith("terms.csv, line 1: the header has no 'id' column; expected [id,")
        .hasMessageContaining("or language codes (en, ur, ps, prs) with en and at least one other")
        .hasMessageContaining("Crowdin's glossary export (Term [en] and Term [ur]")
        .hasMessageContaining("Weblate's CSV (location, source, target, id, fuzzy, context")
        .hasMessageContaining("OmegaT's glossary (tab-separated, no header");
  }
}
