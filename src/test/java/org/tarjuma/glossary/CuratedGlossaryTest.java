package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuma.testing.Fixtures;

class CuratedGlossaryTest {

  private static final ScriptCheck CHECK = new ScriptCheck(Fixtures.LANGUAGES);

  @Test
  void theShippedGlossaryPassesEveryScriptCheckAndFindsTheSeedsTerms() {
    Glossary glossary = Glossary.load(Path.of("glossary"), Fixtures.LANGUAGES);
    assertThat(glossary.entries()).hasSizeGreaterThanOrEqualTo(150);
    List<String> found =
        glossary.matcher().find(Fixtures.seedArticle()).stream()
            .map(TermMatch::text)
            .distinct()
            .toList();
    assertThat(found)
        .contains(
            "ISPR",
            "TTP’s",
            "Durand Line",
            "Kandahar",
            "Inter-Services Public Relations",
            "Pakistan Air Force",
            "PAF",
            "UNAMA",
            "CPEC");
    System.out.println(
        "Seed: "
            + glossary.matcher().find(Fixtures.seedArticle()).size()
            + " term occurrences, "
            + found.size()
            + " distinct");
  }

  private static Entry entry(String lang, String form, boolean doNotTranslate) {
    return new Entry(
        "x",
        1,
        new Entry.English(new Entry.SourceTerm("X", false), List.of(), "", List.of(), ""),
        Map.of(
            lang,
            new Entry.Forms(
                form, List.of(), List.of(), doNotTranslate, Entry.Status.PROPOSED, "")));
  }

  /**
   * The corrections of the seed's review (issue 15): refugee, self-defence, intelligence-based
   * operation, one spelling of آصف and of ISPR in Pashto, the Pashto TTP acronym and the state's
   * name for the TTP in Urdu.
   */
  @Test
  void theReviewedFormsAreTheOnesShipped() {
    Glossary glossary = Glossary.load(Path.of("glossary"), Fixtures.LANGUAGES);
    assertThat(forms(glossary, "refugee", "prs").preferred()).isEqualTo("مهاجر");
    assertThat(forms(glossary, "refugee", "prs").variants()).contains("مهاجرین", "مهاجران");
    assertThat(forms(glossary, "refugee", "prs").forbidden())
        .extracting(Entry.Forbidden::form)
        .containsExactly("پناهجو");
    assertThat(forms(glossary, "refugee", "ur").variants()).contains("مہاجر", "مہاجرین");
    assertThat(forms(glossary, "self-defense", "ur").preferred()).isEqualTo("اپنے دفاع");
    assertThat(forms(glossary, "self-defense", "ur").variants())
        .contains("حقِ دفاع", "حق دفاع", "اپنا دفاع");
    assertThat(forms(glossary, "self-defense", "ps").preferred()).isEqualTo("ځاني دفاع");
    assertThat(forms(glossary, "intelligence-based-operation", "prs").preferred())
        .isEqualTo("عملیات استخباراتی");
    assertThat(forms(glossary, "intelligence-based-operation", "prs").variants())
        .contains("عملیات مبتنی بر استخبارات");
    assertThat(forms(glossary, "ispr", "ps").preferred()).isEqualTo("آی اېس پي آر");
    assertThat(forms(glossary, "ttp", "ps").variants()).contains("ټي ټي پي");
    assertThat(forms(glossary, "ttp", "ur").variants()).contains("فتنہ الخوارج", "فتنۃ الخوارج");
    for (Entry entry : glossary.entries()) {
      Entry.Forms ps = entry.targets().get("ps");
      if (ps != null) {
        assertThat(ps.preferred()).as(entry.id()).doesNotContain("اصف");
        assertThat(ps.variants()).as(entry.id()).noneMatch(v -> v.contains("اصف"));
      }
    }
  }

  private static Entry.Forms forms(Glossary glossary, String id, String lang) {
    return glossary.find(id).orElseThrow().targets().get(lang);
  }

  @Test
  void formsInTheWrongScriptAreRefusedWithTheirEntryAndLanguage() {
    assertThatThrownBy(() -> CHECK.verify(entry("ur", "پاكستان", false), "f.tbx"))
        .hasMessage(
            "f.tbx: entry 'x', ur form 'پاكستان' is not in canonical Urdu script (it would become 'پاکستان')");
    assertThatThrownBy(() -> CHECK.verify(entry("prs", "علي", false), "f.tbx"))
        .hasMessageContaining("prs form 'علي'");
    assertThatThrownBy(() -> CHECK.verify(entry("ps", "ISPR", false), "f.tbx"))
        .hasMessageContaining("has Latin letters but is not marked do-not-translate");
    assertThatThrownBy(() -> CHECK.verify(entry("xx", "a", false), "f.tbx"))
        .hasMessageContaining("is not a language");
    CHECK.verify(entry("ps", "ISPR", true), "f.tbx");
    CHECK.verify(entry("ps", "دي", false), "f.tbx");
  }

  @Test
  void aRepeatedIdStopsTheStart(@TempDir Path dir) throws Exception {
    String tbx =
        "<tbx><conceptEntry id=\"kabul\"><langSec xml:lang=\"en\"><termSec><term>Kabul</term></termSec></langSec></conceptEntry></tbx>";
    Files.writeString(dir.resolve("a.tbx"), tbx);
    Files.writeString(dir.resolve("b.tbx"), tbx);
    assertThatThrownBy(() -> CuratedGlossary.load(dir, CHECK))
        .hasMessage("b.tbx: entry id 'kabul' is used twice");
    assertThat(CuratedGlossary.load(dir.resolve("missing"), CHECK)).isEmpty();
  }
}
