package org.tarjuma.language;

import java.util.List;

/**
 * Puts text into the canonical form of one language's script: Unicode NFC, the language's own
 * letters in place of look-alikes (Arabic kaf ك becomes Urdu ک), no bidi control characters, and
 * zero-width non-joiners only where they join nothing inside a word are dropped. Digits are never
 * converted here (see {@link DigitSet#convert}). Implementations are immutable and thread-safe.
 */
public interface ScriptNormalizer {

  /** Normalizes {@code text}; never returns null, returns the text as it was if nothing applies. */
  Normalized normalize(String text);

  /**
   * The result of normalizing.
   *
   * @param text the normalized text
   * @param removed the characters removed, in order, with their offsets in the NFC form of the
   *     input
   */
  record Normalized(String text, List<Removal> removed) {
    public Normalized {
      removed = List.copyOf(removed);
    }
  }

  /**
   * One removed character.
   *
   * @param offset its UTF-16 offset in the NFC form of the input
   * @param codePoint its code point as {@code U+200F}
   * @param name its Unicode name
   */
  record Removal(int offset, String codePoint, String name) {}
}
