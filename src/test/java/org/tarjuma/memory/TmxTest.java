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

  @Test
  void refusesADoctypeWithoutReadingIt() {
    assertThatThrownBy(() -> read(Fixtures.resource("/memory/doctype.tmx")))
        .isInstanceOfSatisfying(
            TmxFormatException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "a TMX file with a DOCTYPE is refused (no DTD or external entity is read)"));
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
