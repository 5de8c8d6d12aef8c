package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarjuma.testing.Fixtures;

/** A form's curated grammar through TBX, CSV and the entry rules. */
class ParadigmFilesTest {

  private static final List<Entry> SHIPPED = shipped();

  private static List<Entry> shipped() {
    try {
      return TbxReaderTest.shipped();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Entry entry(String id) {
    return SHIPPED.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  /** The shipped glossary, curated cells and all, reads back from its own TBX export. */
  @Test
  void theShippedGlossaryRoundTripsThroughTbx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TbxWriter.write(SHIPPED, out);
    String tbx = out.toString(StandardCharsets.UTF_8);
    assertThat(tbx)
        .contains(
            "<termNote type=\"x-paradigmCell\">sg.obl</termNote>",
            "<termNote type=\"grammaticalNumber\">plural</termNote>",
            "<termNote type=\"x-inflectionOf\">ډیورنډ کرښه</termNote>",
            "<termNote type=\"x-missingCells\">");
    assertThat(TbxReader.read(new ByteArrayInputStream(out.toByteArray()), "export.tbx"))
        .isEqualTo(SHIPPED);
  }

  /** What curators set is what is stored: an inflecting name, hand-set cells, a missing cell. */
  @Test
  void theShippedFileHoldsTheCuratorsChoices() {
    Entry.Forms durand = entry("durand-line").targets().get("ps");
    assertThat(durand.paradigm("ډیورنډ کرښه").inflects()).isEqualTo(Entry.Inflects.INFLECTS);
    Entry.Forms un = entry("united-nations").targets().get("ps");
    assertThat(un.paradigm("ملګري ملتونه").cells().get("pl.obl")).containsExactly("ملګرو ملتونو");
    Entry.Forms sovereignty = entry("sovereignty").targets().get("prs");
    assertThat(sovereignty.paradigm("حاکمیت").cells()).containsEntry("pl", List.of());
    assertThat(
            Inflections.of("prs")
                .forms(entry("sovereignty"), sovereignty, "حاکمیت")
                .cells()
                .containsKey("pl"))
        .isFalse();
  }

  /** The CSV column holds every cell of an inflecting form and reads back as the curator's part. */
  @Test
  void aParadigmColumnInCsv() {
    StringWriter out = new StringWriter();
    GlossaryCsv.write(List.of(entry("durand-line")), out);
    assertThat(out.toString())
        .contains("ډیورنډ کرښه: inflects; sg.dir=ډیورنډ کرښه; sg.obl=ډیورنډ کرښې");
    Entry read =
        GlossaryCsv.read(
                ("id,english,part_of_speech,ps,ps_paradigms\n"
                        + "durand-line,Durand Line,properNoun,ډیورنډ کرښه,\"ډیورنډ کرښه: inflects; pl.obl=ډیورنډ کرښو / د ډیورنډ کرښو\"\n")
                    .getBytes(StandardCharsets.UTF_8),
                "terms.csv")
            .getFirst();
    Entry.Paradigm paradigm = read.targets().get("ps").paradigm("ډیورنډ کرښه");
    assertThat(paradigm.inflects()).isEqualTo(Entry.Inflects.INFLECTS);
    assertThat(paradigm.cells())
        .isEqualTo(Map.of("pl.obl", List.of("ډیورنډ کرښو", "د ډیورنډ کرښو")));
    assertThatThrownBy(
            () ->
                GlossaryCsv.read(
                    "id,english,ps,ps_paradigms\nx,X,کرښه,\"کرښه: plural=کرښې\"\n"
                        .getBytes(StandardCharsets.UTF_8),
                    "terms.csv"))
        .hasMessageStartingWith("terms.csv, line 2: ps_paradigms: 'plural=کرښې' is not inflects");
  }

  /** A TBX inflection without a cell, or of no form of the entry, names the file and line. */
  @Test
  void aBadInflectionInTbxNamesTheLine() {
    String tbx =
        """
        <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
        <conceptEntry id="x"><langSec xml:lang="en"><termSec><term>X</term></termSec></langSec>
        <langSec xml:lang="ps"><termSec><term>کرښه</term></termSec>
        <termSec><term>کرښې</term><termNote type="x-inflectionOf">کرښه</termNote></termSec>
        </langSec></conceptEntry></body></text></tbx>
        """;
    assertThatThrownBy(
            () ->
                TbxReader.read(
                    new ByteArrayInputStream(tbx.getBytes(StandardCharsets.UTF_8)), "x.tbx"))
        .hasMessageContaining("x.tbx")
        .hasMessageContaining("needs an x-paradigmCell");
  }

  /** The entry rules refuse a cell the language does not have and a form in the wrong script. */
  @Test
  void theEntryRulesCheckCuratedCells() {
    EntryRules rules = new EntryRules(Fixtures.LANGUAGES);
    Entry durand = entry("durand-line");
    Entry.Forms ur = durand.targets().get("ur");
    Entry badCell =
        withUr(
            durand,
            ur.withParadigm(
                ur.preferred(),
                new Entry.Paradigm(Entry.Inflects.INFLECTS, Map.of("ezafe", List.of("x")))));
    assertThatThrownBy(() -> rules.check(badCell, SHIPPED))
        .isInstanceOf(InvalidEntryException.class)
        .hasMessageContaining(
            "'ezafe' is not a Urdu cell; the cells are sg.dir, sg.obl, pl.dir, pl.obl");
    Entry latin =
        withUr(
            durand,
            ur.withParadigm(
                ur.preferred(),
                new Entry.Paradigm(Entry.Inflects.INFLECTS, Map.of("pl.dir", List.of("Lines")))));
    assertThatThrownBy(() -> rules.check(latin, SHIPPED)).hasMessageContaining("'Lines'");
    Entry elsewhere =
        withUr(
            durand,
            ur.withParadigm("کوئی اور", new Entry.Paradigm(Entry.Inflects.INFLECTS, Map.of())));
    assertThatThrownBy(() -> rules.check(elsewhere, SHIPPED))
        .hasMessageContaining("'کوئی اور' is none of them");
  }

  private static Entry withUr(Entry entry, Entry.Forms ur) {
    Map<String, Entry.Forms> targets = new java.util.LinkedHashMap<>(entry.targets());
    targets.put("ur", ur);
    return new Entry(entry.id(), entry.revision(), entry.english(), targets);
  }
}
