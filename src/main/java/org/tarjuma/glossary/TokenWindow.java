package org.tarjuma.glossary;

/**
 * The next tokens of a text, at most as many as the longest term has: enough to decide the longest
 * match at the first one, without holding the whole text's tokens.
 */
final class TokenWindow {
  private final String text;
  private final String[] folded;
  private final String[] exact;
  private final int[] starts;
  private final int[] ends;
  private int first;
  private int size;

  TokenWindow(String text, int capacity) {
    this.text = text;
    this.folded = new String[capacity];
    this.exact = new String[capacity];
    this.starts = new int[capacity];
    this.ends = new int[capacity];
  }

  void add(String foldedToken, int start, int end) {
    if (size == folded.length) {
      throw new IllegalStateException("the window is full: match at its first token first");
    }
    int slot = (first + size) % folded.length;
    folded[slot] = foldedToken;
    exact[slot] = null;
    starts[slot] = start;
    ends[slot] = end;
    size++;
  }

  boolean full() {
    return size == folded.length;
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  void drop(int count) {
    first = (first + count) % folded.length;
    size -= count;
  }

  private int slot(int k) {
    return (first + k) % folded.length;
  }

  String folded(int k) {
    return folded[slot(k)];
  }

  /** The token as written; computed only when a case-sensitive term could start here. */
  String exact(int k) {
    int slot = slot(k);
    if (exact[slot] == null) {
      exact[slot] = TokenTrieMatcher.asWritten(text.substring(starts[slot], ends[slot]));
    }
    return exact[slot];
  }

  /** Case-sensitive terms are acronyms: only a token with a capital letter can start one. */
  boolean mayBeExact(int k) {
    int slot = slot(k);
    for (int i = starts[slot]; i < ends[slot]; i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  int start(int k) {
    return starts[slot(k)];
  }

  int end(int k) {
    return ends[slot(k)];
  }

  String text() {
    return text;
  }
}
