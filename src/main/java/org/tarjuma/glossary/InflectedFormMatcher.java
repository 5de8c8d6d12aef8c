package org.tarjuma.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.charfilter.MappingCharFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.tarjuma.language.Language;

/**
 * {@link FormMatcher} for one language: a Lucene {@code CustomAnalyzer} built from the language's
 * data (ICU NFC, its letter table as a mapping char filter with bidi controls mapped away, the
 * standard tokenizer) feeding a trie of form words; each word of the text is also tried as every
 * base its {@link SuffixRules} allow.
 */
final class InflectedFormMatcher implements FormMatcher {

  private final Analyzer analyzer;
  private final SuffixRules rules;
  private final WordTrie<Found> root = new WordTrie<>();

  InflectedFormMatcher(Language language, Collection<Entry> entries) {
    this.analyzer = analyzer(language);
    this.rules = SuffixRules.load(language.code());
    for (Entry entry : entries) {
      Entry.Forms forms = entry.targets().get(language.code());
      if (forms != null) {
        insert(entry, forms.preferred(), FormMatch.Kind.PREFERRED);
        forms.variants().forEach(v -> insert(entry, v, FormMatch.Kind.VARIANT));
        forms.forbidden().forEach(f -> insert(entry, f.form(), FormMatch.Kind.FORBIDDEN));
      }
    }
  }

  private void insert(Entry entry, String form, FormMatch.Kind kind) {
    WordTrie<Found> node = root;
    for (Word word : words(form)) {
      node = node.child(word.text);
    }
    if (node != root) {
      node.valueIfAbsent(new Found(entry, form, kind, 0));
    }
  }

  @Override
  public List<FormMatch> find(String text) {
    List<Word> words = words(text);
    List<FormMatch> matches = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Found best = longest(root, words, i, i);
      if (best == null) {
        i++;
        continue;
      }
      int start = words.get(i).start;
      int end = words.get(i + best.length - 1).end;
      matches.add(
          new FormMatch(
              start,
              end,
              text.substring(start, end),
              best.entry.id(),
              best.entry.revision(),
              best.form,
              best.kind));
      i += best.length;
    }
    return matches;
  }

  /** The longest form from word {@code from} on, trying each base of each word. */
  private Found longest(WordTrie<Found> node, List<Word> words, int from, int k) {
    if (k >= words.size()) {
      return null;
    }
    Found best = null;
    for (SuffixRules.Base base : rules.bases(words.get(k).text)) {
      WordTrie<Found> next = node.next(base.form());
      if (next == null) {
        continue;
      }
      if (next.value() != null && (best == null || best.length < k - from + 1)) {
        best = next.value().spanning(k - from + 1);
      }
      Found longer = base.lastOnly() ? null : longest(next, words, from, k + 1);
      if (longer != null && (best == null || longer.length > best.length)) {
        best = longer;
      }
    }
    return best;
  }

  private record Found(Entry entry, String form, FormMatch.Kind kind, int length) {
    Found spanning(int words) {
      return new Found(entry, form, kind, words);
    }
  }

  private record Word(String text, int start, int end) {}

  private List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    LuceneTokens.each(
        analyzer, text, (term, start, end) -> words.add(new Word(term.toString(), start, end)));
    return words;
  }

  /**
   * ICU's NFC, then the language's own letters (never ي → ی for Pashto: its table has no such
   * rule), then UAX #29 words, which keep a zero-width non-joiner inside its word.
   */
  private static Analyzer analyzer(Language language) {
    try {
      return CustomAnalyzer.builder(new LetterRules(language))
          .addCharFilter(ICUNormalizer2CharFilterFactory.NAME, "form", "nfc", "mode", "compose")
          .addCharFilter(MappingCharFilterFactory.NAME, "mapping", LetterRules.RESOURCE)
          .withTokenizer(StandardTokenizerFactory.NAME)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the " + language.name() + " analyzer", e);
    }
  }
}
