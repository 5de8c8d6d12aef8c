package org.tarjuma.segment;

import java.util.List;

/** Reads one format into blocks of readable text mapped to the source. Thread-safe. */
interface DocumentParser {

  /**
   * What a parse gave.
   *
   * @param blocks the blocks in document order; blocks with no text are left out
   * @param repairs what the parser repaired in a malformed source, one line each with its offset
   */
  record Parsed(List<BlockContent> blocks, List<String> repairs) {
    public Parsed {
      repairs = List.copyOf(repairs);
    }
  }

  /** Parses {@code source} once; never null. */
  Parsed parse(String source);

  static DocumentParser of(Format format) {
    return switch (format) {
      case TEXT -> new TextParser();
      case MARKDOWN -> new MarkdownParser();
      case HTML -> new HtmlParser();
    };
  }
}
