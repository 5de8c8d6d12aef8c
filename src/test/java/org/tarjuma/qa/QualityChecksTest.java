package org.tarjuma.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.language.DigitSet;
import org.tarjuma.language.Language;
import org.tarjuma.testing.Fixtures;

class QualityChecksTest {

  private static final Glossary GLOSSARY = Glossary.load(Path.of("glossary"), Fixtures.LANGUAGES);
  private static final QualityChecks CHECKS = new QualityChecks(GLOSSARY);
  private static final Language UR = Fixtures.LANGUAGES.require("ur");
  private static final Language PS = Fixtures.LANGUAGES.require("ps");
  private static final Language PRS = Fixtures.LANGUAGES.require("prs");

  private static List<String> codes(QualityCheck check, String source, String target, Language l) {
    return check.check(new Subject(source, target, l)).stream().map(Finding::code).toList();
  }

  private static List<String> all(String source, String target, Language l) {
    Subject s = new Subject(source, target, l);
    return CHECKS.run(s, GLOSSARY.matcher().find(s.plainSource())).stream()
        .map(Finding::code)
        .toList();
  }

  @Test
  void aSubjectIsTheSameForTheSameTextsAndLanguageCode() {
    Language urduAgain =
        new Language(
            UR.code(),
            UR.name(),
            UR.nativeName(),
            List.of(),
            UR.script(),
            UR.direction(),
            UR.sentenceTerminals(),
            UR.fullStop(),
            UR.digits(),
            UR.letters(),
            java.util.Map.of());
    Subject one = new Subject("The talks ended.", "مذاکرات ختم ہو گئے۔", UR);
    Subject same = new Subject("The talks ended.", "مذاکرات ختم ہو گئے۔", urduAgain);
    assertThat(same).isEqualTo(one).hasSameHashCodeAs(one);
    assertThat(new Subject("The talks ended.", "مذاکرات ختم ہو گئے۔", PS)).isNotEqualTo(one);
    assertThat(new Subject("The talks ended.", "مذاکرات ختم شو.", UR)).isNotEqualTo(one);
  }

  @Test
  void theGlossaryCheckForgetsItsAnswersWhenTheGlossaryChanges(
      @org.junit.jupiter.api.io.TempDir Path empty) {
    Glossary none = Glossary.load(empty, Fixtures.LANGUAGES);
    java.util.concurrent.atomic.AtomicReference<Glossary> current =
        new java.util.concurrent.atomic.AtomicReference<>(GLOSSARY);
    Glossary switching =
        new Glossary() {
          @Override
          public List<org.tarjuma.glossary.Entry> entries() {
            return current.get().entries();
          }

          @Override
          public java.util.Optional<org.tarjuma.glossary.Entry> find(String id) {
            return current.get().find(id);
          }

          @Override
          public org.tarjuma.glossary.TermMatcher matcher() {
            return current.get().matcher();
          }

          @Override
          public org.tarjuma.glossary.FormMatcher formMatcher(String lang) {
            return current.get().formMatcher(lang);
          }
        };
    GlossaryCheck check = new GlossaryCheck(switching);
    Subject s = new Subject("ISPR said so.", "انہوں نے ایسا کہا۔", UR);
    var terms = GLOSSARY.matcher().find(s.plainSource());

    assertThat(check.check(s, terms))
        .extracting(Finding::code)
        .containsExactly("glossary-missing:ispr");
    assertThat(check.check(s, terms))
        .extracting(Finding::code)
        .containsExactly("glossary-missing:ispr");
    current.set(none);
    assertThat(check.check(s, terms)).isEmpty();
    current.set(GLOSSARY);
    assertThat(check.check(s, terms))
        .extracting(Finding::code)
        .containsExactly("glossary-missing:ispr");
  }

  @Test
  void aGoodTranslationHasNoFinding() {
    assertThat(
            all(
                "ISPR said an attack near the Durand Line killed 12 soldiers.",
                "آئی ایس پی آر نے کہا کہ ڈیورنڈ لائن کے قریب ایک حملے میں 12 فوجی ہلاک ہو گئے۔",
                UR))
        .isEmpty();
  }

  @Test
  void glossaryFormsMissingOrForbidden() {
    assertThat(
            all(
                "ISPR said Islamic State fighters crossed the Durand Line.",
                "فوج نے کہا کہ اسلامی ریاست کے جنگجو سرحد پار کر گئے۔",
                UR))
        .contains(
            "glossary-missing:ispr",
            "glossary-missing:durand-line",
            "glossary-forbidden:islamic-state");
    // An inflected form counts: ڈیورنڈ لائن stays, حملے is حملہ's oblique.
    assertThat(CHECKS.glossary().check(new Subject("The Durand Line.", "ڈیورنڈ لائن پر۔", UR)))
        .isEmpty();
  }

