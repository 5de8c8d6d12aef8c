package org.tarjuma.glossary;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.function.Function;

/**
 * Matchers that remember their answers. A snapshot's matchers never change, and news repeats its
 * sentences (revisions, wire copy, the same article into three languages), so each distinct text is
 * matched once per snapshot; a glossary change builds a new snapshot with empty memories.
 */
final class Remembered {

  /** Distinct texts remembered per matcher; a sentence's matches are a few small records. */
  static final int TEXTS = 20_000;

  private Remembered() {}

  static TermMatcher terms(TermMatcher matcher) {
    Function<String, List<TermMatch>> find = memo(matcher::find);
    return find::apply;
  }

  static FormMatcher forms(FormMatcher matcher) {
    Function<String, List<FormMatch>> find = memo(matcher::find);
    return find::apply;
  }

  private static <T> Function<String, List<T>> memo(Function<String, List<T>> find) {
    Cache<String, List<T>> answers = Caffeine.newBuilder().maximumSize(TEXTS).build();
    return text -> answers.get(text, t -> List.copyOf(find.apply(t)));
  }
}
