package org.tarjuma.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.tarjuma.segment.InlineCode.Kind;
import org.tarjuma.segment.TaggedText.Piece;
import org.tarjuma.segment.TaggedText.Tag;
import org.tarjuma.segment.TaggedText.Text;

class TaggedTextTest {

  @Test
  void buildsTagsAtTheCodesOffsetsAndEscapesTheText() {
    List<InlineCode> codes =
        List.of(
            new InlineCode(1, Kind.OPEN, 0, 0, 3, "<b>"),
            new InlineCode(1, Kind.CLOSE, 4, 7, 11, "</b>"),
            new InlineCode(2, Kind.ISOLATED, 13, 20, 24, "<br>"));
    assertThat(TaggedText.of("ISPR <x> & y.", codes)).isEqualTo("<1>ISPR</1> &lt;x> &amp; y.<2/>");
    assertThat(TaggedText.of("No codes & <b>", List.of())).isEqualTo("No codes &amp; &lt;b>");
  }

  @Test
  void parsesRunsOfTextAndTags() {
    assertThat(TaggedText.parse("<1>آئی ایس پی آر</1> نے &lt;کہا&gt; &amp;lt; <2/>"))
        .containsExactly(
            new Tag(Kind.OPEN, "1"),
            new Text("آئی ایس پی آر"),
            new Tag(Kind.CLOSE, "1"),
            new Text(" نے <کہا> &lt; "),
            new Tag(Kind.ISOLATED, "2"));
    assertThat(TaggedText.parse("")).isEmpty();
    assertThat(TaggedText.parse("<01>")).containsExactly(new Tag(Kind.OPEN, "01"));
  }

  @Test
  void whatIsNotATagIsText() {
    for (String notATag :
        List.of("</1/>", "<1 >", "< 1>", "<۱>", "<>", "</>", "<a>", "<-1>", "<1", "1>", "<</1")) {
      assertThat(TaggedText.parse(notATag)).containsExactly(new Text(notATag));
      assertThat(TaggedText.plain(notATag)).isEqualTo(notATag);
    }
    // An & that starts no entity stays as it is.
    assertThat(TaggedText.plain("AT&T &lt &quot; &#60; &")).isEqualTo("AT&T &lt &quot; &#60; &");
  }

  @Test
  void plainRemovesTagsAndResolvesEntities() {
    assertThat(TaggedText.plain("<1>Dawn</1> &amp; <2/>Geo &lt;TV&gt;"))
        .isEqualTo("Dawn & Geo <TV>");
    assertThat(TaggedText.plain("&amp;lt;")).isEqualTo("&lt;");
    assertThat(TaggedText.unescape("<1>&amp;</1>")).isEqualTo("<1>&</1>");
  }

  @Test
  void textWithNothingToChangeIsReturnedAsItIs() {
    String text = "The talks ended in Kandahar.";
    assertThat(TaggedText.escape(text)).isSameAs(text);
    assertThat(TaggedText.plain(text)).isSameAs(text);
    assertThat(TaggedText.unescape(text)).isSameAs(text);
    assertThat(TaggedText.plain("a < b")).isSameAs("a < b");
  }

  @Test
  void tagsAreWrittenAsTheFormatSays() {
    assertThat(new Tag(Kind.OPEN, "3").text()).isEqualTo("<3>");
    assertThat(new Tag(Kind.CLOSE, "3").text()).isEqualTo("</3>");
    assertThat(new Tag(Kind.ISOLATED, "3").text()).isEqualTo("<3/>");
    assertThat(new InlineCode(12, Kind.ISOLATED, 0, 0, 1, "x").tag()).isEqualTo("<12/>");
  }

  @Property(tries = 2000)
  void plainOfEscapedTextIsTheText(@ForAll("texts") String text) {
    assertThat(TaggedText.plain(TaggedText.escape(text))).isEqualTo(text);
  }

  @Property(tries = 2000)
  void unescapeUndoesEscape(@ForAll("texts") String text) {
    assertThat(TaggedText.unescape(TaggedText.escape(text))).isEqualTo(text);
  }

