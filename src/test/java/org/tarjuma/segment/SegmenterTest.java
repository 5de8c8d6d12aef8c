package org.tarjuma.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarjuma.testing.Fixtures;

class SegmenterTest {

  private static final String SEED = Fixtures.seedArticle();

  private static SegmentedArticle text(String source) {
    return Fixtures.SEGMENTER.segment(source, Format.TEXT, Fixtures.LANGUAGES.require("en"));
  }

  @Test
  void seedArticleBecomesSensibleBlocks() {
    SegmentedArticle article = text(SEED);
    List<Segment> segments = article.segments();
    // The stray video title is a block of its own, a heading; the no-break-space line is no block.
    assertThat(article.blocks().get(0).kind()).isEqualTo(BlockKind.HEADING);
    assertThat(segments.get(0).text())
        .isEqualTo(
            "Pakistan, Afghan Taliban agree to 48-Hour ceasefire amid border clashes Azad News HD");
    assertThat(segments.get(1).text()).startsWith("Tensions Escalate as Pakistan Launches");
    assertThat(segments.get(1).block()).isEqualTo(1);
    assertThat(article.blocks().get(2).kind()).isEqualTo(BlockKind.PARAGRAPH);
    assertThat(segments)
        .allSatisfy(s -> assertThat(s.text()).isNotBlank().doesNotContain("\u00A0"));
    assertThat(segments)
        .extracting(Segment::text)
        .contains(
            "The operation, the statement said, reflects Pakistan’s unwavering resolve to eliminate terrorism “from its roots — wherever it may exist.”",
            "In an official statement, the Inter-Services Public Relations (ISPR) emphasized that the operation was a defensive countermeasure conducted in response to persistent terrorist attacks emanating from Afghan soil.",
            "The message was clear: Pakistan will no longer tolerate the use of Afghan territory for staging terrorist attacks.");
    assertThat(segments).hasSizeBetween(110, 140);
    System.out.println(
        "Seed: " + article.blocks().size() + " blocks, " + segments.size() + " segments");
  }

  @Test
  void offsetsPointAtTheSegmentInTheSource() {
    for (Segment s : text(SEED).segments()) {
      assertThat(SEED.substring(s.start(), s.end())).isEqualTo(s.text());
    }
  }

  @Test
  void editingOneSentenceChangesOneId() {
    List<String> before = text(SEED).segments().stream().map(Segment::id).toList();
    String edited =
        SEED.replace("Kandahar holds immense symbolic", "Kandahar holds great symbolic");
    List<String> after = text(edited).segments().stream().map(Segment::id).toList();
    assertThat(after).hasSameSizeAs(before);
    int changed = 0;
    for (int i = 0; i < before.size(); i++) {
      changed += before.get(i).equals(after.get(i)) ? 0 : 1;
    }
    assertThat(changed).isEqualTo(1);
  }

  @Test
  void identicalSentencesGetDistinctStableIds() {
    SegmentedArticle article = text("Talks resumed.\nTalks resumed.\nTalks  resumed.");
    List<String> ids = article.segments().stream().map(Segment::id).toList();
    assertThat(ids).doesNotHaveDuplicates().hasSize(3);
    assertThat(ids).allMatch(id -> id.matches("[0-9a-f]{16}"));
    assertThat(text("Talks resumed.").segments().get(0).id()).isEqualTo(ids.get(0));
  }

  @Test
  void blankInputGivesNoSegmentNeverAnEmptyOne() {
    assertThat(text("").segments()).isEmpty();
    assertThat(text("  \n\u00A0\n\t\n").segments()).isEmpty();
    assertThat(text("\n\nOne.\n \n").segments()).extracting(Segment::text).containsExactly("One.");
  }

  @Test
  void crlfLinesAndFlowedLines() {
    SegmentedArticle crlf = text("First line.\r\nSecond line.\r\n");
    assertThat(crlf.segments())
        .extracting(Segment::text)
        .containsExactly("First line.", "Second line.");
    assertThat(crlf.blocks()).hasSize(2);
    SegmentedArticle flowed = text("It was a cold \nnight in the city. Then \nit rained.");
    assertThat(flowed.blocks()).hasSize(1);
    assertThat(flowed.segments())
        .extracting(Segment::text)
        .containsExactly("It was a cold night in the city.", "Then it rained.");
    Segment first = flowed.segments().get(0);
    assertThat(flowed.source().substring(first.start(), first.end()))
        .isEqualTo("It was a cold \nnight in the city.");
  }

  @Test
  void assemblingWithTranslationsReplacesOnlyThoseSegments() {
    SegmentedArticle article = text("Title\n\nFirst sentence. Second sentence.\n");
    Segment second = article.segments().get(2);
    String out = article.assemble(Map.of(second.id(), "دوسرا جملہ۔"));
    assertThat(out).isEqualTo("Title\n\nFirst sentence. دوسرا جملہ۔\n");
    assertThat(article.assemble(Map.of())).isEqualTo(article.source());
  }

  @Test
  void urduArticleIsSegmentedOnItsOwnPunctuation() {
    SegmentedArticle article =
        Fixtures.SEGMENTER.segment(
            "سرخی\n\nپہلا جملہ۔ دوسرا جملہ؟", Format.TEXT, Fixtures.LANGUAGES.require("ur"));
    assertThat(article.lang()).isEqualTo("ur");
    assertThat(article.segments())
        .extracting(Segment::text)
        .containsExactly("سرخی", "پہلا جملہ۔", "دوسرا جملہ؟");
  }
}
