package org.tarjuma.segment;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * CommonMark through commonmark-java with source spans: headings, paragraphs, list items and block
 * quotes are blocks; emphasis and links become paired codes, code spans, images, inline HTML and
 * hard breaks isolated codes. Code blocks and HTML blocks are never segments.
 */
final class MarkdownParser implements DocumentParser {

  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  @Override
  public Parsed parse(String source) {
    List<BlockContent> blocks = new ArrayList<>();
    InlineNesting.check(source);
    Node document = commonmark(source);
    Nesting.check(document);
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            leaf(heading, BlockKind.HEADING);
          }

          @Override
          public void visit(Paragraph paragraph) {
            leaf(paragraph, kindOf(paragraph));
          }

          private void leaf(Node node, BlockKind kind) {
            BlockContent block = new BlockContent(kind, source, true);
            new Inlines(source, block).children(node);
            if (!block.plain().isBlank()) {
              blocks.add(block);
            }
          }
        });
    return new Parsed(blocks, List.of());
  }

  /**
   * commonmark-java's parse. {@link InlineNesting} refuses what would nest deeply before it; should
   * some other shape still recurse in the library past the stack, the parse, which holds no lock
   * and shares no state, is given up as too deeply nested rather than failing the request or the
   * job.
   */
  private static Node commonmark(String source) {
    try {
      return PARSER.parse(source);
    } catch (StackOverflowError e) {
      throw new TooDeeplyNestedException(Format.MARKDOWN, "block quotes, lists or emphasis", -1);
    }
  }

  private static BlockKind kindOf(Paragraph paragraph) {
    for (Node n = paragraph.getParent(); n != null; n = n.getParent()) {
      if (n instanceof ListItem) {
        return BlockKind.LIST_ITEM;
      }
      if (n instanceof BlockQuote) {
        return BlockKind.QUOTE;
      }
    }
    return BlockKind.PARAGRAPH;
  }

  static int start(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? -1 : spans.get(0).getInputIndex();
  }

  static int end(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      return -1;
    }
    SourceSpan last = spans.get(spans.size() - 1);
    return last.getInputIndex() + last.getLength();
  }

  /** Walks a leaf block's inlines in source order, filling one block. */
  private static final class Inlines {
    private final String source;
    private final BlockContent block;
    private int cursor = -1;

    Inlines(String source, BlockContent block) {
      this.source = source;
      this.block = block;
    }

    void children(Node parent) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
        inline(n);
      }
    }

    private void inline(Node node) {
      int start = start(node);
      int end = end(node);
      if (node instanceof SoftLineBreak || start < 0) {
        return; // the gap to the next inline becomes a space
      }
      gap(start);
      switch (node) {
        case Text text -> SourceAligner.align(source, start, end, text.getLiteral(), block);
        case Emphasis e -> paired(node, start, end);
        case StrongEmphasis e -> paired(node, start, end);
        case Link l -> paired(node, start, end);
        case HardLineBreak b -> block.isolated(start, end, "\n");
        case Code c -> block.isolated(start, end, "");
        default -> block.isolated(start, end, "");
      }
      cursor = end;
    }

    private void paired(Node node, int start, int end) {
      Node first = node.getFirstChild();
      Node last = node.getLastChild();
      if (first == null || start(first) < 0 || end(last) < 0) {
        block.isolated(start, end, "");
        return;
      }
      int id = block.open(start, start(first));
      cursor = start(first);
      children(node);
      gap(end(last));
      block.close(id, end(last), end);
    }

    /** Source between two inlines (a line break, a block quote's "> ") reads as one space. */
    private void gap(int next) {
      if (cursor >= 0 && next > cursor) {
        block.atomic(" ", cursor, next);
      }
      cursor = Math.max(cursor, next);
    }
  }
}
