package org.tarjuma.glossary;

import java.util.HashMap;
import java.util.Map;

/**
 * A node of a trie over word sequences: the nodes for the next words, and the value of the term
 * that ends here (the first one inserted wins). Not thread-safe while built; read-only after.
 */
final class WordTrie<V> {

  private Map<String, WordTrie<V>> next;
  private V value;

  /** The node after {@code word}, made if missing. */
  WordTrie<V> child(String word) {
    if (next == null) {
      next = new HashMap<>(4);
    }
    return next.computeIfAbsent(word, w -> new WordTrie<>());
  }

  /** The node after {@code word}, or null. */
  WordTrie<V> next(String word) {
    return next == null ? null : next.get(word);
  }

  V value() {
    return value;
  }

  void valueIfAbsent(V candidate) {
    if (value == null) {
      value = candidate;
    }
  }
}
