package org.tarjuma.glossary;

/**
 * What editing an entry would touch in the articles: implemented by the jobs, which hold them; the
 * glossary page asks it before a curator saves a change.
 */
public interface TermImpact {

  /** How many stored segments, in how many articles, contain one of the entry's English terms. */
  Impact of(Entry entry);

  /**
   * @param segments segments whose source contains the term
   * @param articles the articles (jobs) they belong to
   */
  record Impact(int segments, int articles) {}
}
