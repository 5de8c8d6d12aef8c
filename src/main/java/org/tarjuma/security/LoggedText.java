package org.tarjuma.security;

import org.tarjuma.language.ControlCharacters;

/**
 * Text from a request as a log line may hold it: every control character (C0, DEL, C1, the line and
 * paragraph separators and the bidi controls) written as {@code \\uXXXX}, and a backslash as two,
 * so that a name typed with CR or LF cannot start a forged line, nor one with U+202E show the line
 * reordered; cut to {@value #MAX} characters.
 */
final class LoggedText {

  static final int MAX = 120;

  private LoggedText() {}

  /** {@code raw} escaped and cut; {@code "(none)"} for null. Never null. */
  static String of(String raw) {
    if (raw == null) {
      return "(none)";
    }
    StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX) + 8);
    int count = 0;
    for (int i = 0; i < raw.length(); ) {
      int c = raw.codePointAt(i);
      if (count++ == MAX) {
        return out.append("…").toString();
      }
      if (c == '\\') {
        out.append("\\\\");
      } else if (escaped(c)) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  private static boolean escaped(int c) {
    return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || ControlCharacters.isBidi(c);
  }
}
