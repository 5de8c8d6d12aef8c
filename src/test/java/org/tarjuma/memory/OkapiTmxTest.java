package org.tarjuma.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.XMLWriter;
import net.sf.okapi.common.filterwriter.TMXWriter;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextUnit;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.tarjuma.segment.InlineCode;
import org.tarjuma.segment.TaggedText;
import org.tarjuma.testing.Fixtures;
import org.tarjuma.testing.OkapiStax;

/**
 * Okapi Framework 1.47 as a peer implementation of TMX: its TMX filter reads what Tarjuma exports,
 * and Tarjuma reads what Okapi's {@code TMXWriter} writes. The units are the seed memory's Urdu,
 * Pashto and Dari translations and the tagged units of {@code memory/sample.tmx}.
 */
class OkapiTmxTest {

  private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
  private static final TmxReader READER = new TmxReader(Fixtures.LANGUAGES);

  /** The seed memory and the tagged sample units, as the seed loader and an import read them. */
  static List<MemoryUnit> units() throws Exception {
    List<MemoryUnit> units = new ArrayList<>();
    try (InputStream in = Files.newInputStream(Path.of("seeds/kandahar-strikes.tmx"))) {
      units.addAll(READER.read(in, "seed", "seed", AT));
    }
    units.addAll(
        READER.read(
            new ByteArrayInputStream(
                Fixtures.resource("/memory/sample.tmx").getBytes(StandardCharsets.UTF_8)),
            "tmx",
            "amna",
            AT));
    return units;
  }

  /**
   * Okapi's filter sees every unit of our export, in order, with its source, its one target and
   * that target's language, inline codes as the same paired and standalone codes, and the unit's
   * properties: changedate, changeid and x-origin.
   */
  @Test
  void okapisTmxFilterReadsOurExport() throws Exception {
    List<MemoryUnit> units = units();
    ByteArrayOutputStream export = new ByteArrayOutputStream();
    TmxWriter.write(units, export); // what GET /api/v1/memory/export streams

    List<Tuple> seen = okapiReads(export.toByteArray());
    assertThat(seen)
        .containsExactlyElementsOf(
            units.stream()
                .map(
                    u ->
                        tuple(
                            u.targetLang(),
                            u.source(),
                            u.target(),
                            u.origin(),
                            u.changedBy(),
                            "20261125T100000Z"))
                .toList());
    assertThat(seen).extracting(t -> t.toArray()[0]).contains("ur", "ps", "prs");
    assertThat(seen).extracting(t -> (String) t.toArray()[1]).anyMatch(s -> s.contains("<1>"));
  }

  /**
   * Tarjuma reads back exactly what Okapi's TMXWriter wrote, one translation unit per English
   * sentence with its three translations: every Pashto letter of ټ ډ ړ ښ ږ ځ څ ڼ ې ۍ, the Dari
   * zero-width non-joiners and the inline codes come back unchanged, in NFC.
   */
  @Test
  void weReadWhatOkapisTmxWriterWrites() throws Exception {
    List<MemoryUnit> units = units();
    Map<String, ITextUnit> bySource = new LinkedHashMap<>();
    for (MemoryUnit unit : units) {
      ITextUnit tu =
          bySource.computeIfAbsent(
              unit.source(),
              source -> {
                ITextUnit created = new TextUnit("tu" + bySource.size());
                created.setSourceContent(fragment(source));
                return created;
              });
      assertThat(tu.hasTarget(LocaleId.fromString(unit.targetLang()))).isFalse();
      tu.setTargetContent(LocaleId.fromString(unit.targetLang()), fragment(unit.target()));
    }
    StringWriter written = new StringWriter();
    TMXWriter writer = new TMXWriter(new XMLWriter(written));
    writer.writeStartDocument(
        LocaleId.fromString("en"),
        LocaleId.fromString("ur"),
        "net.sf.okapi.steps.leveraging.LeveragingStep",
        "1",
        "sentence",
        "undefined",
        "undefined");
    bySource.values().forEach(writer::writeTUFull);
    writer.writeEndDocument();
    writer.close();

    List<MemoryUnit> back =
        READER.read(
            new ByteArrayInputStream(written.toString().getBytes(StandardCharsets.UTF_8)),
            "tmx",
            "amna",
            AT);
    assertThat(back)
        .extracting(MemoryUnit::targetLang, MemoryUnit::source, MemoryUnit::target)
        .containsExactlyInAnyOrderElementsOf(
            units.stream().map(u -> tuple(u.targetLang(), u.source(), u.target())).toList());
    Map<String, String> byLang =
        back.stream()
            .collect(
                Collectors.groupingBy(
                    MemoryUnit::targetLang,
                    Collectors.mapping(MemoryUnit::target, Collectors.joining("\n"))));
    assertThat(byLang.get("ps"))
        .contains("ټ", "ډ", "ړ", "ښ", "ږ", "ځ", "څ", "ڼ", "ې", "ۍ", "<1>آی اېس پي آر</1>");
    assertThat(byLang.get("prs")).contains("درگیری\u200Cهای", "آتش\u200Cبس");
    assertThat(back)
        .allSatisfy(
            u ->
                assertThat(Normalizer.isNormalized(u.target(), Normalizer.Form.NFC))
                    .as(u.target())
                    .isTrue());
  }

