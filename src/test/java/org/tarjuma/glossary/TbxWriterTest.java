package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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

/** What the writer writes, the reader reads back as it was. */
class TbxWriterTest {

  static List<Entry> roundTrip(List<Entry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TbxWriter.write(entries, out);
    return TbxReader.read(new ByteArrayInputStream(out.toByteArray()), "exported.tbx");
  }

  @Test
  void theShippedGlossaryRoundTrips() throws Exception {
    List<Entry> shipped = TbxReaderTest.shipped();
    assertThat(roundTrip(shipped)).isEqualTo(shipped);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TbxWriter.write(shipped.subList(0, 1), out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains(
            "xmlns=\"urn:iso:std:iso:30042:ed-2\"",
            "<conceptEntry id=\"pakistan\">",
            "<langSec xml:lang=\"ur\">");
  }

  @Provide
  Arbitrary<Entry> entries() {
    Arbitrary<String> text =
        Arbitraries.strings()
            .withChars("abc XYZ<>&\"'’-ابپټډړښ\u200Cی")
            .ofMinLength(1)
            .ofMaxLength(12)
            .filter(t -> !t.isBlank() && t.strip().equals(t));
    Arbitrary<Entry.SourceTerm> term =
        Combinators.combine(text, Arbitraries.of(true, false)).as(Entry.SourceTerm::new);
    Arbitrary<Entry.Forms> forms =
        Combinators.combine(
                text,
                text.list().ofMaxSize(2),
                Combinators.combine(text, text).as(Entry.Forbidden::new).list().ofMaxSize(2),
                Arbitraries.of(true, false),
                Arbitraries.of(Entry.Status.class),
                text.injectNull(0.5))
            .as(
                (p, v, f, dnt, status, note) ->
                    new Entry.Forms(p, v, f, dnt, status, note == null ? "" : note));
    return Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
            term,
            term.list().ofMaxSize(3),
            text.list().ofMaxSize(2),
            forms)
        .as(
            (id, preferred, variants, domains, ur) ->
                new Entry(
                    id,
                    1,
                    new Entry.English(preferred, variants, "noun", domains, ""),
                    Map.of("ur", ur)));
  }

  @Property(tries = 200)
  void anyEntryRoundTrips(@ForAll("entries") Entry entry) {
    assertThat(roundTrip(List.of(entry))).containsExactly(entry);
  }

  @Property(tries = 200)
  void anyEntryComesBackFromTbxBasicWithTheGlossarysOwnData(@ForAll("entries") Entry entry) {
    byte[] basic = TbxSchemaTest.export(List.of(entry), TbxWriter.Dialect.BASIC);
    TbxReader.Read read = TbxReader.readWithWarnings(new ByteArrayInputStream(basic), "basic.tbx");
    // Read alone: what TBX-Basic holds, the status only as deprecated or not.
    Entry.Forms ur = entry.targets().get("ur");
    Entry.Forms readUr = read.entries().get(0).targets().get("ur");
    assertThat(read.tarjuma()).isFalse();
    assertThat(readUr.preferred()).isEqualTo(ur.preferred());
    assertThat(readUr.variants()).isEqualTo(ur.variants());
    assertThat(readUr.forbidden()).isEqualTo(ur.forbidden());
    assertThat(readUr.status())
        .isEqualTo(
            ur.status() == Entry.Status.DEPRECATED
                ? Entry.Status.DEPRECATED
                : Entry.Status.PROPOSED);
    assertThat(readUr.doNotTranslate()).isFalse();
    // Completed from the glossary's entry: the entry as it was, and the same file again.
    List<Entry> completed = read.entries(id -> java.util.Optional.of(entry));
    assertThat(completed).containsExactly(entry);
    assertThat(TbxSchemaTest.export(completed, TbxWriter.Dialect.BASIC)).isEqualTo(basic);
  }

  @Test
  void tbxBasicSaysProperNounsAreNounsAndDeprecatedFormsAreSuperseded() throws Exception {
    Entry entry =
        new Entry(
            "kandahar",
            1,
            new Entry.English(
                new Entry.SourceTerm("Kandahar", false), List.of(), "properNoun", List.of(), ""),
            Map.of(
                "ur",
                new Entry.Forms(
                    "قندھار", List.of("کندھار"), List.of(), true, Entry.Status.DEPRECATED, "")));
    String basic =
        new String(
            TbxSchemaTest.export(List.of(entry), TbxWriter.Dialect.BASIC), StandardCharsets.UTF_8);
    assertThat(basic)
        .contains("<termNote type=\"partOfSpeech\">noun</termNote>", "<term>قندھار</term>")
        .doesNotContain("properNoun", "doNotTranslate", "elementWorkingStatus");
    assertThat(basic.split("supersededTerm-admn-sts", -1)).hasSize(3); // the form and its variant
    Entry read =
        TbxReader.read(new ByteArrayInputStream(basic.getBytes(StandardCharsets.UTF_8)), "b")
            .get(0);
    assertThat(read.english().partOfSpeech()).isEqualTo("noun");
    assertThat(read.targets().get("ur").status()).isEqualTo(Entry.Status.DEPRECATED);
    assertThat(read.targets().get("ur").variants()).containsExactly("کندھار");
  }
}
