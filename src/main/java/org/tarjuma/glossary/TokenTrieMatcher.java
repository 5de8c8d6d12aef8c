package org.tarjuma.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * {@link TermMatcher} over two tries of token sequences: one keyed by tokens as written, for
 * case-sensitive terms, one by lower-cased tokens. Tokens come from Lucene's standard tokenizer
 * (UAX #29 words, so hyphens split and ’ joins) and possessive filter; each is then reduced by
 * Lucene's minimal English stemmer, so plurals meet their singular.
 */
final class TokenTrieMatcher implements TermMatcher {

  private static final Analyzer ANALYZER = analyzer();

  private final WordTrie<Entry> exact = new WordTrie<>();
  private final WordTrie<Entry> folded = new WordTrie<>();
  private final int depth;

  /** Every folded token of every term: a token outside it ends any term that began before it. */
  private final CharArraySet vocabulary = new CharArraySet(1024, false);

  TokenTrieMatcher(Collection<Entry> entries) {
    int longest = 1;
    for (Entry entry : entries) {
      for (Entry.SourceTerm term : entry.english().all()) {
        Tokens tokens = tokenize(term.text());
        longest = Math.max(longest, tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
          vocabulary.add(tokens.folded(i));
        }
        if (tokens.size() > 0) {
          WordTrie<Entry> node = term.caseSensitive() ? exact : folded;
          for (int i = 0; i < tokens.size(); i++) {
            node = node.child(term.caseSensitive() ? tokens.exact(i) : tokens.folded(i));
          }
          node.valueIfAbsent(entry);
        }
      }
    }
    this.depth = longest;
  }

  @Override
  public List<TermMatch> find(String text) {
    TokenWindow window = new TokenWindow(text, depth);
    List<TermMatch> matches = new ArrayList<>();
    // The hot loop keeps its own token stream: behind LuceneTokens' shared callback, the JIT could
    // not inline it (the benchmark lost a fifth of its speed).
    try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (!vocabulary.contains(term.buffer(), 0, term.length())) {
          while (!window.isEmpty()) {
            matchAtFirst(window, matches);
          }
          continue;
        }
        window.add(term.toString(), offset.startOffset(), offset.endOffset());
        while (window.full()) {
          matchAtFirst(window, matches);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("tokenizing a string cannot fail", e);
    }
    while (!window.isEmpty()) {
      matchAtFirst(window, matches);
    }
    return matches;
  }

  /** The longest term starting at the window's first token, if any; the window moves past it. */
  private void matchAtFirst(TokenWindow window, List<TermMatch> matches) {
    Found viaFolded = longest(folded, window, false);
    Found viaExact = window.mayBeExact(0) ? longest(exact, window, true) : Found.NONE;
    Found best = viaFolded.length > viaExact.length ? viaFolded : viaExact;
    if (best.entry == null) {
      window.drop(1);
      return;
    }
    int start = window.start(0);
    int end = window.end(best.length - 1);
    matches.add(
        new TermMatch(
            start,
            end,
            window.text().substring(start, end),
            best.entry.id(),
            best.entry.revision()));
    window.drop(best.length);
  }

  private static Found longest(WordTrie<Entry> root, TokenWindow window, boolean caseSensitive) {
    WordTrie<Entry> node = root;
    Found found = Found.NONE;
    for (int k = 0; k < window.size() && node != null; k++) {
      node = node.next(caseSensitive ? window.exact(k) : window.folded(k));
      if (node != null && node.value() != null) {
        found = new Found(node.value(), k + 1);
      }
    }
    return found;
  }

  private record Found(Entry entry, int length) {
    static final Found NONE = new Found(null, 0);
  }

  /**
   * The tokens of a text with their offsets: folded (Lucene's lower-case, possessive and minimal
   * English stem filters) and as written (the surface, less a possessive or an acronym's plural s).
   */
  private static final class Tokens {
    private final List<String> exact = new ArrayList<>();
    private final List<String> folded = new ArrayList<>();
    private int[] offsets = new int[32];

    int size() {
      return exact.size();
    }

    String exact(int i) {
      return exact.get(i);
    }

    String folded(int i) {
      return folded.get(i);
    }

    int start(int i) {
      return offsets[2 * i];
    }

    int end(int i) {
      return offsets[2 * i + 1];
    }

    void add(String text, CharTermAttribute term, int start, int end) {
      folded.add(term.toString());
      exact.add(asWritten(text.substring(start, end)));
      int n = exact.size() - 1;
      if (2 * n + 1 >= offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[2 * n] = start;
      offsets[2 * n + 1] = end;
    }
  }

  /** "TTP's" → "TTP", "IEDs" → "IED", "ISPR’" → "ISPR"; anything else as it is. */
  static String asWritten(String surface) {
    String word = surface;
    if (word.endsWith("'s") || word.endsWith("’s") || word.endsWith("'S") || word.endsWith("’S")) {
      word = word.substring(0, word.length() - 2);
    } else if (word.endsWith("'") || word.endsWith("’")) {
      word = word.substring(0, word.length() - 1);
    }
    int n = word.length();
    if (n >= 3 && word.charAt(n - 1) == 's' && Character.isUpperCase(word.charAt(n - 2))) {
      word = word.substring(0, n - 1);
    }
    return word;
  }

  static Tokens tokenize(String text) {
    Tokens tokens = new Tokens();
    LuceneTokens.each(ANALYZER, text, (term, start, end) -> tokens.add(text, term, start, end));
    return tokens;
  }

  private static Analyzer analyzer() {
    try {
      return CustomAnalyzer.builder()
          .withTokenizer(StandardTokenizerFactory.NAME)
          .addTokenFilter(LowerCaseFilterFactory.NAME)
          .addTokenFilter(EnglishPossessiveFilterFactory.NAME)
          .addTokenFilter(EnglishMinimalStemFilterFactory.NAME)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene's analysis factories are on the class path", e);
    }
  }
}
