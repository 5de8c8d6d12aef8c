package org.tarjuma.language;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Each language's rules on real words: getting them wrong corrupts text. */
class ScriptNormalizerTest {

  private static final Languages LANGUAGES = Languages.standard();
  private static final ScriptNormalizer URDU = LANGUAGES.normalizer(LANGUAGES.require("ur"));
  private static final ScriptNormalizer PASHTO = LANGUAGES.normalizer(LANGUAGES.require("ps"));
  private static final ScriptNormalizer DARI = LANGUAGES.normalizer(LANGUAGES.require("prs"));
  private static final String ZWNJ = "\u200C";

  private static String ur(String s) {
    return URDU.normalize(s).text();
  }

  @Test
  void urduTakesItsOwnKafYehAndHeh() {
    assertThat(ur("پاكستان")).isEqualTo("پاکستان"); // Arabic kaf U+0643 → keheh U+06A9
    assertThat(ur("علي")).isEqualTo("علی"); // Arabic yeh U+064A → Farsi yeh U+06CC
    assertThat(ur("عيسى")).isEqualTo("عیسی"); // alef maksura U+0649 → U+06CC
    assertThat(ur("شهر")).isEqualTo("شہر"); // Arabic heh U+0647 → heh goal U+06C1
    assertThat(ur("كراچي")).isEqualTo("کراچی");
  }

  @Test
  void urduKeepsDoChashmiHehAndBariYeh() {
    assertThat(ur("بھارت")).isEqualTo("بھارت"); // ھ U+06BE stays
    assertThat(ur("یہ ہے")).isEqualTo("یہ ہے"); // ے U+06D2 stays
    assertThat(ur("طالبان نے حملہ کیا۔")).isEqualTo("طالبان نے حملہ کیا۔");
  }

  @Test
  void urduComposesHamzaOnHehGoalAfterMapping() {
    // ه + hamza above becomes ہ + hamza above, which NFC composes to ۂ U+06C2.
    assertThat(ur("ه\u0654")).isEqualTo("\u06C2");
  }

  @Test
  void pashtoKeepsItsYehAndItsOwnLetters() {
    assertThat(PASHTO.normalize("دي").text()).isEqualTo("دي"); // U+064A is a Pashto letter
    assertThat(PASHTO.normalize("زلمي").text()).isEqualTo("زلمي");
    String letters = "ټ ډ ړ ښ ږ ځ څ ڼ ې ۍ ئ";
    assertThat(PASHTO.normalize(letters).text()).isEqualTo(letters);
    assertThat(PASHTO.normalize("پښتونخوا ډېر ځای").text()).isEqualTo("پښتونخوا ډېر ځای");
    assertThat(PASHTO.normalize("كور").text()).isEqualTo("کور");
    assertThat(PASHTO.normalize("شهر").text()).isEqualTo("شهر");
  }

  @Test
  void dariKeepsZeroWidthNonJoinerInsideWordsAndHeh() {
    assertThat(DARI.normalize("مي" + ZWNJ + "شود").text()).isEqualTo("می" + ZWNJ + "شود");
    assertThat(DARI.normalize("كابل").text()).isEqualTo("کابل");
    assertThat(DARI.normalize("شهر").text()).isEqualTo("شهر"); // ه stays ه in Dari
    assertThat(DARI.normalize("کتاب" + ZWNJ + "ها").text()).isEqualTo("کتاب" + ZWNJ + "ها");
  }

  @Test
  void zeroWidthNonJoinerThatJoinsNothingIsDroppedAndReported() {
    var result = DARI.normalize(ZWNJ + "می" + ZWNJ + ZWNJ + "شود " + ZWNJ);
    assertThat(result.text()).isEqualTo("می" + ZWNJ + "شود ");
    assertThat(result.removed()).hasSize(3).allMatch(r -> r.codePoint().equals("U+200C"));
  }

  @Test
  void bidiControlsAreRemovedAndReported() {
    var result = URDU.normalize("\u200Fپاکستان\u202B 2021\u202C\u2066ISPR\u2069");
    assertThat(result.text()).isEqualTo("پاکستان 2021ISPR");
    assertThat(result.removed())
        .extracting(ScriptNormalizer.Removal::codePoint)
        .containsExactly("U+200F", "U+202B", "U+202C", "U+2066", "U+2069");
    assertThat(result.removed().get(0).name()).isEqualTo("RIGHT-TO-LEFT MARK");
    assertThat(result.removed().get(0).offset()).isZero();
  }

