package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class XliffReaderTest {

  private static final String HEAD =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" \
      xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.1" srcLang="en" trgLang="ur">
      <file id="f1" original="tarjuma-job-j1">
      """;
  private static final String TAIL = "</file></xliff>";

  /** A unit as XliffWriter writes one, revision 3. */
  static final String UNIT =
      """
      <unit id="uab12"><mda:metadata><mda:metaGroup category="tarjuma">\
      <mda:meta type="revision">3</mda:meta></mda:metaGroup></mda:metadata>\
      <segment id="sab12" state="translated"><source>The <sc id="c1"/>minister<ec startRef="c1"/>\
       left &amp; <ph id="p2"/>came.</source><target><sc id="c1"/>وزیر<ec startRef="c1"/> \
      <ph id="p2"/>گئے۔</target></segment></unit>""";

  private static XliffReader.Document read(String xml) {
    return XliffReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static XliffReader.Unit only(String units) {
    List<XliffReader.Unit> read = read(HEAD + units + TAIL).units();
    assertThat(read).hasSize(1);
    return read.getFirst();
  }

  // The file's languages, originals and a unit's tagged source, target and revision, as exported.
  @Test
  void readsWhatTarjumaExports() {
    XliffReader.Document document = read(HEAD + UNIT + TAIL);
    assertThat(document.srcLang()).isEqualTo("en");
    assertThat(document.trgLang()).isEqualTo("ur");
    assertThat(document.originals()).containsExactly("tarjuma-job-j1");
    assertThat(document.units())
        .containsExactly(
            new XliffReader.Unit(
                "uab12",
                "The <1>minister</1> left &amp; <2/>came.",
                "<1>وزیر</1> <2/>گئے۔",
                3,
                null));
  }

  // pc becomes an opening and a closing tag, cp its character, an annotation only its text.
  @Test
  void pairedCodesCodePointsAndAnnotations() {
    XliffReader.Unit unit =
        only(
            """
            <unit id="u1"><segment><source><pc id="c1">a</pc> b</source>\
            <target><pc id="c1"><mrk id="m1" translate="no">ا</mrk></pc><cp hex="200F"/> ب</target>\
            </segment></unit>""");
    assertThat(unit.source()).isEqualTo("<1>a</1> b");
    assertThat(unit.target()).isEqualTo("<1>ا</1>\u200F ب");
    assertThat(unit.revision()).isNull();
    assertThat(unit.problem()).isNull();
  }

  // A unit a tool split into segments is read whole, its ignorables included.
  @Test
  void aSplitUnitIsJoined() {
    XliffReader.Unit unit =
        only(
            """
            <unit id="u1"><segment><source>A.</source><target>الف۔</target></segment>\
            <ignorable><source> </source></ignorable>\
            <segment><source>B.</source><target>ب۔</target></segment></unit>""");
    assertThat(unit.source()).isEqualTo("A. B.");
    assertThat(unit.target()).isEqualTo("الف۔ ب۔");
  }

  // A code whose id Tarjuma did not write, and a half-translated unit, are the unit's problems.
  @Test
  void inventedCodesAndHalfTranslatedUnitsAreProblems() {
    assertThat(
            only("<unit id=\"u1\"><segment><source>a</source>"
                    + "<target>ا<ph id=\"x9\"/></target></segment></unit>")
                .problem())
        .contains("<ph id=\"x9\"/>", "target");
    assertThat(
            only("<unit id=\"u1\"><segment><source>A.</source><target>الف۔</target></segment>"
                    + "<segment><source>B.</source></segment></unit>")
                .problem())
        .contains("Only 1 of the unit's 2 segments");
    assertThat(only("<unit id=\"u1\"><segment><source>a</source></segment></unit>").target())
        .isNull();
  }

  // Each hostile or foreign file is refused with a message that says what it is.
  @Test
  void hostileAndForeignFilesAreRefusedWithAReason() {
    String laughs =
        """
        <?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa">\
        <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1">&c;</xliff>""";
    String external = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
    String deep =
        HEAD + "<a>".repeat(XliffReader.MAX_DEPTH) + "</a>".repeat(XliffReader.MAX_DEPTH) + TAIL;
    String v12 =
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file/></xliff>";
    assertRefused(laughs, "DOCTYPE");
    assertRefused(external, "DOCTYPE");
    assertRefused(deep, "nested deeper than 64");
    assertRefused(v12, "XLIFF 1.2");
    assertRefused("this is not XML", "not well-formed XML");
    assertRefused("<tmx version=\"1.4\"/>", "root element is <tmx>");
    assertRefused("", "not well-formed XML");
    assertRefused(HEAD + UNIT + UNIT + TAIL, "appears twice");
    assertRefused(HEAD.replace("version=\"2.1\"", "version=\"3.0\""), "'3.0'");
  }

  private static void assertRefused(String xml, String reason) {
    assertThatThrownBy(() -> read(xml))
        .isInstanceOf(XliffFormatException.class)
        .hasMessageContaining(reason);
  }

  // Any text at all: read, or refused with the reader's own exception.
  @Property(tries = 1000)
  void anyTextIsReadOrRefused(@ForAll String text) {
    assertReadOrRefused(text.getBytes(StandardCharsets.UTF_8));
  }

  // Any bytes at all: read, or refused with the reader's own exception.
  @Property(tries = 500)
  void anyBytesAreReadOrRefused(@ForAll byte[] bytes) {
    assertReadOrRefused(bytes);
  }

  // An exported file with hostile pieces put in anywhere: read, or refused with its exception.
  @Property(tries = 2000)
  void aDamagedExportIsReadOrRefused(@ForAll("damaged") String xml) {
    assertReadOrRefused(xml.getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<String> damaged() {
    String file = HEAD + UNIT + UNIT.replace("ab12", "cd34") + TAIL;
    Arbitrary<String> pieces =
        Arbitraries.of(
            "<",
            "&",
            "&#0;",
            "&#x110000;",
            "&e;",
            "<!DOCTYPE x [<!ENTITY e 'x'>]>",
            "<![CDATA[<1>]]>",
            "<pc id=\"c1\">",
            "</pc>",
            "<ph id=\"zz\"/>",
            "<ec/>",
            "<cp hex=\"D800\"/>",
            "<cp hex=\"zz\"/>",
            "</target>",
            "<segment>",
            "<unit>",
            "<unit id=\"u1\">",
            "<source/>",
            "<mda:meta type=\"revision\">x</mda:meta>",
            "\u0000",
            "\uD800",
            "<x:y xmlns:x=\"urn:x\">",
            "");
    Arbitrary<Integer> at = Arbitraries.integers().between(0, file.length());
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, 40);
    return Combinators.combine(at, cut, pieces, pieces)
        .as(
            (i, n, a, b) -> {
              String s = file.substring(0, i) + a + file.substring(Math.min(file.length(), i + n));
              int j = Math.min(s.length(), i * 7 % (s.length() + 1));
              return s.substring(0, j) + b + s.substring(j);
            });
  }

  private static void assertReadOrRefused(byte[] bytes) {
    try {
      XliffReader.Document document = XliffReader.read(new ByteArrayInputStream(bytes));
      assertThat(document.units()).doesNotContainNull();
    } catch (XliffFormatException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }
}
