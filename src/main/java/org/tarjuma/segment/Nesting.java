package org.tarjuma.segment;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.tarjuma.web.Limits;

/**
 * Refuses a parsed document nested deeper than {@link Limits#NESTING}. Both parsers build their
 * trees without recursion; the walks that read the trees afterwards recurse once per level, so this
 * check, itself iterative, is what bounds them.
 */
final class Nesting {

  private Nesting() {}

  /** Throws {@link TooDeeplyNestedException} when an element lies deeper than the limit. */
  static void check(org.jsoup.nodes.Document document) {
    document.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (depth > Limits.NESTING) {
              int offset = node instanceof Element e ? e.sourceRange().startPos() : -1;
              throw new TooDeeplyNestedException(Format.HTML, "elements", offset);
            }
            return FilterResult.CONTINUE;
          }
        });
  }

  /** Throws {@link TooDeeplyNestedException} when a block or inline lies deeper than the limit. */
  static void check(org.commonmark.node.Node document) {
    org.commonmark.node.Node node = document;
    int depth = 0;
    while (node != null) {
      if (depth > Limits.NESTING) {
        throw new TooDeeplyNestedException(
            Format.MARKDOWN, "block quotes, lists or emphasis", MarkdownParser.start(node));
      }
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        depth++;
        continue;
      }
      while (node != document && node.getNext() == null) {
        node = node.getParent();
        depth--;
      }
      node = node == document ? null : node.getNext();
    }
  }
}
