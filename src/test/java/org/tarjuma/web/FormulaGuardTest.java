package org.tarjuma.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

  /** A cell that begins with a formula's first character is written behind a single quote. */
  @ParameterizedTest
  @ValueSource(
      strings = {"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "'=1", "''@"})
  void aFormulaIsQuoted(String cell) {
    assertThat(FormulaGuard.guard(cell)).isEqualTo("'" + cell);
  }

  /** Any other cell is written as it is. */
  @ParameterizedTest
  @ValueSource(strings = {"", "Kabul", "کابل", "'quoted", "a=b", " =1", "'", "''"})
  void otherCellsAreWrittenAsTheyAre(String cell) {
    assertThat(FormulaGuard.guard(cell)).isEqualTo(cell);
  }

  /** Null stays null both ways. */
  @Test
  void nullStaysNull() {
    assertThat(FormulaGuard.guard(null)).isNull();
    assertThat(FormulaGuard.unguard(null)).isNull();
  }

  /** Unguarding what was guarded gives back the text; a guarded cell never begins a formula. */
  @Property(tries = 2000)
  void theGuardIsUndoneExactly(@ForAll("cells") String text) {
    String cell = FormulaGuard.guard(text);
    assertThat(FormulaGuard.unguard(cell)).isEqualTo(text);
    assertThat(cell).doesNotMatch("(?s)[=+\\-@\t\r].*");
  }

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.strings().withChars("'=+-@\t\r a1ک\"").ofMaxLength(6);
  }
}
