package org.tarjuma.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Runs an analyzer over a text, handing each token and its offsets to a sink. */
final class LuceneTokens {

  /** Receives one token: its analyzed characters (valid only during the call) and offsets. */
  interface Sink {
    void token(CharTermAttribute term, int start, int end);
  }

  private LuceneTokens() {}

  static void each(Analyzer analyzer, String text, Sink sink) {
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        sink.token(term, offset.startOffset(), offset.endOffset());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("tokenizing a string cannot fail", e);
    }
  }
}
