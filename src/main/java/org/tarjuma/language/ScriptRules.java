package org.tarjuma.language;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@link ScriptNormalizer} of one language, driven by its letter table. */
final class ScriptRules implements ScriptNormalizer {

  static final char ZWNJ = '\u200C';
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final Map<Integer, Integer> letters;
  // The letters' keys again, for the check that runs on every stored translation read.
  private final java.util.BitSet mapped = new java.util.BitSet();

  ScriptRules(Map<String, String> letterTable) {
    Map<Integer, Integer> map = new HashMap<>();
    letterTable.forEach(
        (from, to) -> {
          if (from.codePointCount(0, from.length()) != 1
              || to.codePointCount(0, to.length()) != 1) {
            throw new IllegalArgumentException(
                "letter mappings must map one character to one character: " + from + " → " + to);
          }
          map.put(from.codePointAt(0), to.codePointAt(0));
        });
    this.letters = Map.copyOf(map);
    map.keySet().forEach(mapped::set);
  }

  @Override
  public Normalized normalize(String text) {
    if (alreadyNormal(text)) {
      // The usual case for stored translations: nothing to do, nothing to copy.
      return new Normalized(text, List.of());
    }
    return rewrite(text);
  }

  Normalized rewrite(String text) {
    String nfc = NFC.normalize(text);
    StringBuilder out = new StringBuilder(nfc.length());
    List<Removal> removed = new ArrayList<>();
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      if (isBidiControl(cp) || (cp == ZWNJ && !joinsInsideWord(nfc, i, out))) {
        removed.add(removal(i, cp));
      } else {
        out.appendCodePoint(letters.getOrDefault(cp, cp));
      }
      i += Character.charCount(cp);
    }
    // A replaced letter may now compose with a following mark (ہ + ٔ → ۂ).
    String result = letters.isEmpty() ? out.toString() : NFC.normalize(out);
    return new Normalized(result, removed);
  }

  /** Whether {@link #normalize} would change nothing: the same rules, without building a copy. */
  boolean alreadyNormal(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isBidiControl(cp) || mapped.get(cp)) {
        return false;
      }
      if (cp == ZWNJ
          && (i == 0
              || !isWordPart(text.codePointBefore(i))
              || i + 1 >= text.length()
              || !isWordPart(text.codePointAt(i + 1)))) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return NFC.spanQuickCheckYes(text) == text.length() || NFC.isNormalized(text);
  }

  /**
   * Bidi formatting characters carry no meaning in a segment: direction comes from the document.
   */
  static boolean isBidiControl(int cp) {
    return cp == 0x061C
        || cp == 0x200E
        || cp == 0x200F
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069);
  }

  /** A ZWNJ matters only between two letters (or marks) and only once. */
  private static boolean joinsInsideWord(String text, int at, StringBuilder written) {
    if (written.isEmpty() || written.charAt(written.length() - 1) == ZWNJ) {
      return false;
    }
    int before = written.codePointBefore(written.length());
    int next = at + 1 < text.length() ? text.codePointAt(at + 1) : -1;
    return isWordPart(before) && next != -1 && isWordPart(next);
  }

  private static boolean isWordPart(int cp) {
    return UCharacter.isLetter(cp) || UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK;
  }

  private static Removal removal(int offset, int cp) {
    return new Removal(offset, String.format(Locale.ROOT, "U+%04X", cp), UCharacter.getName(cp));
  }
}
