package org.tarjuma.segment;

import com.ibm.icu.text.Normalizer2;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Gives the segments of one article their ids: the first 64 bits of SHA-256 over the SHA-256 of the
 * sentence (NFC, white space collapsed to single spaces) and its occurrence number among identical
 * sentences so far. Not thread-safe: one per article.
 */
final class SegmentIds {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final HexFormat HEX = HexFormat.of();

  private final Map<Digest, Integer> seen = new HashMap<>();
  private final MessageDigest sha256 = DigestUtils.getSha256Digest();
  private final ByteBuffer id = ByteBuffer.allocate(36);
  private final byte[] digest = new byte[32];
  private byte[] utf8 = new byte[1024];

  String next(String text) {
    int length = encodeIfCanonical(text);
    if (length < 0) {
      byte[] bytes = normalize(text).getBytes(StandardCharsets.UTF_8);
      sha256.update(bytes);
    } else {
      sha256.update(utf8, 0, length);
    }
    finish();
    int occurrence = seen.merge(new Digest(digest), 1, Integer::sum) - 1;
    id.clear();
    id.put(digest).putInt(occurrence);
    sha256.update(id.array());
    finish();
    return HEX.toHexDigits(ByteBuffer.wrap(digest).getLong());
  }

  private void finish() {
    try {
      sha256.digest(digest, 0, digest.length);
    } catch (java.security.DigestException e) {
      throw new IllegalStateException("a SHA-256 fits in 32 bytes", e);
    }
  }

  /**
   * Writes the UTF-8 of {@code text} into the buffer and returns its length when the text is
   * already canonical (single spaces, no edge spaces, surely NFC), else -1. One pass for the common
   * case.
   */
  private int encodeIfCanonical(String text) {
    int n = text.length();
    if (utf8.length < n * 3) {
      utf8 = new byte[n * 3];
    }
    int out = 0;
    char previous = ' ';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c <= ' ' && (c != ' ' || previous == ' ' || i == n - 1)) {
          return -1;
        }
        utf8[out++] = (byte) c;
      } else if (c < 0x300) {
        if (c == '\u00A0' || c == '\u0085') {
          return -1;
        }
        utf8[out++] = (byte) (0xC0 | (c >> 6));
        utf8[out++] = (byte) (0x80 | (c & 0x3F));
      } else if (c >= 0x2010 && c <= 0x2027) {
        utf8[out++] = (byte) (0xE0 | (c >> 12));
        utf8[out++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        utf8[out++] = (byte) (0x80 | (c & 0x3F));
      } else {
        return -1;
      }
      previous = c;
    }
    return out;
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

  /** A SHA-256 as a map key. */
  private record Digest(long a, long b, long c, long d) {
    Digest(byte[] sha) {
      this(longAt(sha, 0), longAt(sha, 8), longAt(sha, 16), longAt(sha, 24));
    }

    private static long longAt(byte[] bytes, int at) {
      long value = 0;
      for (int i = at; i < at + 8; i++) {
        value = (value << 8) | (bytes[i] & 0xFF);
      }
      return value;
    }
  }
}
