package org.tarjuma.glossary;

import java.util.List;

/**
 * Finds the glossary's forms in one target language's text, tolerant of that language's inflection
 * (Urdu oblique and plural endings, Pashto case and plural endings, Dari plurals and ezafe) and of
 * look-alike letters (Arabic ك for ک). Longest-leftmost, never overlapping. Immutable and
 * thread-safe.
 */
public interface FormMatcher {

  /** The forms in {@code text}, in order; never null. */
  List<FormMatch> find(String text);
}
