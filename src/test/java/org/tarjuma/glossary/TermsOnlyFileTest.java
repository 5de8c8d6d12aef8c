package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How rows of a file of terms only merge into the glossary's entries. */
class TermsOnlyFileTest {

  private static Entry row(String english, String lang, String form) {
    return new Entry(
        EntryProblems.slug(
            new Entry(
                null,
                1,
                new Entry.English(new Entry.SourceTerm(english, false), null, null, null, null),
                Map.of())),
        1,
        new Entry.English(new Entry.SourceTerm(english, false), null, null, null, null),
        Map.of(
            lang, new Entry.Forms(form, List.of(), List.of(), false, Entry.Status.PROPOSED, "")));
  }

  /** Rows naming one entry (by id, by a variant in another case) merge into it, in file order. */
  @Test
  void rowsNamingOneEntryMergeIntoItInFileOrder() throws Exception {
    List<Entry> glossary = TbxReaderTest.shipped();
    Entry durand = glossary.stream().filter(e -> e.id().equals("durand-line")).findFirst().get();
    List<Entry> merged =
        TermsOnlyFile.merged(
            List.of(
                row("durand frontier", "ps", "ډیورنډ لاین"),
                row("Durand Line", "ps", "ډیورنډ کرښه"),
                row("Durand Line", "ur", "ڈیورنڈ لائن")),
            glossary);
    assertThat(merged).hasSize(1);
    Entry entry = merged.get(0);
    assertThat(entry.id()).isEqualTo("durand-line");
    assertThat(entry.english()).isEqualTo(durand.english());
    // the first row replaced the Pashto forms, so the second's is new again: the last row stands
    assertThat(entry.targets().get("ps").preferred()).isEqualTo("ډیورنډ کرښه");
    assertThat(entry.targets().get("ps").variants()).isEmpty();
    assertThat(entry.targets().get("ps").status()).isEqualTo(Entry.Status.PROPOSED);
    assertThat(entry.targets().get("ur")).isEqualTo(durand.targets().get("ur"));
    assertThat(entry.targets().get("prs")).isEqualTo(durand.targets().get("prs"));
  }

  /** Rows naming no entry are new entries; two rows of one new term make one entry. */
  @Test
  void rowsNamingNoEntryAreNewEntries() throws Exception {
    List<Entry> merged =
        TermsOnlyFile.merged(
            List.of(row("Spin Boldak", "ps", "سپین بولدک"), row("Spin Boldak", "ur", "سپن بولدک")),
            List.of());
    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).targets().keySet()).containsExactlyInAnyOrder("ps", "ur");
  }
}
