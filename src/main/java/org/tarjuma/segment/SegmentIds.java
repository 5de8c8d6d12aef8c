package org.tarjuma.segment;

import com.ibm.icu.text.Normalizer2;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Gives the segments of one article their ids: the first 64 bits of SHA-256 over the sentence (NFC,
 * white space collapsed) and its occurrence number among identical sentences so far. Not
 * thread-safe: one per article.
 */
final class SegmentIds {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final Map<String, Integer> seen = new HashMap<>();
  private final MessageDigest sha256;

  SegmentIds() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  String next(String text) {
    String normalized = normalize(text);
    int occurrence = seen.merge(normalized, 1, Integer::sum) - 1;
    sha256.update(normalized.getBytes(StandardCharsets.UTF_8));
    sha256.update((byte) 0);
    sha256.update(Integer.toString(occurrence).getBytes(StandardCharsets.US_ASCII));
    return HexFormat.of().formatHex(sha256.digest(), 0, 8);
  }

  static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (TextParser.isBlank(c)) {
        space = !out.isEmpty();
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return NFC.normalize(out);
  }
}
