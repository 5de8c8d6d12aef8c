package org.tarjuma.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.language.Language;
import org.tarjuma.testing.Fixtures;

/** Iranian Persian usage in Dari output, from {@code qa/prs.usage}. */
class UsageCheckTest {

  private static final UsageCheck CHECK = new UsageCheck();
  private static final Language PRS = Fixtures.LANGUAGES.require("prs");
  private static final Map<String, UsageCheck.Usage> DARI = UsageCheck.load("prs");

  private static List<String> codes(String target, Language language) {
    return CHECK.check(new Subject("The source.", target, language)).stream()
        .map(Finding::code)
        .toList();
  }

  /**
   * Every word of the list is flagged in a Dari sentence, with the Afghan word in the message; the
   * same sentence with the Afghan word is not flagged.
   */
  @TestFactory
  Stream<DynamicTest> everyListedWordIsFlaggedAndItsAfghanWordIsNot() {
    assertThat(DARI).hasSizeGreaterThanOrEqualTo(25);
    return DARI.values().stream()
        .map(
            u ->
                DynamicTest.dynamicTest(
                    u.avoid() + " → " + u.use(),
                    () -> {
                      List<Finding> found =
                          CHECK.check(
                              new Subject("The source.", "گزارش از " + u.avoid() + " رسید.", PRS));
                      assertThat(found)
                          .extracting(Finding::code)
                          .containsExactly("usage:" + u.avoid());
                      assertThat(found.getFirst().severity()).isEqualTo(Severity.WARNING);
                      assertThat(found.getFirst().message()).contains(u.use());
                      assertThat(codes("گزارش از " + u.use() + " رسید.", PRS)).isEmpty();
                    }));
  }

  /**
   * Whole words only: تفاوت holds اوت and is no match; a suffix after a zero-width non-joiner, a
   * diacritic, punctuation around the word and an Arabic ي still match, and so does a listed word
   * that holds a non-joiner itself (فن‌آوری).
   */
  @Test
  void wholeWordsMatchWithSuffixesAfterTheNonJoinerAndDiacritics() {
    assertThat(codes("تفاوت میان دو طرف زیاد است.", PRS)).isEmpty();
    assertThat(codes("مدیران شهرستانی آمدند.", PRS)).isEmpty();
    assertThat(codes("سامانه\u200cها خاموش شدند.", PRS)).containsExactly("usage:سامانه");
    assertThat(codes("در ماه اوتِ گذشته", PRS)).containsExactly("usage:اوت");
    assertThat(codes("(ارتش) و «پلیس»", PRS)).containsExactly("usage:ارتش", "usage:پلیس");
    assertThat(codes("اوت، اوت و باز اوت", PRS)).containsExactly("usage:اوت");
    assertThat(codes("فن\u200cآوری\u200cها پیشرفت کرد.", PRS))
        .containsExactly("usage:فن\u200cآوری");
    assertThat(codes("پليس آمد.", PRS)).containsExactly("usage:پلیس");
    assertThat(codes("می\u200cشود که بیاید.", PRS)).isEmpty();
  }

  /** Urdu and Pashto have no list: the same words there are not flagged. */
  @Test
  void languagesWithoutAListAreNotChecked() {
    assertThat(codes("اوت استان ارتش", Fixtures.LANGUAGES.require("ur"))).isEmpty();
    assertThat(codes("اوت استان ارتش", Fixtures.LANGUAGES.require("ps"))).isEmpty();
  }

  /** A malformed line is refused with its number, when the list is read. */
  @Test
  void aMalformedListIsRefusedWithItsLineNumber() {
    assertThatThrownBy(() -> UsageCheck.load("xx-broken"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 2");
  }

  /** The check runs with the others on Dari output (a warning, no error). */
  @Test
  void qualityChecksRunItOnDari() {
    Glossary glossary = Glossary.load(Path.of("glossary"), Fixtures.LANGUAGES);
    Subject s = new Subject("The talks ended in August.", "مذاکرات در اوت پایان یافت.", PRS);
    assertThat(new QualityChecks(glossary).run(s, List.of()))
        .extracting(Finding::code)
        .contains("usage:اوت");
  }

  /**
   * In random Dari text, a listed word is flagged exactly when it stands as a word of its own:
   * glued to letters before or after it, it never is.
   */
  @Property(tries = 400)
  void aListedWordIsFlaggedOnlyAsAWordOfItsOwn(
      @ForAll("words") String avoid,
      @ForAll("letters") String before,
      @ForAll("letters") String after,
      @ForAll("filler") String filler) {
    String glued = before + avoid + after;
    if (DARI.containsKey(glued)) {
      return; // the glued word happens to be a listed word itself
    }
    assertThat(codes(filler + " " + glued + " " + filler, PRS))
        .as(glued)
        .doesNotContain("usage:" + avoid);
    assertThat(codes(filler + " " + avoid + " " + filler, PRS)).contains("usage:" + avoid);
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.of(List.copyOf(DARI.keySet()));
  }

  /** One to three Dari letters, so a word glued to them is a different word. */
  @Provide
  Arbitrary<String> letters() {
    return Arbitraries.of("ا", "ب", "ت", "ن", "ی", "ه", "م", "س", "ک", "گ", "ر", "و")
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(l -> String.join("", l));
  }

  /** Dari words that are on no list. */
  @Provide
  Arbitrary<String> filler() {
    Arbitrary<String> word = Arbitraries.of("گزارش", "کابل", "ولایت", "مردم", "دیروز", "جلسه");
    return Combinators.combine(word, word).as((a, b) -> a + " " + b);
  }
}
