package org.tarjuma.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SentenceKeyTest {

  @Test
  void spacingAndCompositionDoNotMatter() {
    assertThat(SentenceKey.normalize("  The  ISPR\u00A0said\t\n it. "))
        .isEqualTo("The ISPR said it.");
    // ه + ٔ (decomposed) and ۂ (composed) are one letter to a reader, so one key.
    assertThat(SentenceKey.normalize("\u06C1\u0654")).isEqualTo(SentenceKey.normalize("\u06C2"));
    assertThat(SentenceKey.normalize("می\u200Cشود")).isEqualTo("می\u200Cشود");
    assertThat(SentenceKey.normalize(" \u2003 ")).isEmpty();
  }

  /** Against the plain definition: NFC, White_Space runs as one space, trimmed. */
  @Property(tries = 1000)
  void equalsTheRegexDefinition(@ForAll("messy") String text) {
    String reference =
        Normalizer2.getNFCInstance()
            .normalize(text)
            .replaceAll("(?U)\\s+", " ")
            .replaceAll("^ | $", "");
    assertThat(SentenceKey.normalize(text)).isEqualTo(reference);
  }

  @Provide
  Arbitrary<String> messy() {
    return Arbitraries.strings()
        .withChars("aZ 9.\t\n\u00A0\u2003\u200C\u200F\u0627\u06C1\u0654\u06CC\u064A\u0301e")
        .ofMaxLength(40);
  }
}
