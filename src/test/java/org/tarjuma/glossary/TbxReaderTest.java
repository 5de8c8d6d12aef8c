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

  /**
   * TBX v3 in DCT style (data categories as elements of the modules' namespaces), regional and
   * upper-case codes, Dari as fa-AF, and inline markup inside a term read as the DCA entry would;
   * Persian and other languages are passed over with one warning each.
   */
  @Test
  void readsDctStyleRegionalCodesAndPassesOverOtherLanguages() {
    TbxReader.Read read =
        TbxReader.readWithWarnings(
            new ByteArrayInputStream(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
                     xmlns:min="http://www.tbxinfo.net/ns/min" xmlns:basic="http://www.tbxinfo.net/ns/basic">
                  <tbxHeader><fileDesc><sourceDesc><p>memoQ</p></sourceDesc></fileDesc></tbxHeader>
                  <text><body>
                    <conceptEntry id="c7">
                      <min:subjectField>borders</min:subjectField>
                      <descripGrp><basic:definition>The border of 1893.</basic:definition></descripGrp>
                      <langSec xml:lang="en-US"><termSec><term>Durand <hi type="italics">Line</hi></term>
                        <min:partOfSpeech>noun</min:partOfSpeech>
                        <min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus></termSec></langSec>
                      <langSec xml:lang="UR-pk"><termSec><term>ڈیورنڈ لائن</term>
                        <termNoteGrp><min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus></termNoteGrp></termSec></langSec>
                      <langSec xml:lang="fa-AF"><termSec><term>خط دیورند</term></termSec></langSec>
                      <langSec xml:lang="fa-IR"><termSec><term>خط دیورند</term></termSec></langSec>
                      <langSec xml:lang="de"><termSec><term>Durand-Linie</term></termSec></langSec>
                      <langSec xml:lang="DE"><termSec><term>Durandlinie</term></termSec></langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """
                    .getBytes(StandardCharsets.UTF_8)),
            "dct.tbx");
    Entry entry = read.entries().getFirst();
    assertThat(entry.english().preferred().text()).isEqualTo("Durand Line");
    assertThat(entry.english().partOfSpeech()).isEqualTo("noun");
    assertThat(entry.english().domains()).containsExactly("borders");
    assertThat(entry.english().note()).isEqualTo("The border of 1893.");
    assertThat(entry.targets().keySet()).containsExactlyInAnyOrder("ur", "prs");
    assertThat(entry.targets().get("ur").preferred()).isEqualTo("ڈیورنڈ لائن");
    assertThat(entry.targets().get("prs").preferred()).isEqualTo("خط دیورند");
    assertThat(read.warnings())
        .containsExactly(
            "language sections in 'fa-IR' were passed over: Tarjuma keeps en, ur, ps and prs (Dari"
                + " is prs or fa-AF; fa is Persian)",
            "language sections in 'de' were passed over: Tarjuma keeps en, ur, ps and prs");
    assertThat(read.tarjuma()).isFalse();
  }

  /**
   * Language tags: any case and region, ISO 639-3; Dari as prs or fa-AF; Persian and others none.
   */
  @Test
  void languageCodesMapToTarjumasOrToNone() {
    assertThat(TbxReader.language("EN-gb")).isEqualTo("en");
    assertThat(TbxReader.language("ur_PK")).isEqualTo("ur");
    assertThat(TbxReader.language("ps-AF")).isEqualTo("ps");
    assertThat(TbxReader.language("PRS-af")).isEqualTo("prs");
    assertThat(TbxReader.language("fa-af")).isEqualTo("prs");
    assertThat(TbxReader.language("fa")).isNull();
    assertThat(TbxReader.language("fa-IR")).isNull();
    assertThat(TbxReader.language("urd")).isEqualTo("ur"); // ISO 639-3
    assertThat(TbxReader.language("de-DE")).isNull();
  }

  /**
   * Any file built from TBX's pieces (v3 DCA and DCT, 2008, elements of other namespaces, any
   * language code, cut anywhere) is read or refused with a GlossaryFileException, nothing else.
   */
  @net.jqwik.api.Property(tries = 400)
  void anyTbxLikeFileIsReadOrRefusedWithAReason(
      @net.jqwik.api.ForAll("pieces") List<String> pieces,
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 100) int cut) {
    String body = String.join("", pieces);
    String file =
        "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" xmlns:min=\"http://www.tbxinfo.net/ns/min\"><text><body>"
            + body
            + "</body></text></tbx>";
    String cutFile = cut == 100 ? file : file.substring(0, file.length() * cut / 100);
    try {
      TbxReader.Read read =
          TbxReader.readWithWarnings(
              new ByteArrayInputStream(cutFile.getBytes(StandardCharsets.UTF_8)), "random.tbx");
      assertThat(read.entries()).isNotEmpty();
      assertThat(read.entries()).allSatisfy(e -> assertThat(e.english()).isNotNull());
    } catch (GlossaryFileException refused) {
      assertThat(refused.getMessage()).startsWith("random.tbx");
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<String>> pieces() {
    net.jqwik.api.Arbitrary<String> lang =
        net.jqwik.api.Arbitraries.of("en", "EN-us", "ur", "ps_AF", "fa-AF", "fa", "de", "", "x y");
    net.jqwik.api.Arbitrary<String> piece =
        net.jqwik.api.Arbitraries.oneOf(
            net.jqwik.api.Arbitraries.of(
                "<conceptEntry id=\"c\">",
                "<conceptEntry>",
                "</conceptEntry>",
                "<termEntry id=\"t\">",
                "</termEntry>",
                "<termSec>",
                "</termSec>",
                "<tig>",
                "</tig>",
                "<term>Kabul</term>",
                "<term></term>",
                "<term>ک<hi>ا</hi>بل</term>",
                "<min:partOfSpeech>noun</min:partOfSpeech>",
                "<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>",
                "<termNote type=\"x-inflectionOf\">Kabul</termNote>",
                "<termNote type=\"x-paradigmCell\">sg.obl</termNote>",
                "<admin type=\"elementWorkingStatus\">finalizedElement</admin>",
                "<descripGrp><min:subjectField>x</min:subjectField></descripGrp>",
                "</langSec>",
                "</langSet>",
                "&amp;",
                "<![CDATA[x]]>"),
            lang.map(l -> "<langSec xml:lang=\"" + l + "\">"),
            lang.map(l -> "<langSet lang=\"" + l + "\">"));
    return piece.list().ofMaxSize(25);
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
