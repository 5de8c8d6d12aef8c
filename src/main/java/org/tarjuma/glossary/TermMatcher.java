package org.tarjuma.glossary;

import java.util.Collection;
import java.util.List;

/**
 * Finds glossary terms in English text: longest-leftmost, never overlapping, never inside a longer
 * word, tolerant of possessives and plurals (TTP's, the Taliban's), of hyphens and apostrophes (’
 * or '), and of case where the term allows it. Immutable and thread-safe.
 */
public interface TermMatcher {

  /** The terms in {@code text}, in order; never null, empty when there are none. */
  List<TermMatch> find(String text);

  /** A matcher over the English terms of {@code entries}; an earlier entry wins a shared term. */
  static TermMatcher of(Collection<Entry> entries) {
    return new TokenTrieMatcher(entries);
  }
}