  /**
   * What Okapi's TMX filter sees in {@code tmx}, a unit with one target a tuple: target language,
   * source and target as tagged text, and the x-origin, changeid and changedate properties.
   */
  static List<Tuple> okapiReads(byte[] tmx) {
    OkapiStax.useTheJdks();
    List<Tuple> seen = new ArrayList<>();
    try (TmxFilter filter = new TmxFilter()) {
      filter.open(
          new RawDocument(
              new ByteArrayInputStream(tmx),
              "UTF-8",
              LocaleId.fromString("en"),
              LocaleId.fromString("ur")));
      while (filter.hasNext()) {
        Event event = filter.next();
        if (event.isTextUnit()) {
          ITextUnit tu = event.getTextUnit();
          assertThat(tu.getTargetLocales()).hasSize(1);
          LocaleId lang = tu.getTargetLocales().iterator().next();
          seen.add(
              tuple(
                  lang.toString(),
                  tagged(tu.getSource().getFirstContent()),
                  tagged(tu.getTarget(lang).getFirstContent()),
                  tu.getProperty("x-origin").getValue(),
                  tu.getProperty("changeid").getValue(),
                  tu.getProperty("changedate").getValue()));
        }
      }
    }
    return seen;
  }

  /** Tagged text as an Okapi fragment: our tags become Okapi codes with the same ids. */
  private static TextFragment fragment(String tagged) {
    TextFragment fragment = new TextFragment();
    for (TaggedText.Piece piece : TaggedText.parse(tagged)) {
      switch (piece) {
        case TaggedText.Text text -> fragment.append(text.text());
        case TaggedText.Tag tag -> {
          TextFragment.TagType type =
              switch (tag.kind()) {
                case OPEN -> TextFragment.TagType.OPENING;
                case CLOSE -> TextFragment.TagType.CLOSING;
                case ISOLATED -> TextFragment.TagType.PLACEHOLDER;
              };
          fragment.append(type, "x-tarjuma", tag.text(), Integer.parseInt(tag.id()));
        }
      }
    }
    return fragment;
  }

  /** An Okapi fragment as tagged text: each code by its id and whether it opens, closes or not. */
  static String tagged(TextFragment fragment) {
    String coded = fragment.getCodedText();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < coded.length(); i++) {
      char c = coded.charAt(i);
      if (!TextFragment.isMarker(c)) {
        TaggedText.escape(coded, i, i + 1, out);
        continue;
      }
      Code code = fragment.getCode(coded.charAt(++i));
      InlineCode.Kind kind =
          switch (code.getTagType()) {
            case OPENING -> InlineCode.Kind.OPEN;
            case CLOSING -> InlineCode.Kind.CLOSE;
            default -> InlineCode.Kind.ISOLATED;
          };
      out.append(new TaggedText.Tag(kind, String.valueOf(code.getId())).text());
    }
    return out.toString();
  }
}
