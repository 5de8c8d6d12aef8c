package org.tarjuma.segment;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;

/**
 * The form of a sentence that lookups compare: NFC, trimmed, every run of white space one space.
 * Two sentences that differ only in spacing or in composed versus decomposed letters are the same
 * sentence to the memory and the segment cache.
 */
public final class SentenceKey {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private SentenceKey() {}

  /** {@code text} normalized for lookup; never null. */
  public static String normalize(String text) {
    String nfc = NFC.normalize(text);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean space = false;
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      i += Character.charCount(cp);
      if (UCharacter.isUWhiteSpace(cp)) {
        space = !out.isEmpty();
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }
}
