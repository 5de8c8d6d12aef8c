package org.tarjuma.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;

/**
 * Finds the sentences of one block in stages: ICU4J's sentence {@link BreakIterator} proposes
 * boundaries ({@link IcuBoundaries}), {@link FalseBreaks} takes away the wrong ones, {@link
 * ListItems} and {@link MissingBreaks} add the missing ones. Thread-safe.
 */
final class SentenceSplitter {

  private final ThreadLocal<BreakIterator> icu;
  private final FalseBreaks falseBreaks;
  private final MissingBreaks missingBreaks;

  /**
   * @param cased whether the language's script has letter case; the rules about missing spaces need
   *     it
   */
  SentenceSplitter(String lang, boolean cased, SplitRules rules) {
    BreakIterator prototype = BreakIterator.getSentenceInstance(new ULocale(lang));
    this.icu = ThreadLocal.withInitial(() -> (BreakIterator) prototype.clone());
    this.falseBreaks = new FalseBreaks(rules);
    this.missingBreaks = cased ? new MissingBreaks(rules) : null;
  }

  /**
   * The sentences of {@code text} as {@code [start, end)} pairs in a flat array, trimmed of white
   * space; never an empty one.
   */
  int[] split(String text) {
    Cuts cuts = new Cuts();
    ListItems list = ListItems.find(text);
    IcuBoundaries.find(
        text,
        icu.get(),
        b -> {
          if (falseBreaks.keep(text, b, list)) {
            cuts.add(b);
          }
        });
    if (list != null) {
      list.starts().forEach(cuts::add);
    }
    if (missingBreaks != null) {
      missingBreaks.find(text, cuts::add);
    }
    return spans(text, cuts.sorted());
  }

  private static int[] spans(String text, int[] cuts) {
    int[] out = new int[(cuts.length + 1) * 2];
    int count = 0;
    int start = 0;
    for (int k = 0; k <= cuts.length; k++) {
      int end = k < cuts.length ? cuts[k] : text.length();
      int s = start;
      int e = end;
      while (s < e && TextParser.isBlank(text.charAt(s))) {
        s++;
      }
      while (e > s && TextParser.isBlank(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out[count++] = s;
        out[count++] = e;
      }
      start = end;
    }
    return Arrays.copyOf(out, count);
  }

  /** Boundary offsets, added in any order. */
  private static final class Cuts {
    private int[] values = new int[8];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] sorted() {
      int[] out = Arrays.copyOf(values, size);
      Arrays.sort(out);
      int distinct = 0;
      for (int k = 0; k < out.length; k++) {
        if (k == 0 || out[k] != out[k - 1]) {
          out[distinct++] = out[k];
        }
      }
      return Arrays.copyOf(out, distinct);
    }
  }
}
