package org.tarjuma.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.tarjuma.testing.Fixtures;

/**
 * Random news-like documents in the three formats: putting untranslated segments back reproduces
 * the source byte for byte, and going through every segment's tagged text keeps the document's
 * structure. Segments are never empty and never overlap.
 */
class RoundTripTest {

  private static final List<String> WORDS =
      List.of(
          "Pakistan",
          "the",
          "TTP",
          "Mr.",
          "Gen.",
          "U.S.",
          "Kandahar",
          "said",
          "on",
          "Monday",
          "3.5",
          "$1.2bn",
          "48-hour",
          "Durand",
          "Line’s",
          "(ISPR)",
          "“roots”",
          "—",
          "e-mail",
          "a.m.",
          "No.",
          "پاکستان",
          "طالبان",
          "کابل",
          "ډېر",
          "می\u200Cشود",
          "2,600",
          "...",
          "AT&T",
          "x*y",
          "_id_",
          "[1]",
          "<tag>",
          "\u00A0");
  private static final List<String> ENDS = List.of(".", "?", "!", ".”", ".)", "", "۔", "...");

  @Provide
  Arbitrary<String> sentence() {
    return Combinators.combine(
            Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(9),
            Arbitraries.of(ENDS),
            Arbitraries.of("", "", "*", "**", "<b>", "<i>", "<a href=\"x?a=1&amp;b=2\">", "`"))
        .as(
            (words, end, markup) -> {
              String body = String.join(" ", words);
              return switch (markup) {
                case "" -> body + end;
                case "<b>", "<i>" -> markup + body + "</" + markup.substring(1) + end;
                case "`" -> body + " `code`" + end;
                default ->
                    markup.startsWith("<a")
                        ? markup + body + "</a>" + end
                        : markup + body.replace("*", "") + markup + end;
              };
            });
  }

  @Provide
  Arbitrary<List<List<String>>> paragraphs() {
    return sentence().list().ofMinSize(1).ofMaxSize(5).list().ofMinSize(0).ofMaxSize(6);
  }

  @Property(tries = 300)
  void text(@ForAll("paragraphs") List<List<String>> paragraphs, @ForAll("separators") String sep) {
    String source =
        String.join(
            sep,
            paragraphs.stream()
                .map(p -> String.join(" ", p).replace("<", "").replace(">", ""))
                .toList());
    check(source, Format.TEXT);
  }

  @Property(tries = 300)
  void markdown(
      @ForAll("paragraphs") List<List<String>> paragraphs, @ForAll("mdPrefix") String prefix) {
    List<String> blocks = new ArrayList<>();
    for (List<String> p : paragraphs) {
      blocks.add(prefix + String.join(" ", p).replace("<", "").replace(">", ""));
    }
    check(String.join("\n\n", blocks) + "\n", Format.MARKDOWN);
  }

  @Property(tries = 300)
  void html(@ForAll("paragraphs") List<List<String>> paragraphs, @ForAll("htmlBlock") String tag) {
    StringBuilder html =
        new StringBuilder(
            "<html><head><title>News</title><script>var a = 'b. C.';</script></head><body>\n");
    for (List<String> p : paragraphs) {
      String body =
          String.join(" ", p)
              .replace("*", "")
              .replace("`", "")
              .replace("&", "&amp;")
              .replace("<tag>", "&lt;tag&gt;");
      html.append("<")
          .append(tag)
          .append(" title=\"T &amp; C\">")
          .append(body)
          .append("<img alt=\"Alt text.\" src=i.png></")
          .append(tag)
          .append(">\n");
    }
    check(html.append("</body></html>").toString(), Format.HTML);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of("\n", "\n\n", "\r\n", "\n \n", "\n\u00A0\n", "\n\n\n");
  }

  @Provide
  Arbitrary<String> mdPrefix() {
    return Arbitraries.of("", "# ", "- ", "> ", "1. ");
  }

  @Provide
  Arbitrary<String> htmlBlock() {
    return Arbitraries.of("p", "h2", "li", "blockquote", "td");
  }

  private static void check(String source, Format format) {
    SegmentedArticle article =
        Fixtures.SEGMENTER.segment(source, format, Fixtures.LANGUAGES.require("en"));
    assertThat(article.assemble(Map.of())).isEqualTo(source);
    Map<String, String> identity = new HashMap<>();
    int previousEnd = 0;
    for (Segment s : article.segments()) {
      assertThat(s.text()).isNotBlank();
      assertThat(s.start()).isLessThan(s.end());
      assertThat(source.substring(s.start(), s.end())).isNotBlank();
      if (article.blocks().get(s.block()).kind() != BlockKind.ATTRIBUTE) {
        assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
        previousEnd = s.end();
      }
      identity.put(s.id(), s.tagged());
    }
    String rebuilt = article.assemble(identity);
    switch (format) {
      case TEXT -> assertThat(collapse(rebuilt)).isEqualTo(collapse(source));
      case MARKDOWN -> assertThat(markdownStructure(rebuilt)).isEqualTo(markdownStructure(source));
      case HTML -> assertThat(htmlStructure(rebuilt)).isEqualTo(htmlStructure(source));
    }
  }

  private static String collapse(String s) {
    return s.replaceAll("[\\s\u00A0]+", " ").strip();
  }

  private static String markdownStructure(String markdown) {
    Node document = Parser.builder().build().parse(markdown);
    StringBuilder out = new StringBuilder();
    describe(document, out);
    return out.append(" | ")
        .append(collapse(TextContentRenderer.builder().build().render(document)))
        .toString();
  }

  private static void describe(Node node, StringBuilder out) {
    out.append(node.getClass().getSimpleName()).append('(');
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      describe(child, out);
    }
    out.append(')');
  }

  private static String htmlStructure(String html) {
    var document = Jsoup.parse(html);
    StringBuilder out = new StringBuilder();
    for (Element e : document.getAllElements()) {
      out.append(e.normalName()).append(e.attributes().size()).append(' ');
    }
    return out.append(" | ").append(collapse(document.text())).toString();
  }
}
