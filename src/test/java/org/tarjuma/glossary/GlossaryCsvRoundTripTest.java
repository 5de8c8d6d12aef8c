package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Entries through CSV export and import, with cells a spreadsheet would run as formulas. */
class GlossaryCsvRoundTripTest {

  private static String export(List<Entry> entries) {
    StringWriter out = new StringWriter();
    GlossaryCsv.write(entries, out);
    return out.toString();
  }

  private static List<Entry> reimport(String csv) {
    return GlossaryCsv.read(csv.getBytes(StandardCharsets.UTF_8), "export.csv");
  }

  /** A note written as a formula is exported behind a quote and imported as it was. */
  @Test
  void aFormulaNoteIsQuotedInTheFileAndReadBackAsItWas() {
    Entry entry =
        new Entry(
            "kabul",
            1,
            new Entry.English(
                new Entry.SourceTerm("Kabul", false),
                List.of(),
                "",
                List.of(),
                "=HYPERLINK(\"http://evil.example\",\"see\")"),
            Map.of(
                "ur",
                new Entry.Forms(
                    "کابل", List.of(), List.of(), false, Entry.Status.APPROVED, "@SUM(1)")));
    String csv = export(List.of(entry));
    assertThat(csv)
        .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"see\"\")\"")
        .contains(",'@SUM(1),")
        .doesNotContain(",=HYPERLINK", ",@SUM");
    assertThat(reimport(csv)).containsExactly(entry);
  }

  /** Any entry, its texts beginning with =, +, -, @, tab, CR or quotes, round-trips unchanged. */
  @Property(tries = 500)
  void anyEntryRoundTripsUnchanged(@ForAll("entries") Entry entry) {
    assertThat(reimport(export(List.of(entry)))).containsExactly(entry);
  }

  @Provide
  Arbitrary<Entry> entries() {
    Arbitrary<Entry.English> english =
        Combinators.combine(
                text(),
                item().list().ofMaxSize(3).uniqueElements(),
                text(),
                item().list().ofMaxSize(2),
                cell())
            .as(
                (preferred, variants, partOfSpeech, domains, note) ->
                    new Entry.English(
                        new Entry.SourceTerm(preferred, false),
                        variants.stream().map(t -> new Entry.SourceTerm(t, false)).toList(),
                        partOfSpeech,
                        domains,
                        note));
    Arbitrary<Entry.Forms> forms =
        Combinators.combine(
                text(),
                item().list().ofMaxSize(2),
                item().list().ofMaxSize(2),
                Arbitraries.of(Entry.Status.values()),
                Arbitraries.of(true, false),
                cell())
            .as(
                (preferred, variants, forbidden, status, dnt, note) ->
                    new Entry.Forms(
                        preferred,
                        variants,
                        forbidden.stream().map(f -> new Entry.Forbidden(f, "=" + f)).toList(),
                        dnt,
                        status,
                        note));
    return Combinators.combine(english, forms.optional(), forms.optional(), forms.optional())
        .as(
            (en, ur, ps, prs) -> {
              Map<String, Entry.Forms> targets = new java.util.LinkedHashMap<>();
              ur.ifPresent(f -> targets.put("ur", f));
              ps.ifPresent(f -> targets.put("ps", f));
              prs.ifPresent(f -> targets.put("prs", f));
              return new Entry("entry-1", 1, en, targets);
            });
  }

  /** A cell's text: may begin with a formula's first character, a tab, a CR or quotes. */
  private static Arbitrary<String> cell() {
    return Arbitraries.oneOf(
        Arbitraries.just(""),
        Combinators.combine(
                Arbitraries.of("", "=", "+", "-", "@", "\t", "\r", "'", "'=", "''+", "-@"), text())
            .as(String::concat));
  }

  /** A list item: may begin with a formula's first character or quotes, never blank. */
  private static Arbitrary<String> item() {
    return Combinators.combine(Arbitraries.of("", "=", "+", "-", "@", "'", "'="), text())
        .as(String::concat);
  }

  /**
   * Text that begins and ends with no space, without the separators of lists and forbidden forms.
   */
  private static Arbitrary<String> text() {
    return Combinators.combine(
            Arbitraries.of("x", "=", "'", "(", "ک"),
            Arbitraries.strings().withChars("ab =+-@'\",()ک").ofMaxLength(6),
            Arbitraries.of("a", "Kabul", "کابل"))
        .as((first, middle, last) -> first + middle + last);
  }
}
