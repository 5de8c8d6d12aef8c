package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.sf.okapi.lib.xliff2.core.CTag;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.glossary.GlossEntry;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.qa.Finding;
import org.tarjuma.qa.Severity;
import org.tarjuma.segment.InlineCode;
import org.tarjuma.segment.TaggedText;
import org.tarjuma.testing.Fixtures;
import org.tarjuma.testing.OkapiStax;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Okapi's XLIFF 2 reader (okapi-lib-xliff2 1.47, a peer implementation) reads our XLIFF export of a
 * job: the seed article's segments with the seed memory's translation in each language, every other
 * one wrapped in inline codes, the last still needing an engine.
 */
class XliffWriterTest {

  private static final java.time.LocalDate DATED = java.time.LocalDate.of(2025, 10, 20);
  private static final XliffWriter WRITER =
      new XliffWriter(Glossary.load(Path.of("glossary"), Fixtures.LANGUAGES));

  @BeforeAll
  static void okapiParsesWithTheJdksStax() {
    OkapiStax.useTheJdks();
  }

  /**
   * The export says version 2.1 and is valid against the XLIFF TC's 2.1 core, Glossary and Metadata
   * schemas; the same document saying 2.0, or without its source language, is not accepted.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ur", "ps", "prs"})
  void theExportIsValidXliff21(String lang) throws Exception {
    String xliff = WRITER.write("job-1", lang, DATED, stored(segments(lang)));
    Xliff.assertValid(xliff);
    assertThatThrownBy(() -> Xliff.assertValid(xliff.replace("version=\"2.1\"", "version=\"2.0\"")))
        .hasMessageContaining("not XLIFF 2.1");
    assertThatThrownBy(() -> Xliff.assertValid(xliff.replace("srcLang=\"en\"", "")))
        .hasMessageContaining("srcLang");
  }

  /**
   * Okapi, validating fully (core, modules and schemas), sees the languages, every unit and segment
   * with our ids, each source and target with the same text and the same paired and standalone
   * codes, no target and state initial where the engine is still needed, the QA note and the note
   * of the source's one date, and the glossary entries with their required forms.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ur", "ps", "prs"})
  void okapiReadsEverySegmentWithItsCodes(String lang) throws Exception {
    List<JobSegment> segments = segments(lang);
    String xliff = WRITER.write("job-1", lang, DATED, stored(segments));

    List<Tuple> seen = new ArrayList<>();
    List<Note> notes = new ArrayList<>();
    List<GlossEntry> glossary = new ArrayList<>();
    try (XLIFFReader reader =
        new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL | XLIFFReader.VALIDATION_INCLUDE_SCHEMAS)) {
      reader.open(xliff);
      while (reader.hasNext()) {
        Event event = reader.next();
        if (event.isStartXliff()) {
          assertThat(event.getStartXliffData().getSourceLanguage()).isEqualTo("en");
          assertThat(event.getStartXliffData().getTargetLanguage()).isEqualTo(lang);
        } else if (event.isUnit()) {
          Unit unit = event.getUnit();
          unit.getNotes().forEach(notes::add);
          if (unit.getGlossary() != null) {
            unit.getGlossary().forEach(glossary::add);
          }
          for (Segment segment : unit.getSegments()) {
            seen.add(
                tuple(
                    unit.getId(),
                    segment.getId(),
                    segment.getState().toString(),
                    tagged(segment.getSource()),
                    segment.hasTarget() ? tagged(segment.getTarget()) : null));
          }
        }
      }
    }
    assertThat(seen)
        .containsExactlyElementsOf(
            segments.stream()
                .map(
                    s ->
                        tuple(
                            "u" + s.id(),
                            "s" + s.id(),
                            s.target() == null ? "initial" : "translated",
                            s.source(),
                            s.target()))
                .toList());
    assertThat(notes)
        .extracting(Note::getCategory, Note::getText)
        .containsExactly(
            tuple("qa:numbers", "the number 48 is missing"),
            tuple("source-date", "August 2021 = 2021-08"));
    assertThat(glossary)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.getTranslations()).hasSize(1))
        .anySatisfy(e -> assertThat(e.getTerm().getText()).isEqualTo("Kandahar"));
  }

  // Each date of a source is a note of its unit: a day, a range, a month and a day without its
  // year (in the year nearest the job's date) as written, each with its ISO form; none without.
  @Test
  void eachDateOfTheSourceIsANoteWithItsIsoForm() throws Exception {
    List<String> sources =
        List.of(
            "The talks began on October 12, 2025.",
            "The <1>summit</1> runs 12–14 October 2025 in Doha.",
            "Kabul fell in August 2021; AT&amp;T's envoy returns on Oct. 30.",
            "It rained.");
    List<JobSegment> segments = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      segments.add(
          new JobSegment(
              i,
              "d" + i,
              sources.get(i),
              "ہدف۔",
              JobSegment.TRANSLATED,
              "deepl",
              "engine",
              List.of(),
              List.of(),
              0));
    }
    String xliff = WRITER.write("job-dates", "ur", DATED, stored(segments));
    Xliff.assertValid(xliff);

    List<Tuple> notes = new ArrayList<>();
    try (XLIFFReader reader =
        new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL | XLIFFReader.VALIDATION_INCLUDE_SCHEMAS)) {
      reader.open(xliff);
      while (reader.hasNext()) {
        Event event = reader.next();
        if (event.isUnit()) {
          for (Note note : event.getUnit().getNotes()) {
            notes.add(tuple(event.getUnit().getId(), note.getCategory(), note.getText()));
          }
        }
      }
    }
    assertThat(notes)
        .containsExactly(
            tuple("ud0", "source-date", "October 12, 2025 = 2025-10-12"),
            tuple("ud1", "source-date", "12–14 October 2025 = 2025-10-12/2025-10-14"),
            tuple("ud2", "source-date", "August 2021 = 2021-08"),
            tuple("ud2", "source-date", "Oct. 30 = 2025-10-30"));
  }

  /**
   * The job's segments in {@code lang}: each seed unit's English source and its translation, the
   * even ones with a paired code around the sentence and a standalone one after it.
   */
  /** The segments as stored, none reviewed yet. */
  private static List<JobSegments.Stored> stored(List<JobSegment> segments) {
    return segments.stream()
        .map(s -> new JobSegments.Stored(s, new JobSegments.ReviewState(0, null, null), null))
        .toList();
  }

