package org.tarjuma.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.tarjuma.testing.Fixtures;

class TmxTest {

  private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
  private final TmxReader reader = new TmxReader(Fixtures.LANGUAGES);

  private List<MemoryUnit> read(String tmx) {
    return reader.read(
        new ByteArrayInputStream(tmx.getBytes(StandardCharsets.UTF_8)), "tmx", "amna", AT);
  }

  @Test
  void readsUnitsWithRegionalCodesAndInlineCodes() {
    List<MemoryUnit> units = read(Fixtures.resource("/memory/sample.tmx"));
    assertThat(units)
        .extracting(MemoryUnit::targetLang, MemoryUnit::source, MemoryUnit::target)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ur", "The talks ended.", "مذاکرات ختم ہو گئے۔"),
            org.assertj.core.groups.Tuple.tuple("prs", "The talks ended.", "مذاکرات پایان یافت."),
            org.assertj.core.groups.Tuple.tuple(
                "ps",
                "<1>ISPR</1> said so &amp; left.<2/>",
                "<1>آی اېس پي آر</1> وویل او ووت.<2/>"));
    assertThat(units).allSatisfy(u -> assertThat(u.changedBy()).isEqualTo("amna"));
  }

  /**
   * A TMX 1.1 file as OmegaT and older tools write it: a DOCTYPE naming a DTD, {@code lang} instead
   * of {@code xml:lang}, upper-case regional codes; Dari as fa-AF.
   */
  @Test
  void readsTmx11WithADoctypeTheOldLangAttributeAndUpperCaseCodes() {
    List<MemoryUnit> units =
        read(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx11.dtd">
            <tmx version="1.1">
              <header creationtool="OmegaT" srclang="EN-US" segtype="sentence" o-tmf="OmegaT TMX"
                      adminlang="EN-US" datatype="plaintext"/>
              <body>
                <tu><tuv lang="EN-US"><seg>The talks ended.</seg></tuv>
                    <tuv lang="UR-PK"><seg>مذاکرات ختم ہو گئے۔</seg></tuv>
                    <tuv lang="FA-AF"><seg>گفتگوها پایان یافت.</seg></tuv>
                    <tuv lang="ps_af"><seg>خبرې اترې پای ته ورسېدې.</seg></tuv></tu>
              </body>
            </tmx>
            """);
    assertThat(units)
        .extracting(MemoryUnit::targetLang, MemoryUnit::target)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ur", "مذاکرات ختم ہو گئے۔"),
            org.assertj.core.groups.Tuple.tuple("prs", "گفتگوها پایان یافت."),
            org.assertj.core.groups.Tuple.tuple("ps", "خبرې اترې پای ته ورسېدې."));
  }

  /**
   * Trados Translator's Workbench keeps RTF in the deprecated {@code <ut>}: each is a standalone
   * tag (numbered by its place when it has no x) and its RTF is not text.
   */
  @Test
  void utCodesAreStandaloneTagsAndTheirNativeCodeIsNotText() {
    List<MemoryUnit> units =
        read(
            "<tmx version=\"1.4\"><header srclang=\"EN-US\"/><body><tu>"
                + "<tuv xml:lang=\"EN-US\"><seg><ut>{\\b </ut>ISPR<ut>}</ut> said.</seg></tuv>"
                + "<tuv xml:lang=\"PS-AF\"><seg><ut x=\"7\">{\\b </ut>آی اېس پي آر<ut>}</ut> وویل.</seg>"
                + "</tuv></tu></body></tmx>");
    assertThat(units)
        .extracting(MemoryUnit::source, MemoryUnit::target)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "<1/>ISPR<2/> said.", "<7/>آی اېس پي آر<2/> وویل."));
  }

  /** A DTD a file names by URL is never fetched: the server it names sees no request. */
  @Test
  void aNamedDtdIsNeverFetched() throws Exception {
    java.util.concurrent.atomic.AtomicInteger hits =
        new java.util.concurrent.atomic.AtomicInteger();
    com.sun.net.httpserver.HttpServer server =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          hits.incrementAndGet();
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/tmx14.dtd";
      List<MemoryUnit> units =
          read(
              "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \""
                  + url
                  + "\">\n<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu>"
                  + "<tuv xml:lang=\"en\"><seg>Kabul</seg></tuv>"
                  + "<tuv xml:lang=\"ps\"><seg>کابل</seg></tuv></tu></body></tmx>");
      assertThat(units).hasSize(1);
      assertThat(hits).hasValue(0);
    } finally {
      server.stop(0);
    }
  }

  /** A version after 1.4b and Persian for Dari are refused, each saying what is accepted. */
  @Test
  void refusesAnUnknownVersionAndPersianForDari() {
    assertThatThrownBy(
            () ->
                read(
                    "<tmx version=\"2.0\"><header srclang=\"en\"/><body><tu>"
                        + "<tuv xml:lang=\"en\"><seg>Kabul</seg></tuv>"
                        + "<tuv xml:lang=\"fa-IR\"><seg>کابل</seg></tuv></tu></body></tmx>"))
        .isInstanceOfSatisfying(
            TmxFormatException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "TMX version 2.0 is not one of 1.1, 1.2, 1.3, 1.4, 1.4b",
                        "tu 1 (line 1): language 'fa-IR' is not one of en, ur, ps, prs (Dari is"
                            + " prs or fa-AF; fa is Persian)"));
  }

  @Test
  void refusesADoctypeWithoutReadingIt() {
    assertThatThrownBy(() -> read(Fixtures.resource("/memory/doctype.tmx")))
        .isInstanceOfSatisfying(
            TmxFormatException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "a TMX file whose DOCTYPE declares entities is refused (no DTD or external"
                            + " entity is read)"));
  }

  @Test
  void reportsEveryProblemWithItsUnitAndLine() {
    assertThatThrownBy(() -> read(Fixtures.resource("/memory/broken.tmx")))
        .isInstanceOfSatisfying(
            TmxFormatException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "tu 2 (line 6): language 'de' is not one of en, ur, ps, prs",
                        "tu 3 (line 7): no English source segment"));
  }

  @Test
  void refusesWhatIsNotTmx() {
    assertThatThrownBy(() -> read("<html><body>hi</body></html>"))
        .hasMessage("not a TMX document: no <tmx> root element");
    assertThatThrownBy(() -> read("<tmx version=\"1.4\"><body><tu>"))
        .hasMessageStartingWith("not well-formed XML at line 1");
  }

  /** What the writer writes, the reader reads back unchanged. */
  @Property(tries = 200)
  void roundTrip(@ForAll("units") List<MemoryUnit> units) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TmxWriter.write(units, out);
    List<MemoryUnit> back =
        reader.read(new ByteArrayInputStream(out.toByteArray()), "tmx", "amna", AT);
    assertThat(back)
        .extracting(MemoryUnit::targetLang, MemoryUnit::source, MemoryUnit::target)
        .containsExactlyElementsOf(
            units.stream()
                .map(
                    u ->
                        org.assertj.core.groups.Tuple.tuple(u.targetLang(), u.source(), u.target()))
                .toList());
  }

  @Provide
  Arbitrary<List<MemoryUnit>> units() {
    Arbitrary<String> words =
        Arbitraries.of(
            "The",
            "talks",
            "ended",
            "&amp;",
            "&lt;",
            "12",
            "ISPR",
            "ټ ډ ړ",
            "می\u200Cشود",
            "\"q\"");
    Arbitrary<String> text = words.list().ofMinSize(1).ofMaxSize(8).map(w -> String.join(" ", w));
    Arbitrary<String> tagged =
        Arbitraries.oneOf(text, text.map(t -> "<1>" + t + "</1> x"), text.map(t -> t + " <1/>"));
    Arbitrary<MemoryUnit> unit =
        net.jqwik.api.Combinators.combine(Arbitraries.of("ur", "ps", "prs"), tagged, tagged)
            .as(
                (lang, source, target) ->
                    new MemoryUnit(
                        "en",
                        lang,
                        source,
                        target,
                        "approved",
                        "amna",
                        AT.truncatedTo(ChronoUnit.SECONDS)));
    return unit.list().ofMaxSize(6).map(ArrayList::new);
  }
}