  @Test
  void digitsAreNeverConvertedByNormalizing() {
    assertThat(ur("سن 2021 میں ۴۰ سے ۶۰")).isEqualTo("سن 2021 میں ۴۰ سے ۶۰");
  }

  @Test
  void digitsConvertOnRequest() {
    assertThat(DigitSet.EXTENDED_ARABIC_INDIC.convert("2,600 km in 2021"))
        .isEqualTo("۲,۶۰۰ km in ۲۰۲۱");
    assertThat(DigitSet.WESTERN.convert("۲۰۲۱ and ٢٠٢١")).isEqualTo("2021 and 2021");
    assertThat(DigitSet.ARABIC_INDIC.convert("48")).isEqualTo("٤٨");
    assertThat(DigitSet.valueOf('x')).isEqualTo(-1);
  }

  @Test
  void englishIsOnlyComposed() {
    var english = LANGUAGES.normalizer(LANGUAGES.require("en"));
    assertThat(english.normalize("Cafe\u0301").text()).isEqualTo("Café");
  }

  @Property
  void normalizingTwiceChangesNothingAndLeavesNoBidiControls(
      @ForAll
          @StringLength(max = 40)
          @CharRange(from = '\u0600', to = '\u06FF')
          @Chars({'\u200C', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', ' ', 'a'})
          String text) {
    for (ScriptNormalizer normalizer : new ScriptNormalizer[] {URDU, PASHTO, DARI}) {
      String once = normalizer.normalize(text).text();
      assertThat(normalizer.normalize(once).text()).isEqualTo(once);
      assertThat(once.codePoints().noneMatch(ScriptRules::isBidiControl)).isTrue();
    }
  }

  @Property
  void pashtoLettersSurviveEveryNormalizer(
      @ForAll
          @StringLength(min = 1, max = 30)
          @Chars({'ټ', 'ډ', 'ړ', 'ښ', 'ږ', 'ځ', 'څ', 'ڼ', 'ې', 'ۍ', 'ئ', 'ي'})
          String word) {
    assertThat(PASHTO.normalize(word).text()).isEqualTo(word);
  }

  /** The shortcut for text that needs nothing must agree with the full rewrite, every language. */
  @Property(tries = 2000)
  void theShortcutAgreesWithTheRewrite(
      @ForAll
          @Chars({
            'a', ' ', '.', '\u200C', '\u200F', '\u061C', '\u0643', '\u064A', '\u0647', '\u06A9',
            '\u06CC', '\u06C1', '\u0654', '\u064B', '\u06D2', '\u067C', '\u0685', '\u0633',
            '\u0645', '\u06CD', '\u06D4', '\u0301'
          })
          @StringLength(max = 24)
          String text) {
    for (String code : java.util.List.of("ur", "ps", "prs")) {
      ScriptRules rules = new ScriptRules(LANGUAGES.require(code).letters());
      ScriptNormalizer.Normalized full = rules.rewrite(text);
      if (rules.alreadyNormal(text)) {
        assertThat(full.text()).as(code).isEqualTo(text);
        assertThat(full.removed()).as(code).isEmpty();
      }
      assertThat(rules.normalize(text)).as(code).isEqualTo(full);
    }
  }

  /** What the registry hands out remembers answers, and they are the rules' answers. */
  @Property(tries = 500)
  void theRememberedNormalizerAnswersAsItsRules(
      @ForAll
          @Chars({'a', ' ', '\u200C', '\u200F', '\u0643', '\u064A', '\u06A9', '\u06CC', '\u0654'})
          @StringLength(max = 16)
          String text) {
    for (String code : java.util.List.of("ur", "ps", "prs")) {
      ScriptNormalizer registered = LANGUAGES.normalizer(LANGUAGES.require(code));
      ScriptNormalizer.Normalized first = registered.normalize(text);
      assertThat(first)
          .isEqualTo(new ScriptRules(LANGUAGES.require(code).letters()).normalize(text));
      assertThat(registered.normalize(text)).isSameAs(first);
    }
  }
}
