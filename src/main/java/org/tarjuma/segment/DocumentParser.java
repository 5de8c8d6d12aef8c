package org.tarjuma.segment;

import java.util.List;

/** Reads one format into blocks of readable text mapped to the source. Thread-safe. */
interface DocumentParser {

  /** The blocks of {@code source} in document order; blocks with no text are left out. */
  List<BlockContent> parse(String source);

  static DocumentParser of(Format format) {
    return switch (format) {
      case TEXT -> new TextParser();
      case MARKDOWN -> new MarkdownParser();
      case HTML -> new HtmlParser();
    };
  }
}
