package org.tarjuma.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * HTML through jsoup with source positions: block elements are blocks, inline elements become
 * paired codes (atomic ones such as {@code <code>} and {@code <img>} isolated codes), {@code alt}
 * and {@code title} values are blocks of their own, and {@code script}, {@code style} and their
 * kind are never segments.
 */
final class HtmlParser implements DocumentParser {

  private static final Set<String> NEVER =
      Set.of("script", "style", "template", "noscript", "svg", "math", "pre", "textarea", "head");
  private static final Set<String> ATOMIC_INLINE =
      Set.of(
          "code", "kbd", "samp", "var", "img", "br", "wbr", "input", "button", "select", "iframe",
          "object", "embed", "video", "audio", "canvas");
  private static final Set<String> TRANSLATABLE_ATTRIBUTES = Set.of("alt", "title");

  /** Repairs reported at most: a page of them says enough. */
  private static final int MAX_REPAIRS = 50;

  /**
   * The blocks, and what a browser-grade parser had to repair to read them (unclosed or stray tags,
   * bad nesting), each with its offset, from the same parse.
   */
  @Override
  public Parsed parse(String source) {
    Parser parser = Parser.htmlParser().setTrackPosition(true).setTrackErrors(MAX_REPAIRS);
    var document = Jsoup.parse(source, "", parser);
    Nesting.check(document);
    Walk walk = new Walk(source);
    document.select("title").forEach(title -> walk.container(title, BlockKind.TITLE));
    walk.container(document.body(), BlockKind.PARAGRAPH);
    List<BlockContent> blocks = new ArrayList<>(walk.blocks);
    blocks.sort(Comparator.comparingInt(b -> b.sourceStart(0)));
    List<String> repairs =
        parser.getErrors().stream()
            .map(e -> "near offset " + e.getPosition() + ": " + e.getErrorMessage())
            .toList();
    return new Parsed(blocks, repairs);
  }

  private static boolean isBlock(Element element) {
    return !element.tag().isInline() || element.normalName().equals("li");
  }

  private static BlockKind kindOf(Element element, BlockKind inherited) {
    return switch (element.normalName()) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockKind.HEADING;
      case "li", "dt", "dd" -> BlockKind.LIST_ITEM;
      case "blockquote" -> BlockKind.QUOTE;
      case "td", "th" -> BlockKind.TABLE_CELL;
      case "title" -> BlockKind.TITLE;
      case "p", "div", "section", "article", "body", "main" -> BlockKind.PARAGRAPH;
      default -> inherited;
    };
  }

  private static final class Walk {
    private final String source;
    private final List<BlockContent> blocks = new ArrayList<>();

    Walk(String source) {
      this.source = source;
    }

    void container(Element element, BlockKind kind) {
      BlockContent current = null;
      for (Node child : element.childNodes()) {
        if (child instanceof Element e && NEVER.contains(e.normalName())) {
          continue;
        }
        if (child instanceof Element e && isBlock(e)) {
          current = flush(current);
          attributes(e);
          container(e, kindOf(e, kind));
          continue;
        }
        if (current == null) {
          current = new BlockContent(kind, source, true);
        }
        inline(child, current);
      }
      flush(current);
    }

    /**
     * jsoup's positions, where it has them and they lie inside the source (bogus comments can
     * overrun).
     */
    private boolean valid(Range range) {
      return range.isTracked()
          && range.startPos() >= 0
          && range.startPos() <= range.endPos()
          && range.endPos() <= source.length();
    }

    private BlockContent flush(BlockContent block) {
      if (block != null && !block.plain().isBlank()) {
        blocks.add(block);
      }
      return null;
    }

    private void inline(Node node, BlockContent block) {
      if (node instanceof TextNode text) {
        Range range = text.sourceRange();
        if (valid(range)) {
          SourceAligner.align(source, range.startPos(), range.endPos(), text.getWholeText(), block);
        }
        return;
      }
      if (!(node instanceof Element element)) {
        Range range = node.sourceRange();
        if (valid(range) && range.endPos() > range.startPos()) {
          block.isolated(range.startPos(), range.endPos(), "");
        }
        return;
      }
      attributes(element);
      Range open = element.sourceRange();
      Range close = element.endSourceRange();
      if (!valid(open)) {
        element.childNodes().forEach(child -> inline(child, block));
        return;
      }
      boolean closed = valid(close) && close.endPos() > close.startPos();
      if (ATOMIC_INLINE.contains(element.normalName()) || element.childNodeSize() == 0) {
        int end = closed ? close.endPos() : open.endPos();
        block.isolated(open.startPos(), end, element.normalName().equals("br") ? "\n" : "");
        return;
      }
      int id = block.open(open.startPos(), open.endPos());
      element.childNodes().forEach(child -> inline(child, block));
      if (closed) {
        block.close(id, close.startPos(), close.endPos());
      }
    }

    private void attributes(Element element) {
      for (Attribute attribute : element.attributes()) {
        if (!TRANSLATABLE_ATTRIBUTES.contains(attribute.getKey())
            || attribute.getValue().isBlank()) {
          continue;
        }
        Range value = attribute.sourceRange().valueRange();
        if (valid(value)) {
          BlockContent block = new BlockContent(BlockKind.ATTRIBUTE, source, true);
          SourceAligner.align(
              source, value.startPos(), value.endPos(), attribute.getValue(), block);
          flush(block);
        }
      }
    }
  }
}
