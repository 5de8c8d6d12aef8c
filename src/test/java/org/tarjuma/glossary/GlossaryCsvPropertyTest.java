package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/** Random glossary files: the reader reads them or refuses them with its own exception. */
class GlossaryCsvPropertyTest {

  private static final List<String> NAMES =
      List.of(
          "en",
          "EN",
          "ur-PK",
          "ps",
          "fa-AF",
          "prs",
          "english",
          "id",
          "source",
          "Target",
          "location",
          "fuzzy",
          "Term [en]",
          "Term [ur]",
          "term [PS]",
          "Description [en]",
          "Concept Note",
          "notes",
          "#",
          "");

  /**
   * Any header, rows, delimiter, quoting, BOM and line ending: read, or a GlossaryFileException.
   */
  @Property(tries = 1500)
  void aFileIsReadOrRefusedWithAGlossaryFileException(
      @ForAll("files") byte[] file, @ForAll("langs") String lang) {
    try {
      GlossaryCsv.Read read = GlossaryCsv.readWithWarnings(file, "random.csv", lang);
      assertThat(read.entries()).allSatisfy(entry -> assertThat(entry.id()).isNotBlank());
      Statistics.collect(read.entries().isEmpty() ? "read, empty" : "read, entries");
    } catch (GlossaryFileException refused) {
      assertThat(refused.getStatusCode().value()).isEqualTo(400);
      Statistics.collect("refused");
    }
    // The generator reaches both sides: files with entries, and refusals.
    Statistics.coverage(
        coverage -> {
          coverage.check("read, entries").percentage(p -> p > 5);
          coverage.check("refused").percentage(p -> p > 5);
        });
  }

  @Provide
  Arbitrary<String> langs() {
    return Arbitraries.of("ur", "ps", "prs").injectNull(0.3);
  }

  @Provide
  Arbitrary<byte[]> files() {
    Arbitrary<String> delimiter =
        Arbitraries.frequency(Tuple.of(6, ","), Tuple.of(3, "\t"), Tuple.of(1, ";"));
    Arbitrary<String> newline = Arbitraries.of("\n", "\r\n", "\r");
    Arbitrary<List<List<String>>> rows =
        cell(text()).list().ofMinSize(1).ofMaxSize(5).list().ofMaxSize(5);
    return Combinators.combine(
            header(),
            rows,
            delimiter,
            newline,
            Arbitraries.of(true, false),
            Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(1, 1), Tuple.of(1, 2)))
        .as((names, cells, sep, nl, bom, noise) -> bytes(names, cells, sep, nl, bom, noise));
  }

  /** The header of a layout read, or any columns; now and then a comment line of OmegaT's. */
  private static Arbitrary<List<String>> header() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            3,
            Arbitraries.of(
                List.of("en", "ur"),
                List.of("EN", "ps", "fa-AF", "notes"),
                List.of("Term [en]", "Term [ur-PK]", "Description [en]"),
                List.of("location", "source", "target", "id", "fuzzy"),
                List.of("id", "english", "ur", "ur_status"),
                List.of("# Glossary in tab-separated format"))),
        Tuple.of(1, cell(Arbitraries.of(NAMES)).list().ofMaxSize(6)));
  }

  private static byte[] bytes(
      List<String> names, List<List<String>> rows, String sep, String nl, boolean bom, int noise) {
    StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
    text.append(String.join(sep, names)).append(nl);
    for (List<String> row : rows) {
      text.append(String.join(sep, row)).append(nl);
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    if (noise > 0 && bytes.length > 0) {
      // A byte that is not UTF-8, as a file saved in another encoding has.
      bytes[bytes.length / noise - (noise == 1 ? 1 : 0)] = (byte) 0xC3;
    }
    return bytes;
  }

  /** A cell as it is written: bare, quoted, or with a stray quote. */
  private static Arbitrary<String> cell(Arbitrary<String> text) {
    return Arbitraries.frequencyOf(
        Tuple.of(6, text),
        Tuple.of(3, text.map(t -> '"' + t.replace("\"", "\"\"") + '"')),
        Tuple.of(1, text.map(t -> t + '"')));
  }

  private static Arbitrary<String> text() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of("Kabul", "کابل", "زابل", "Durand Line", "proposed", "'=1")),
        Tuple.of(1, Arbitraries.of("", " ", "#")),
        Tuple.of(1, Arbitraries.strings().withChars("ab ,;\t\"'#\r\nکابلپ[]").ofMaxLength(8)));
  }
}
