package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exports against their schemas: TBX-Basic against LTAC Global's RelaxNG (the core structure
 * and the older integrated TBX-Basic one) and its DCA Schematron; Tarjuma's dialect, and the
 * curated file, against the core RelaxNG and {@code tbx/TBX-Tarjuma_DCA.sch}.
 */
class TbxSchemaTest {

  static byte[] export(List<Entry> entries, TbxWriter.Dialect dialect) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TbxWriter.write(entries, out, dialect);
    return out.toByteArray();
  }

  @Test
  void theBasicExportIsValidTbxBasic() throws IOException {
    byte[] basic = export(TbxReaderTest.shipped(), TbxWriter.Dialect.BASIC);
    assertThat(TbxSchemas.relaxNgErrors(basic, TbxSchemas.CORE_RNG)).isEmpty();
    assertThat(TbxSchemas.relaxNgErrors(basic, TbxSchemas.BASIC_INTEGRATED_RNG)).isEmpty();
    assertThat(TbxSchemas.schematronFailures(basic, TbxSchemas.BASIC_DCA_SCH)).isEmpty();
    assertThat(new String(basic, StandardCharsets.UTF_8)).contains("type=\"TBX-Basic\"");
  }

  @Test
  void theFullExportAndTheCuratedFileAreValidTbxTarjuma() throws IOException {
    byte[] full = export(TbxReaderTest.shipped(), TbxWriter.Dialect.TARJUMA);
    byte[] curated = Files.readAllBytes(Path.of("glossary/afpak-news.tbx"));
    for (byte[] file : List.of(full, curated)) {
      assertThat(TbxSchemas.relaxNgErrors(file, TbxSchemas.CORE_RNG)).isEmpty();
      assertThat(TbxSchemas.schematronFailures(file, TbxSchemas.TARJUMA_DCA_SCH)).isEmpty();
    }
    assertThat(new String(full, StandardCharsets.UTF_8))
        .contains("type=\"TBX-Tarjuma\"", "x-paradigmCell", "elementWorkingStatus");
  }

  @Test
  void theSchemasRefuseWhatTheyShould() throws IOException {
    // Tarjuma's categories are not TBX-Basic's: the full export fails TBX-Basic's Schematron.
    byte[] full = export(TbxReaderTest.shipped(), TbxWriter.Dialect.TARJUMA);
    assertThat(TbxSchemas.schematronFailures(full, TbxSchemas.BASIC_DCA_SCH))
        .anyMatch(f -> f.contains("customerSubset, projectSubset, source"))
        .anyMatch(f -> f.contains("The name of this dialect should be TBX-Basic"));
    assertThat(TbxSchemas.relaxNgErrors(full, TbxSchemas.BASIC_INTEGRATED_RNG)).isNotEmpty();
    // And the dialect's own rules hold: an x-inflectionOf that names no term of its section.
    String broken =
        new String(full, StandardCharsets.UTF_8)
            .replaceFirst("(<termNote type=\"x-inflectionOf\">)[^<]+<", "$1no such form<")
            .replaceFirst(
                "<termNote type=\"partOfSpeech\">properNoun<",
                "<termNote type=\"partOfSpeech\">name<");
    assertThat(
            TbxSchemas.schematronFailures(
                broken.getBytes(StandardCharsets.UTF_8), TbxSchemas.TARJUMA_DCA_SCH))
        .anyMatch(f -> f.contains("/x-inflectionOf/ names a term of the same language section"))
        .anyMatch(f -> f.contains("/partOfSpeech/ type may be"));
  }

  @Test
  void theOfficialExamplesAreValidAndReadTheSameInBothStyles() throws IOException {
    byte[] dca = example("Example_Astronomy_DCA_VALID.tbx");
    byte[] dct = example("Example_Astronomy_DCT_VALID.tbx");
    assertThat(TbxSchemas.relaxNgErrors(dca, TbxSchemas.CORE_RNG)).isEmpty();
    assertThat(TbxSchemas.schematronFailures(dca, TbxSchemas.BASIC_DCA_SCH)).isEmpty();
    TbxReader.Read fromDca = TbxReader.readWithWarnings(new ByteArrayInputStream(dca), "dca");
    TbxReader.Read fromDct = TbxReader.readWithWarnings(new ByteArrayInputStream(dct), "dct");
    assertThat(fromDct.entries()).isEqualTo(fromDca.entries());
    assertThat(fromDca.entries()).hasSizeGreaterThan(5);
    Entry first = fromDct.entries().get(0);
    assertThat(first.id()).isEqualTo("c1");
    assertThat(first.english().preferred().text()).isEqualTo("open cluster");
    assertThat(first.english().partOfSpeech()).isEqualTo("noun");
    assertThat(first.english().domains()).containsExactly("General");
    assertThat(first.english().variants()).extracting(Entry.SourceTerm::text).isNotEmpty();
    assertThat(withoutLines(fromDct.warnings()))
        .isEqualTo(withoutLines(fromDca.warnings()))
        .contains(
            "language sections in 'es' were passed over: Tarjuma keeps en, ur, ps and prs",
            "entry 'c17' has none of en, ur, ps, prs: passed over");
  }

  private static List<String> withoutLines(List<String> warnings) {
    return warnings.stream().map(w -> w.replaceAll(" \\(line \\d+\\)", "")).toList();
  }

  private static byte[] example(String name) throws IOException {
    try (var in = TbxSchemaTest.class.getResourceAsStream("/glossary/tbx/examples/" + name)) {
      return in.readAllBytes();
    }
  }
}
