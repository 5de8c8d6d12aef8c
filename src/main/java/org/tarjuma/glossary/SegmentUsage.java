package org.tarjuma.glossary;

/**
 * Where the articles use an entry: what editing it would touch. Implemented by the jobs, which hold
 * the articles; the glossary page asks it before a curator saves a change.
 */
public interface SegmentUsage {

  /** How many stored segments, in how many articles, contain one of the entry's English terms. */
  Usage of(Entry entry);

  /**
   * @param segments segments whose source contains the term
   * @param articles the articles (jobs) they belong to
   */
  record Usage(int segments, int articles) {}
}
