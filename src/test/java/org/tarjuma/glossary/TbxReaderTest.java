package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TbxReaderTest {

  static List<Entry> shipped() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("glossary/afpak-news.tbx"))) {
      return TbxReader.read(in, "afpak-news.tbx");
    }
  }

  private static List<Entry> read(String tbx) {
    return TbxReader.read(
        new ByteArrayInputStream(tbx.getBytes(StandardCharsets.UTF_8)), "test.tbx");
  }

  @Test
  void readsTheShippedGlossary() throws IOException {
    List<Entry> entries = shipped();
    assertThat(entries).hasSizeGreaterThanOrEqualTo(150);
    Entry durand =
        entries.stream().filter(e -> e.id().equals("durand-line")).findFirst().orElseThrow();
    assertThat(durand.english().preferred().text()).isEqualTo("Durand Line");
    assertThat(durand.english().domains()).containsExactly("borders");
    assertThat(durand.english().note()).contains("1893");
    assertThat(durand.targets().get("ur").preferred()).isEqualTo("ڈیورنڈ لائن");
    assertThat(durand.targets().get("ps").preferred()).isEqualTo("ډیورنډ کرښه");
    assertThat(durand.targets().get("prs").preferred()).isEqualTo("خط دیورند");
    assertThat(durand.targets().get("ur").status()).isEqualTo(Entry.Status.APPROVED);
    Entry ttp = entries.stream().filter(e -> e.id().equals("ttp")).findFirst().orElseThrow();
    assertThat(ttp.english().preferred().caseSensitive()).isFalse();
    assertThat(ttp.english().variants()).contains(new Entry.SourceTerm("TTP", true));
    assertThat(ttp.targets().get("ur").variants())
        .containsExactly("ٹی ٹی پی", "فتنہ الخوارج", "فتنۃ الخوارج");
    Entry is =
        entries.stream().filter(e -> e.id().equals("islamic-state")).findFirst().orElseThrow();
    assertThat(is.targets().get("ur").forbidden())
        .containsExactly(
            new Entry.Forbidden("اسلامی ریاست", "reads as \"an Islamic state\"; use داعش"));
    assertThat(
            entries.stream()
                .filter(e -> e.id().equals("rawalpindi"))
                .findFirst()
                .orElseThrow()
                .targets()
                .get("ps")
                .status())
        .isEqualTo(Entry.Status.PROPOSED);
  }

  @Test
  void everyNameAndTermOfTheSeedIsThere() throws IOException {
    List<String> ids = shipped().stream().map(Entry::id).toList();
    assertThat(ids)
        .contains(
            "kandahar",
            "ttp",
            "ispr",
            "durand-line",
            "taliban",
            "paf",
            "balochistan",
            "khyber-pakhtunkhwa",
            "north-waziristan",
            "south-waziristan",
            "islamabad",
            "kabul",
            "khost",
            "kunar",
            "al-qaeda",
            "central-asia",
            "cpec",
            "belt-and-road",
            "unama",
            "iskp",
            "china",
            "beijing",
            "washington",
            "moscow",
            "india",
            "iran",
            "qatar",
            "operation-zarb-e-azb",
            "operation-radd-ul-fasaad",
            "ministry-of-foreign-affairs",
            "ministry-of-defense",
            "ceasefire",
            "drone-strike",
            "uav",
            "ied",
            "safe-haven",
            "militant",
            "foreign-fighter",
            "counterterrorism",
            "sovereignty",
            "territorial-integrity",
            "humanitarian-crisis",
            "refugee",
            "border-fence",
            "south-asia");
  }

  @Test
  void doctypeExternalEntitiesAndEntityExpansionAreRefusedAtOnce() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE tbx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <tbx><text><body><conceptEntry id="x"><langSec xml:lang="en"><termSec><term>&secret;</term></termSec></langSec></conceptEntry></body></text></tbx>
        """;
    StringBuilder laughs =
        new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      laughs
          .append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">\n");
    }
    laughs.append("]>\n<tbx>&lol9;</tbx>");
    // Load the XML parser first, so the timed part measures the refusal, not class loading.
    assertThatThrownBy(() -> read("<tbx/>")).hasMessageContaining("nothing to import");
    for (String hostile : List.of(xxe, laughs.toString())) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(1),
          () ->
              assertThatThrownBy(() -> read(hostile))
                  .isInstanceOf(GlossaryFileException.class)
                  .hasMessageMatching(
                      "test\\.tbx, line \\d+: a DOCTYPE is not allowed in a glossary file"));
    }
  }

  @Test
  void malformedFilesNameTheLine() {
    assertThatThrownBy(() -> read("<tbx>\n<text>\n<body>\n<conceptEntry id=\"x\">\n</body></tbx>"))
        .isInstanceOf(GlossaryFileException.class)
        .hasMessageStartingWith("test.tbx, line 5: not well-formed XML");
    assertThatThrownBy(
            () ->
                read(
                    "<tbx><conceptEntry id=\"x\"><langSec xml:lang=\"ur\"><termSec><term>کابل</term></termSec></langSec></conceptEntry></tbx>"))
        .hasMessageContaining("entry 'x' has no English term");
    assertThatThrownBy(
            () -> read("<tbx><conceptEntry><langSec xml:lang=\"en\"/></conceptEntry></tbx>"))
        .hasMessageContaining("a conceptEntry needs an id");
    assertThatThrownBy(
            () ->
                read(
                    "<tbx><conceptEntry id=\"x\"><langSec xml:lang=\"en\"><termSec><term> </term></termSec></langSec></conceptEntry></tbx>"))
        .hasMessageContaining("a termSec needs a non-empty term");
  }

  /** A TBX 2008 (martif) file shaped as MultiTerm and IATE export it reads as the same entries. */
  @Test
  void readsTbx2008WithTigNtigAndGroups() {
    List<Entry> entries =
        read(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX-Basic" xml:lang="en-US">
              <martifHeader><fileDesc><sourceDesc><p>MultiTerm export</p></sourceDesc></fileDesc></martifHeader>
              <text><body>
                <termEntry id="c42">
                  <descripGrp><descrip type="subjectField">borders</descrip></descripGrp>
                  <langSet xml:lang="en">
                    <tig><term>Durand Line</term>
                      <termNote type="partOfSpeech">properNoun</termNote>
                      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                  </langSet>
                  <langSet xml:lang="ps">
                    <ntig><termGrp><term>ډیورنډ کرښه</term>
                      <termNoteGrp><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termNoteGrp>
                    </termGrp></ntig>
                    <ntig><termGrp><term>ډیورنډ لاین</term>
                      <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp>
                      <descripGrp><descrip type="context">old spelling</descrip></descripGrp></ntig>
                  </langSet>
                </termEntry>
              </body></text>
            </martif>
            """);
    Entry entry = entries.getFirst();
    assertThat(entry.id()).isEqualTo("c42");
    assertThat(entry.english().preferred().text()).isEqualTo("Durand Line");
    assertThat(entry.english().domains()).containsExactly("borders");
    assertThat(entry.targets().get("ps").preferred()).isEqualTo("ډیورنډ کرښه");
    assertThat(entry.targets().get("ps").forbidden())
        .extracting(Entry.Forbidden::form)
        .containsExactly("ډیورنډ لاین");
  }

  /** A file in which no entry is recognised is refused, saying so, never an empty success. */
  @Test
  void aFileWithNoEntryIsRefused() {
    assertThatThrownBy(() -> read("<glossary><item>Kabul</item></glossary>"))
        .isInstanceOf(GlossaryFileException.class)
        .hasMessageContaining(
            "no conceptEntry (TBX v3) or termEntry (TBX 2008, martif) found: nothing to import");
  }
}
