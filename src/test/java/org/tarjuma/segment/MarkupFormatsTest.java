package org.tarjuma.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarjuma.testing.Fixtures;

class MarkupFormatsTest {

  private static SegmentedArticle segment(String source, Format format) {
    return Fixtures.SEGMENTER.segment(source, format, Fixtures.LANGUAGES.require("en"));
  }

  @Test
  void repairsOfMalformedHtmlAreReportedWithTheirOffsets() {
    assertThat(segment("<p>Fine <b>text</b>.</p>", Format.HTML).repairs()).isEmpty();
    assertThat(segment("<p>Stray </i> end.", Format.HTML).repairs())
        .singleElement()
        .satisfies(r -> assertThat(r).startsWith("near offset 13: Unexpected EndTag token [</i>]"));
    assertThat(segment("**unclosed", Format.MARKDOWN).repairs()).isEmpty();
  }

  @Test
  void markdownBlocksAndInlineCodes() {
    String md =
        """
        # Strikes in *Kandahar*

        The **TTP** denied it. See [the statement](https://ispr.gov.pk/x) and `code`.

        - First item.
        - Second item.

        > Officials said it was over. Talks
        > resumed on Monday.

        ```
        Not. A. Segment.
        ```
        """;
    SegmentedArticle article = segment(md, Format.MARKDOWN);
    assertThat(article.blocks())
        .extracting(Block::kind)
        .containsExactly(
            BlockKind.HEADING,
            BlockKind.PARAGRAPH,
            BlockKind.LIST_ITEM,
            BlockKind.LIST_ITEM,
            BlockKind.QUOTE);
    assertThat(article.segments())
        .extracting(Segment::text)
        .containsExactly(
            "Strikes in Kandahar",
            "The TTP denied it.",
            "See the statement and .",
            "First item.",
            "Second item.",
            "Officials said it was over.",
            "Talks resumed on Monday.");
    Segment heading = article.segments().get(0);
    assertThat(heading.tagged()).isEqualTo("Strikes in <1>Kandahar</1>");
    assertThat(heading.codes()).extracting(InlineCode::markup).containsExactly("*", "*");
    Segment link = article.segments().get(2);
    assertThat(link.tagged()).isEqualTo("See <1>the statement</1> and <2/>.");
    assertThat(link.codes().get(1).markup()).isEqualTo("](https://ispr.gov.pk/x)");
    assertThat(md.substring(link.start(), link.end()))
        .isEqualTo("See [the statement](https://ispr.gov.pk/x) and `code`.");
  }

  @Test
  void markdownTranslationKeepsMarkupAndStructure() {
    SegmentedArticle article =
        segment("The **TTP** denied *it*. Talks resumed.\n", Format.MARKDOWN);
    Segment first = article.segments().get(0);
    assertThat(first.tagged()).isEqualTo("The <1>TTP</1> denied <2>it</2>.");
    String out = article.assemble(Map.of(first.id(), "<1>ٹی ٹی پی</1> نے <2>اس</2> کی تردید کی۔"));
    assertThat(out).isEqualTo("**ٹی ٹی پی** نے *اس* کی تردید کی۔ Talks resumed.\n");
  }

  @Test
  void markdownEscapesAndEntitiesMapBackToTheSource() {
    String md = "Price \\*not\\* AT&amp;T. Next one.";
    SegmentedArticle article = segment(md, Format.MARKDOWN);
    assertThat(article.segments())
        .extracting(Segment::text)
        .containsExactly("Price *not* AT&T.", "Next one.");
    Segment first = article.segments().get(0);
    assertThat(md.substring(first.start(), first.end())).isEqualTo("Price \\*not\\* AT&amp;T.");
    assertThat(article.assemble(Map.of(first.id(), first.tagged())))
        .isEqualTo("Price \\*not\\* AT&amp;T. Next one.");
  }

  @Test
  void htmlBlocksInlineCodesAndAttributes() {
    String html =
        """
        <html><head><title>Strikes in Kandahar</title><style>p { color: red }</style></head>
        <body>
        <h1>Pakistan &amp; Afghanistan</h1>
        <p>The <b>TTP</b> denied it. <img src="a.jpg" alt="Smoke over Kandahar"> Talks
           resumed.<script>var x = "Not. A. Segment.";</script></p>
        <ul><li>First item.</li><li title="A note">Second <i>item</i>.</li></ul>
        </body></html>
        """;
    SegmentedArticle article = segment(html, Format.HTML);
    assertThat(article.segments())
        .extracting(Segment::text)
        .containsExactly(
            "Strikes in Kandahar",
            "Pakistan & Afghanistan",
            "The TTP denied it.",
            "Smoke over Kandahar",
            "Talks resumed.",
            "First item.",
            "A note",
            "Second item.");
    assertThat(article.blocks())
        .extracting(Block::kind)
        .contains(BlockKind.TITLE, BlockKind.HEADING, BlockKind.ATTRIBUTE, BlockKind.LIST_ITEM);
    Segment ttp = article.segments().get(2);
    assertThat(ttp.tagged()).isEqualTo("The <1>TTP</1> denied it.");
    assertThat(html.substring(ttp.start(), ttp.end())).isEqualTo("The <b>TTP</b> denied it.");
    Segment heading = article.segments().get(1);
    assertThat(html.substring(heading.start(), heading.end()))
        .isEqualTo("Pakistan &amp; Afghanistan");
  }

  @Test
  void htmlTranslationIsEscapedAndAttributesToo() {
    String html = "<p>Rain <b>fell</b>. <img alt=\"A photo\" src=x.jpg> Sun.</p>";
    SegmentedArticle article = segment(html, Format.HTML);
    Segment rain =
        article.segments().stream()
            .filter(s -> s.text().equals("Rain fell."))
            .findFirst()
            .orElseThrow();
    Segment alt =
        article.segments().stream()
            .filter(s -> s.text().equals("A photo"))
            .findFirst()
            .orElseThrow();
    String out =
        article.assemble(Map.of(rain.id(), "<1>بارش</1> & <b>", alt.id(), "تصویر \"ایک\""));
    assertThat(out)
        .isEqualTo(
            "<p><b>بارش</b> &amp; &lt;b&gt; <img alt=\"تصویر &quot;ایک&quot;\" src=x.jpg> Sun.</p>");
    // An attribute inside a sentence's code is still translated when the sentence is not.
    assertThat(article.assemble(Map.of(alt.id(), "تصویر")))
        .isEqualTo("<p>Rain <b>fell</b>. <img alt=\"تصویر\" src=x.jpg> Sun.</p>");
  }

  @Test
  void aTranslationNamingAnUnknownCodeIsRefused() {
    SegmentedArticle article = segment("<p>The <b>TTP</b> denied it.</p>", Format.HTML);
    Segment s = article.segments().get(0);
    assertThatThrownBy(() -> article.assemble(Map.of(s.id(), "<7/> x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no inline code <7/>");
    // Codes the translation leaves out are put back at its end, so markup stays balanced.
    assertThat(article.assemble(Map.of(s.id(), "ترجمہ"))).isEqualTo("<p>ترجمہ<b></b></p>");
  }

  @Test
  void formatNamesAreCheckedWithTheAcceptedOnes() {
    assertThat(Format.of("Markdown")).isEqualTo(Format.MARKDOWN);
    assertThatThrownBy(() -> Format.of("docx"))
        .isInstanceOf(UnknownFormatException.class)
        .satisfies(
            e ->
                assertThat(((UnknownFormatException) e).getBody().getDetail())
                    .isEqualTo("Unknown format 'docx'. Accepted: text, markdown, html."));
  }
}
