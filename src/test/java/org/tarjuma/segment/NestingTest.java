package org.tarjuma.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tarjuma.testing.Fixtures;
import org.tarjuma.web.Limits;

/**
 * Deeply nested and adversarial documents in every format: segmenting either succeeds (and puts the
 * source back together) or is refused as too deeply nested; it never overflows the stack or fails
 * otherwise.
 */
class NestingTest {

  /** Ways to nest {@code n} levels, or to make one long line. */
  enum Shape {
    DIVS(n -> "<div>".repeat(n) + "Deep text. Still here."),
    BOLD_TAGS(n -> "<b><i>".repeat(n) + "Bold words." + "</i></b>".repeat(n)),
    HTML_LISTS(n -> "<ul><li>".repeat(n) + "An item."),
    QUOTES(n -> ">".repeat(n) + " Quoted text. More."),
    SPACED_QUOTES(n -> "> ".repeat(n) + "Quoted text."),
    MARKDOWN_LISTS(n -> "- ".repeat(n) + "An item."),
    INDENTED_LISTS(n -> itemsIndented(Math.min(n, 2_000))),
    EMPHASIS(n -> "*".repeat(n) + "emphasis" + "*".repeat(n) + " done."),
    STRONG_EMPHASIS(n -> "**_".repeat(n) + "strong" + "_**".repeat(n)),
    LINKS(n -> "[".repeat(n) + "link" + "](x)".repeat(n)),
    LONG_LINE(n -> "word ".repeat(n)),
    LONG_SENTENCES(n -> "Mr. A. B. said so. ".repeat(n / 4 + 1));

    private final IntFunction<String> make;

    Shape(IntFunction<String> make) {
      this.make = make;
    }

    String of(int n) {
      return make.apply(n);
    }

    private static String itemsIndented(int n) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < n; i++) {
        out.append("  ".repeat(i)).append("- item ").append(i).append(".\n");
      }
      return out.toString();
    }
  }

  @Provide
  Arbitrary<Integer> depths() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 400),
        Arbitraries.of(Limits.NESTING - 3, Limits.NESTING + 1, 40_000, 50_000));
  }

  @Property(tries = 150)
  void nestedInputIsSegmentedOrRefusedNeverOverflows(
      @ForAll Shape shape, @ForAll("depths") int depth, @ForAll Format format) {
    String source = shape.of(depth);
    SegmentedArticle article;
    try {
      article = Fixtures.SEGMENTER.segment(source, format, Fixtures.LANGUAGES.require("en"));
    } catch (TooDeeplyNestedException refused) {
      assertThat(format).isNotEqualTo(Format.TEXT);
      assertThat(refused.getBody().getDetail()).contains("more than " + Limits.NESTING + " deep");
      return;
    }
    assertThat(article.assemble(Map.of())).isEqualTo(source);
    Map<String, String> identity = new HashMap<>();
    article.segments().forEach(s -> identity.put(s.id(), s.tagged()));
    assertThat(article.assemble(identity)).isNotEmpty();
  }

  /** 40,000 nested divs (560 KB) are refused, naming the limit. */
  @Example
  void fortyThousandNestedDivsAreRefused() {
    assertThatThrownBy(() -> segment(Shape.DIVS.of(40_000), Format.HTML))
        .isInstanceOf(TooDeeplyNestedException.class)
        .hasMessageContaining("html nests elements more than 256 deep");
  }

  /** 50,000 '>' are refused, naming the limit. */
  @Example
  void fiftyThousandQuoteMarkersAreRefused() {
    assertThatThrownBy(() -> segment(Shape.QUOTES.of(50_000), Format.MARKDOWN))
        .isInstanceOf(TooDeeplyNestedException.class)
        .hasMessageContaining("markdown nests block quotes, lists or emphasis more than 256 deep");
  }

  /** 40,000 nested emphases are refused before commonmark-java's own recursion is reached. */
  @Example
  void fortyThousandNestedEmphasesAreRefused() {
    assertThatThrownBy(() -> segment(Shape.EMPHASIS.of(40_000), Format.MARKDOWN))
        .isInstanceOf(TooDeeplyNestedException.class)
        .hasMessageContaining("near offset");
  }

  /** Many emphases and links side by side are not nesting: 1,000 of each are read. */
  @Example
  void manyEmphasesSideBySideAreRead() {
    String text = "Word *one* and **two** and [link](x) and _three_. ".repeat(1_000);
    assertThat(segment(text, Format.MARKDOWN).segments()).hasSize(1_000);
  }

  /** Nesting a little under the limit is read, the innermost text included. */
  @Example
  void nestingUnderTheLimitIsRead() {
    assertThat(segment(Shape.DIVS.of(Limits.NESTING - 10), Format.HTML).segments())
        .extracting(Segment::text)
        .containsExactly("Deep text.", "Still here.");
    assertThat(segment(Shape.QUOTES.of(Limits.NESTING - 10), Format.MARKDOWN).segments())
        .extracting(Segment::text)
        .containsExactly("Quoted text.", "More.");
  }

  private static SegmentedArticle segment(String source, Format format) {
    return Fixtures.SEGMENTER.segment(source, format, Fixtures.LANGUAGES.require("en"));
  }
}
