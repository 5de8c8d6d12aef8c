package org.tarjuma.language;

import java.util.Locale;
import java.util.Optional;

/**
 * The invisible characters a curated field (a glossary term, note or domain, a user's or outlet's
 * name) refuses: NUL and the other C0 and C1 controls, DEL, and the bidi controls (LRM, RLM, ALM,
 * the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069), with which a term can
 * show one thing and match another. The joiners are not among them: the zero-width non-joiner
 * U+200C is required in Dari and Persian spelling. Stateless and thread-safe.
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  /** Whether {@code c} is a bidi control: U+200E, U+200F, U+061C, U+202A–202E, U+2066–2069. */
  public static boolean isBidi(int c) {
    return c == 0x200E
        || c == 0x200F
        || c == 0x061C
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * The first refused character of {@code text}, as a sentence that names {@code field}, the
   * character and its offset (in characters, from 0): {@code english.note: U+202E RIGHT-TO-LEFT
   * OVERRIDE at offset 5 is not allowed.} Empty when there is none, or {@code text} is null.
   *
   * @param lineBreaks whether the field is text of several lines, where tab, LF and CR are allowed
   */
  public static Optional<String> problem(String field, String text, boolean lineBreaks) {
    if (text == null) {
      return Optional.empty();
    }
    int offset = 0;
    for (int i = 0; i < text.length(); offset++) {
      int c = text.codePointAt(i);
      if (refused(c, lineBreaks)) {
        return Optional.of(
            field + ": " + name(c) + " at offset " + offset + " is not allowed" + why(c) + ".");
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  private static boolean refused(int c, boolean lineBreaks) {
    if (lineBreaks && (c == '\t' || c == '\n' || c == '\r')) {
      return false;
    }
    return Character.isISOControl(c) || isBidi(c);
  }

  /** {@code U+202E RIGHT-TO-LEFT OVERRIDE}. */
  static String name(int c) {
    String name = Character.getName(c);
    return String.format(Locale.ROOT, "U+%04X", c) + (name == null ? "" : " " + name);
  }

  private static String why(int c) {
    return isBidi(c)
        ? " (a bidi control changes how the text is shown, not what it matches)"
        : " (a control character)";
  }
}
