package org.tarjuma.language;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The decimal digit sets met in Tarjuma's languages. Conversion between them is an outlet's
 * preference and happens only when asked for: {@link ScriptNormalizer} never converts digits.
 */
public enum DigitSet {
  /** 0–9. */
  WESTERN('0'),
  /** ٠–٩ (U+0660–U+0669), used in Arabic; Urdu, Pashto and Dari use the extended set. */
  ARABIC_INDIC('\u0660'),
  /** ۰–۹ (U+06F0–U+06F9), used in Urdu, Pashto and Dari. */
  EXTENDED_ARABIC_INDIC('\u06F0');

  private static final DigitSet[] SETS = values();

  private final char zero;

  DigitSet(char zero) {
    this.zero = zero;
  }

  /** The digit for zero; the others follow it in code point order. */
  public char zero() {
    return zero;
  }

  /** Lower-case, hyphenated name as it appears in the API, e.g. {@code extended-arabic-indic}. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns {@code text} with every digit of any set here written in this set; everything else is
   * left as it was. Never returns null.
   */
  public String convert(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int value = valueOf(c);
      if (value >= 0 && c != zero + value) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, (char) (zero + value));
      }
    }
    return out == null ? text : out.toString();
  }

  /** The digit's value 0–9 if {@code c} is a digit of one of these sets, else -1. */
  public static int valueOf(char c) {
    if (c < '0' || (c > '9' && c < '\u0660')) {
      return -1; // most characters, without looking at each set
    }
    for (DigitSet set : SETS) {
      int value = c - set.zero;
      if (value >= 0 && value <= 9) {
        return value;
      }
    }
    return -1;
  }
}
