package org.tarjuma.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageRegistryTest {

  private final Languages languages = Languages.standard();

  @ParameterizedTest
  @CsvSource({
    "en, en",
    "EN-us, en",
    "english, en",
    "ur, ur",
    "ur-PK, ur",
    "ur_pk, ur",
    "URDU, ur",
    "Urdu, ur",
    "ps, ps",
    "ps-AF, ps",
    "Pashto, ps",
    "PASHTO, ps",
    "prs, prs",
    "fa-AF, prs",
    "FA_af, prs",
    "dari, prs",
    "Dari, prs",
    "DARI, prs"
  })
  void acceptsCodesAliasesAndNamesInAnyCase(String given, String code) {
    assertThat(languages.require(given).code()).isEqualTo(code);
  }

  @Test
  void persianOfIranIsNotDari() {
    assertThat(languages.find("fa")).isEmpty();
    assertThat(languages.find("persian")).isEmpty();
  }

  @Test
  void unknownLanguageNamesTheAcceptedOnes() {
    assertThatThrownBy(() -> languages.require("klingon"))
        .isInstanceOf(UnknownLanguageException.class)
        .satisfies(
            e ->
                assertThat(((UnknownLanguageException) e).getBody().getDetail())
                    .contains("'klingon'")
                    .contains("en (English)", "ur (Urdu)", "ps (Pashto)", "prs (Dari)"));
    assertThat(languages.find(null)).isEmpty();
  }

  @Test
  void targetsAreRightToLeftArabicScript() {
    for (String code : List.of("ur", "ps", "prs")) {
      Language language = languages.require(code);
      assertThat(language.rightToLeft()).isTrue();
      assertThat(language.script()).isEqualTo("Arab");
      assertThat(language.digits()).contains(DigitSet.WESTERN, DigitSet.EXTENDED_ARABIC_INDIC);
      assertThat(language.sentenceTerminals())
          .contains("\u061F", "!")
          .doesNotContain("\u060C", "\u061B");
    }
    assertThat(languages.require("en").direction()).isEqualTo(Direction.LTR);
    assertThat(languages.require("ur").fullStop()).isEqualTo("\u06D4");
    // Facts keep the data file's order, so the API answers the same way on every start.
    assertThat(languages.require("ur").aliases())
        .containsExactly("ur-PK", "ur-IN", "ur-Arab", "urd", "urdu");
    assertThat(languages.require("ur").sentenceTerminals()).startsWith("\u06D4", "\u061F");
  }

  @Test
  void eachProviderHasItsOwnCodeForDari() {
    Language dari = languages.require("prs");
    assertThat(dari.codeAt("azure")).isEqualTo("prs");
    assertThat(dari.codeAt("google")).isEqualTo("fa-AF");
    assertThat(dari.codeAt("amazon")).isEqualTo("fa-AF");
    assertThat(dari.codeAt("deepl")).isEqualTo("PRS");
    assertThat(dari.codeAt("some-new-engine")).isEqualTo("prs");
    assertThat(languages.require("ur").codeAt("deepl")).isEqualTo("UR");
  }

  @Test
  void anAliasNamingTwoLanguagesFailsAtStart() {
    Language a = language("xa", List.of("same"));
    Language b = language("xb", List.of("SAME"));
    assertThatThrownBy(() -> new LanguageRegistry(List.of(a, b)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'SAME' names both xa and xb");
  }

  private static Language language(String code, List<String> aliases) {
    return new Language(
        code,
        code,
        code,
        aliases,
        "Latn",
        Direction.LTR,
        List.of("."),
        ".",
        List.of(DigitSet.WESTERN),
        Map.of(),
        Map.of());
  }
}