  @Property(tries = 2000)
  void parseGivesBackTheRunsAndTagsTheTextWasBuiltFrom(@ForAll("pieces") List<Piece> pieces) {
    StringBuilder tagged = new StringBuilder();
    List<Piece> expected = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (Piece piece : pieces) {
      switch (piece) {
        case Text text -> {
          tagged.append(TaggedText.escape(text.text()));
          run.append(text.text());
        }
        case Tag tag -> {
          tagged.append(tag.text());
          flush(run, expected);
          expected.add(tag);
        }
      }
    }
    flush(run, expected);
    assertThat(TaggedText.parse(tagged.toString())).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void aSegmentsTaggedTextReadsBackAsItsTextAndCodes(
      @ForAll("texts") String text, @ForAll("kinds") List<Kind> kinds) {
    List<InlineCode> codes = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      int offset = text.length() * i / Math.max(1, kinds.size());
      codes.add(new InlineCode(i + 1, kinds.get(i), offset, 0, 0, "m"));
    }
    String tagged = TaggedText.of(text, codes);
    assertThat(TaggedText.plain(tagged)).isEqualTo(text);
    List<String> tags = new ArrayList<>();
    TaggedText.parse(tagged).forEach(p -> tags.add(p instanceof Tag t ? t.text() : "text"));
    tags.removeIf("text"::equals);
    assertThat(tags).isEqualTo(codes.stream().map(InlineCode::tag).toList());
  }

  /**
   * Any string at all is tagged text: reading it never fails, plain is its runs of text, tags its
   * tags, and writing the pieces back gives the string again (up to how entities are written).
   */
  @Property(tries = 2000)
  void anyStringReads(@ForAll("texts") String any) {
    StringBuilder runs = new StringBuilder();
    StringBuilder written = new StringBuilder();
    List<Tag> tags = new ArrayList<>();
    for (Piece piece : TaggedText.parse(any)) {
      switch (piece) {
        case Text text -> {
          runs.append(text.text());
          written.append(TaggedText.escape(text.text()));
        }
        case Tag tag -> {
          tags.add(tag);
          written.append(tag.text());
        }
      }
    }
    assertThat(TaggedText.plain(any)).isEqualTo(runs.toString());
    assertThat(TaggedText.tags(any)).isEqualTo(tags);
    assertThat(TaggedText.unescape(written.toString())).isEqualTo(TaggedText.unescape(any));
  }

  private static void flush(StringBuilder run, List<Piece> expected) {
    if (!run.isEmpty()) {
      expected.add(new Text(run.toString()));
      run.setLength(0);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> chars =
        Arbitraries.strings()
            .withChars("<>&/;ltgamp 1209.")
            .withCharRange('\u0600', '\u06FF')
            .ofMaxLength(20);
    Arbitrary<String> lookAlikes =
        Arbitraries.of(
            "<1>",
            "</1>",
            "<2/>",
            "</1/>",
            "<01>",
            "<۱>",
            "&lt;",
            "&gt;",
            "&amp;",
            "&amp;lt;",
            "&lt",
            "<",
            "&",
            ">",
            "<>",
            "</>",
            "<a>",
            "کہا",
            "ISPR ",
            "12");
    Arbitrary<String> mixed =
        Arbitraries.oneOf(chars, lookAlikes).list().ofMaxSize(8).map(p -> String.join("", p));
    return Arbitraries.oneOf(chars, mixed);
  }

  @Provide
  Arbitrary<List<Piece>> pieces() {
    Arbitrary<Piece> text = texts().map(Text::new);
    Arbitrary<Piece> tag =
        Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3))
            .as(Tag::new);
    return Arbitraries.oneOf(text, tag).list().ofMaxSize(10);
  }

  @Provide
  Arbitrary<List<Kind>> kinds() {
    return Arbitraries.of(Kind.class).list().ofMaxSize(5);
  }
}
