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
 * data (ICU NFC, its letter table as a mapping char filter with bidi controls and the zero-width
 * non-joiner mapped away, the standard tokenizer) feeding a trie of the words of every form of
 * every entry's paradigm ({@link Inflections}). A text's words must be a form's words exactly: a
 * longer word that begins with a form, or a form joined to the next word, is no match.
 */
final class InflectedFormMatcher implements FormMatcher {

  private final Analyzer analyzer;
  private final WordTrie<Found> root = new WordTrie<>();

  InflectedFormMatcher(Language language, Collection<Entry> entries) {
    this.analyzer = analyzer(language);
    Inflections inflections = Inflections.of(language.code());
    // Every entry's own forms first, so an inflected form never hides another entry's base form.
    for (boolean inflected : new boolean[] {false, true}) {
      for (Entry entry : entries) {
        Entry.Forms forms = entry.targets().get(language.code());
        if (forms == null) {
          continue;
        }
        insert(entry, forms, forms.preferred(), FormMatch.Kind.PREFERRED, inflections, inflected);
        for (String variant : forms.variants()) {
          insert(entry, forms, variant, FormMatch.Kind.VARIANT, inflections, inflected);
        }
        for (Entry.Forbidden f : forms.forbidden()) {
          insert(entry, forms, f.form(), FormMatch.Kind.FORBIDDEN, inflections, inflected);
        }
      }
    }
  }

  private void insert(
      Entry entry,
      Entry.Forms forms,
      String form,
      FormMatch.Kind kind,
      Inflections inflections,
      boolean inflected) {
    List<String> texts = new ArrayList<>(List.of(form));
    if (inflected) {
      texts = new ArrayList<>(inflections.forms(entry, forms, form).all());
      for (String text : List.copyOf(texts)) {
        inflections.governed(text).ifPresent(texts::add); // د پاکستان د پوځ
      }
    }
    for (String text : texts) {
      WordTrie<Found> node = root;
      for (Word word : words(text)) {
        node = node.child(word.text);
      }
      if (node != root) {
        node.valueIfAbsent(new Found(entry, form, kind, 0));
      }
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

  /** The longest form from word {@code from} on. */
  private Found longest(WordTrie<Found> node, List<Word> words, int from, int k) {
    Found best = null;
    WordTrie<Found> at = node;
    for (int i = k; i < words.size(); i++) {
      at = at.next(words.get(i).text);
      if (at == null) {
        break;
      }
      if (at.value() != null) {
        best = at.value().spanning(i - from + 1);
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
   * ICU's NFC, then the language's own letters (never ي → ی for Pashto: its table has no such rule)
   * with the zero-width non-joiner dropped (پناهگاه‌ها and پناهگاهها are one word), then UAX #29
   * words.
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
