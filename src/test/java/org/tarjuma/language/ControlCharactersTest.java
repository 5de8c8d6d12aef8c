package org.tarjuma.language;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Which characters a curated field refuses, and how the refusal names them. */
class ControlCharactersTest {

  @Test
  void aRefusalNamesTheFieldTheCharacterAndItsOffset() {
    assertThat(ControlCharacters.problem("english.note", "Note \u202Eevil", true))
        .hasValue(
            "english.note: U+202E RIGHT-TO-LEFT OVERRIDE at offset 5 is not allowed (a bidi"
                + " control changes how the text is shown, not what it matches).");
    assertThat(ControlCharacters.problem("targets.ur.preferred", "abc\u0000", false))
        .hasValue(
            "targets.ur.preferred: U+0000 NULL at offset 3 is not allowed (a control character).");
    // The offset counts characters, not UTF-16 units: the emoji before it is one.
    assertThat(ControlCharacters.problem("f", "\uD83D\uDE00\u0085", false))
        .hasValueSatisfying(p -> assertThat(p).startsWith("f: U+0085 ").contains("at offset 1 "));
  }

  @Test
  void theJoinersAndRightToLeftTextAreAllowedAndLineBreaksOnlyInTextOfSeveralLines() {
    // Dari's zero-width non-joiner, and the zero-width joiner.
    assertThat(ControlCharacters.problem("targets.prs.preferred", "می\u200Cشود", false)).isEmpty();
    assertThat(ControlCharacters.problem("f", "a\u200Db", false)).isEmpty();
    assertThat(ControlCharacters.problem("f", null, false)).isEmpty();
    assertThat(ControlCharacters.problem("english.note", "line one\r\n\tline two", true)).isEmpty();
    assertThat(ControlCharacters.problem("english.preferred.text", "two\nlines", false))
        .hasValueSatisfying(p -> assertThat(p).contains("U+000A LINE FEED (LF) at offset 3"));
  }

  @Property(tries = 300)
  void anyRefusedCharacterAnywhereIsFoundAtItsOffset(
      @ForAll("visibleText") String before,
      @ForAll("refused") int c,
      @ForAll("visibleText") String after,
      @ForAll boolean lineBreaks) {
    String text = before + Character.toString(c) + after;
    assertThat(ControlCharacters.problem("x", before + after, lineBreaks)).isEmpty();
    assertThat(ControlCharacters.problem("x", text, lineBreaks))
        .hasValueSatisfying(
            p ->
                assertThat(p)
                    .startsWith(String.format("x: U+%04X", c))
                    .contains(" at offset " + before.codePointCount(0, before.length()) + " "));
  }

  @Property(tries = 50)
  void everyBidiControlIsOneOfThose(@ForAll @IntRange(min = 0, max = 0x10FFFF) int c) {
    boolean listed =
        c == 0x200E
            || c == 0x200F
            || c == 0x061C
            || (c >= 0x202A && c <= 0x202E)
            || (c >= 0x2066 && c <= 0x2069);
    assertThat(ControlCharacters.isBidi(c)).isEqualTo(listed);
  }

  @Provide
  Arbitrary<String> visibleText() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('\u0600', '\u06FF')
        .withChars('\u200C', '\u200D', ' ', '-')
        .ofMaxLength(20)
        .filter(s -> s.indexOf('\u061C') < 0);
  }

  @Provide
  Arbitrary<Integer> refused() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0x00, 0x08),
        Arbitraries.integers().between(0x0B, 0x0C),
        Arbitraries.integers().between(0x0E, 0x1F),
        Arbitraries.integers().between(0x7F, 0x9F),
        Arbitraries.of(0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E),
        Arbitraries.of(0x2066, 0x2067, 0x2068, 0x2069));
  }
}