  @Test
  void numbersInAnyDigitsButAllOfThem() {
    NumbersCheck numbers = new NumbersCheck();
    assertThat(codes(numbers, "12 soldiers and 1,200 rounds.", "۱۲ فوجی اور ۱٬۲۰۰ گولیاں۔", UR))
        .isEmpty();
    assertThat(codes(numbers, "12 soldiers and 30 police.", "12 فوجی اور پولیس۔", UR))
        .containsExactly("number:30");
    assertThat(codes(numbers, "On 12 May, 12 died.", "12 مئی کو مر گئے۔", UR))
        .containsExactly("number:12");
  }

  @Property(tries = 200)
  void aNumberSurvivesInEveryDigitSet(@ForAll @IntRange(min = 0, max = 1_000_000) int n) {
    for (DigitSet set : DigitSet.values()) {
      assertThat(
              new NumbersCheck()
                  .check(
                      new Subject(
                          "They counted " + n + ".",
                          "گنتی " + set.convert(Integer.toString(n)) + "۔",
                          UR)))
          .isEmpty();
    }
  }

  @Test
  void untranslatedOrMostlyLatin() {
    UntranslatedCheck check = new UntranslatedCheck();
    assertThat(codes(check, "The talks ended.", "The talks ended.", UR))
        .containsExactly("same-as-source");
    assertThat(codes(check, "The talks ended.", "The talks ختم.", UR))
        .containsExactly("mostly-latin");
    assertThat(codes(check, "ISPR said so.", "ISPR نے ایسا کہا۔", UR)).isEmpty();
  }

  @Test
  void wrongLettersAndMixedScripts() {
    LettersCheck check = new LettersCheck();
    assertThat(codes(check, "x", "كيا يہ ٹھیک ہے؟", UR))
        .contains("wrong-letter:ك", "wrong-letter:ي");
    assertThat(codes(check, "x", "دا ښه ده، زه پوهېږم.", PS))
        .isEmpty(); // Pashto keeps ي and its letters
    assertThat(codes(check, "x", "می\u200Cشود", PRS)).isEmpty();
    assertThat(codes(check, "x", "پاکستانi فوج", UR)).containsExactly("mixed-script:پاکستانi");
  }

  @Test
  void bidiControls() {
    assertThat(codes(new BidiControlsCheck(), "x", "یہ\u200F ہے\u202B۔", UR))
        .containsExactly("bidi-controls");
  }

  @Test
  void finalPunctuationOfTheLanguage() {
    FinalPunctuationCheck check = new FinalPunctuationCheck();
    assertThat(codes(check, "The talks ended.", "مذاکرات ختم ہو گئے.", UR))
        .containsExactly("final-punctuation");
    assertThat(codes(check, "The talks ended.", "مذاکرات ختم ہو گئے۔", UR)).isEmpty();
    assertThat(codes(check, "Did they?", "کیا انہوں نے؟", UR)).isEmpty();
    assertThat(codes(check, "He said: “We left.”", "هغه وویل: «موږ لاړو.»", PS)).isEmpty();
    assertThat(codes(check, "Breaking news", "تازہ خبر", UR)).isEmpty();
  }

  @Test
  void inlineCodesLostAddedOrTangled() {
    InlineCodesCheck check = new InlineCodesCheck();
    assertThat(codes(check, "<1>ISPR</1> said<2/>.", "<1>آئی ایس پی آر</1> نے کہا<2/>۔", UR))
        .isEmpty();
    assertThat(codes(check, "<1>ISPR</1> said.", "آئی ایس پی آر نے کہا۔", UR))
        .containsExactly("code-lost:<1>", "code-lost:</1>");
    assertThat(codes(check, "ISPR said.", "<3/>کہا۔", UR)).containsExactly("code-added:<3/>");
    assertThat(codes(check, "<1>a</1> <2>b</2>", "<1>ب <2>الف</1></2>", UR))
        .containsExactly("codes-unbalanced");
  }

  @Test
  void lengthFarFromTheNorm() {
    LengthRatioCheck check = new LengthRatioCheck();
    String source = "The minister said the talks would resume next week in Doha.";
    assertThat(codes(check, source, "وزیر نے کہا۔", UR)).containsExactly("length-ratio");
    assertThat(
            codes(
                check, source, "وزیر نے کہا کہ مذاکرات اگلے ہفتے دوحہ میں دوبارہ شروع ہوں گے۔", UR))
        .isEmpty();
  }

  @Test
  void emptyTargetIsOnlyThat() {
    assertThat(all("The talks ended.", "  ", UR)).containsExactly("empty");
  }
}
