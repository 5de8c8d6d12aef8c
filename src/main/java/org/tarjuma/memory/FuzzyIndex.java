package org.tarjuma.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Sentences of the memory in an in-memory Lucene index, for fuzzy lookup: candidates that share
 * words with the sentence asked about, ranked by token-level edit similarity (1 − word edit
 * distance ÷ the longer sentence's word count). Thread-safe.
 */
final class FuzzyIndex implements AutoCloseable {

  private static final int CANDIDATES = 50;

  private final Analyzer analyzer = new StandardAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile Instant newest;

  FuzzyIndex() {
    try {
      this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds or replaces units (by language pair and source key), then makes them searchable. */
  synchronized void add(List<MemoryUnit> units, java.util.function.Function<String, String> key) {
    try {
      for (MemoryUnit unit : units) {
        String id = unit.sourceLang() + "|" + unit.targetLang() + "|" + key.apply(unit.source());
        if (newest == null || unit.changedAt().isAfter(newest)) {
          newest = unit.changedAt();
        }
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.NO));
        doc.add(new StringField("lang", unit.targetLang(), Field.Store.NO));
        doc.add(new TextField("source", unit.source(), Field.Store.YES));
        doc.add(new StoredField("target", unit.target()));
        writer.updateDocument(new Term("id", id), doc);
      }
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many units it holds: one per language pair and source key, as the table. */
  int size() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** When the newest unit it holds was approved or imported; null when it holds none. */
  Instant newest() {
    return newest;
  }

  /** Units into {@code lang} at least {@code threshold} similar to {@code text}, best first. */
  List<Suggestion> search(String lang, String text, double threshold, int limit) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return List.of();
    }
    List<Suggestion> out = new ArrayList<>();
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        for (ScoreDoc hit :
            searcher.search(query(searcher, lang, words, threshold), CANDIDATES).scoreDocs) {
          Document doc = searcher.storedFields().document(hit.doc);
          String source = doc.get("source");
          double similarity = similarity(words, words(source));
          if (similarity >= threshold) {
            out.add(new Suggestion(source, doc.get("target"), similarity));
          }
        }
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort(Comparator.comparingDouble(Suggestion::similarity).reversed());
    return out.size() > limit ? out.subList(0, limit) : out;
  }

  /**
   * Candidates must share one of the query's rarest words: a sentence at least {@code threshold}
   * similar differs in at most ⌊n·(1 − threshold)⌋ of its n words, so it holds at least one of any
   * ⌊n·(1 − threshold)⌋ + 1 of them; choosing the rarest keeps the postings read short.
   */
  private static org.apache.lucene.search.Query query(
      IndexSearcher searcher, String lang, List<String> words, double threshold)
      throws IOException {
    List<String> distinct = words.stream().distinct().toList();
    // Two more than the bound needs, so that the right sentence, holding most of them, ranks first.
    int needed = Math.min(distinct.size(), (int) Math.floor(words.size() * (1 - threshold)) + 3);
    List<String> rarest = new ArrayList<>(distinct);
    java.util.Map<String, Integer> frequency = new java.util.HashMap<>();
    for (String w : distinct) {
      frequency.put(w, searcher.getIndexReader().docFreq(new Term("source", w)));
    }
    rarest.sort(Comparator.comparingInt(frequency::get));
    BooleanQuery.Builder shared = new BooleanQuery.Builder();
    rarest
        .subList(0, needed)
        .forEach(w -> shared.add(new TermQuery(new Term("source", w)), BooleanClause.Occur.SHOULD));
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term("lang", lang)), BooleanClause.Occur.FILTER)
        .add(shared.build(), BooleanClause.Occur.MUST)
        .build();
  }

  List<String> words(String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream("source", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /** 1 − (word-level Levenshtein distance ÷ longer length). */
  static double similarity(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    if (n == 0 && m == 0) {
      return 1;
    }
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      for (int j = 1; j <= m; j++) {
        int substitute = previous[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return 1.0 - (double) previous[m] / Math.max(n, m);
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
  }
}