  private static List<JobSegment> segments(String lang) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    NodeList tus =
        factory
            .newDocumentBuilder()
            .parse(Path.of("seeds/kandahar-strikes.tmx").toFile())
            .getElementsByTagName("tu");
    List<JobSegment> segments = new ArrayList<>();
    for (int i = 0; i < tus.getLength(); i++) {
      String source = seg((Element) tus.item(i), "en");
      String target = seg((Element) tus.item(i), lang);
      if (i % 2 == 0) {
        source = "<1>" + source + "</1><2/>";
        target = "<1>" + target + "</1><2/>";
      }
      boolean last = i == tus.getLength() - 1;
      List<Finding> qa =
          i == 0
              ? List.of(
                  new Finding("numbers", Severity.WARNING, "number:48", "the number 48 is missing"))
              : List.of();
      segments.add(
          new JobSegment(
              i,
              String.format("%03d", i),
              source,
              last ? null : target,
              last ? JobSegment.NEEDS_ENGINE : JobSegment.TRANSLATED,
              last ? null : "memory",
              last ? null : "memory",
              List.of(),
              qa,
              0));
    }
    assertThat(segments).hasSizeGreaterThan(100);
    return segments;
  }

  /** The escaped text of the {@code seg} of the {@code tuv} in {@code lang}. */
  private static String seg(Element tu, String lang) {
    NodeList tuvs = tu.getElementsByTagName("tuv");
    for (int i = 0; i < tuvs.getLength(); i++) {
      Element tuv = (Element) tuvs.item(i);
      if (tuv.getAttribute("xml:lang").equals(lang)) {
        return TaggedText.escape(tuv.getElementsByTagName("seg").item(0).getTextContent());
      }
    }
    throw new AssertionError("no " + lang + " in " + tu.getAttribute("tuid"));
  }

  /** Okapi's fragment as tagged text: sc/ec/ph by their id's number, text escaped. */
  private static String tagged(Fragment fragment) {
    StringBuilder out = new StringBuilder();
    for (Object part : fragment) {
      if (part instanceof CTag tag) {
        InlineCode.Kind kind =
            switch (tag.getTagType()) {
              case OPENING -> InlineCode.Kind.OPEN;
              case CLOSING -> InlineCode.Kind.CLOSE;
              default -> InlineCode.Kind.ISOLATED;
            };
        out.append(new TaggedText.Tag(kind, tag.getId().substring(1)).text());
      } else {
        out.append(TaggedText.escape(part.toString()));
      }
    }
    return out.toString();
  }
}
