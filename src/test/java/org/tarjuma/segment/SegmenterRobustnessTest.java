package org.tarjuma.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tarjuma.testing.Fixtures;

/**
 * Whatever an outlet sends, the segmenter answers: arbitrary Unicode (lone surrogates, controls,
 * markup fragments) in every format and language never throws, never gives an empty or overlapping
 * segment, and untranslated assembly gives the source back.
 */
class SegmenterRobustnessTest {

  @Provide
  Arbitrary<String> anything() {
    Arbitrary<String> markupish =
        Arbitraries.strings()
            .withChars("<>/&;#*_`[]()!\\\"'= \n\t.?!۔؟abcXYZ0123پښ\u200C\u200F\u00A0")
            .ofMaxLength(80);
    Arbitrary<String> fragments =
        Arbitraries.of(
                "<p>",
                "</p>",
                "<b>",
                "</b>",
                "<br>",
                "<img alt=\"A.\">",
                "&amp;",
                "&#1575;",
                "&bogus",
                "**",
                "*",
                "`",
                "[x](y)",
                "> ",
                "# ",
                "- ",
                "1. ",
                "\n\n",
                "Mr.",
                "U.S.",
                ". . . .",
                "Hello. World",
                "پاکستان۔",
                "<!-- c -->",
                "<script>x.</script>",
                "\r\n")
            .list()
            .ofMaxSize(25)
            .map(list -> String.join("", list));
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60), markupish, fragments);
  }

  @Provide
  Arbitrary<Format> formats() {
    return Arbitraries.of(Format.class);
  }

  @Provide
  Arbitrary<String> langs() {
    return Arbitraries.of("en", "ur", "ps", "prs");
  }

  @Property(tries = 3000)
  void neverFails(
      @ForAll("anything") String source,
      @ForAll("formats") Format format,
      @ForAll("langs") String lang) {
    SegmentedArticle article =
        Fixtures.SEGMENTER.segment(source, format, Fixtures.LANGUAGES.require(lang));
    assertThat(article.assemble(Map.of())).isEqualTo(source);
    Map<String, String> identity = new HashMap<>();
    for (Segment segment : article.segments()) {
      assertThat(segment.text()).isNotBlank();
      assertThat(segment.start()).isBetween(0, source.length());
      assertThat(segment.end()).isBetween(segment.start() + 1, source.length());
      assertThat(segment.block()).isBetween(0, article.blocks().size() - 1);
      identity.put(segment.id(), segment.tagged());
    }
    assertThat(article.segments().stream().map(Segment::id).distinct().count())
        .isEqualTo(article.segments().size());
    article.assemble(identity);
  }
}
