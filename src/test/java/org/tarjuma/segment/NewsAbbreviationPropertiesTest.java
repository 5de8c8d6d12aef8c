package org.tarjuma.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random news sentences around the South Asian abbreviations of {@code en.rules}. */
class NewsAbbreviationPropertiesTest {

  private static final SplitRules EN = SplitRules.load("en");

  /** Abbreviations that end no sentence by themselves, as news copy writes them. */
  private static final List<String> NEVER_ALONE =
      List.of("vs.", "Govt.", "Dept.", "Rs.", "Afs.", "Lt.", "Col.", "Brig.", "Maj.", "Gen.");

  /** What may follow them inside a sentence: names and nouns, numbers, lower-case words. */
  private static final List<String> FOLLOWERS =
      List.of(
          "India",
          "Officials",
          "Secretary",
          "Ahmed",
          "Quetta",
          "Kandahar",
          "Khan",
          "State",
          "Three",
          "Punjab",
          "Khyber",
          "Sharif",
          "500",
          "1,200",
          "12.5",
          "crore",
          "officials",
          "the");

  private static final List<String> WORDS =
      List.of(
          "the",
          "border",
          "talks",
          "in",
          "Kabul",
          "Islamabad",
          "said",
          "on",
          "Monday",
          "army",
          "ceasefire",
          "officials",
          "Pakistan",
          "Taliban",
          "near",
          "Chaman",
          "held",
          "were");

  /**
   * One sentence whatever surrounds the abbreviation, when what follows it is a name, a noun, a
   * number or a lower-case word (no sentence starter).
   */
  @Property(tries = 500)
  void anAbbreviationBeforeANameOrNumberEndsNoSentence(@ForAll("sentences") String sentence) {
    assertThat(SentenceSplitterTest.split("en", sentence)).as(sentence).hasSize(1);
  }

  /**
   * Two sentences when a sentence starter follows Govt., Dept., vs. or a currency at a sentence's
   * end.
   */
  @Property(tries = 300)
  void anAbbreviationBeforeASentenceStarterEndsTheSentence(
      @ForAll("twoSentences") List<String> sentences) {
    assertThat(SentenceSplitterTest.split("en", String.join(" ", sentences)))
        .as(String.join(" ", sentences))
        .containsExactlyElementsOf(sentences);
  }

  @Provide
  Arbitrary<String> sentences() {
    Arbitrary<String> before =
        Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(6).map(this::words);
    Arbitrary<String> after =
        Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(6).map(this::words);
    return Combinators.combine(
            before, Arbitraries.of(NEVER_ALONE), Arbitraries.of(FOLLOWERS), after)
        .as(
            (b, abbreviation, follower, a) ->
                capitalized(b) + " " + abbreviation + " " + follower + " " + a + ".");
  }

  @Provide
  Arbitrary<List<String>> twoSentences() {
    Arbitrary<String> first =
        Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(6).map(this::words);
    Arbitrary<String> second =
        Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(6).map(this::words);
    Arbitrary<String> starter =
        Arbitraries.of(
            EN.sentenceStarters().stream()
                .filter(w -> !w.equals("I") && !w.equals("A"))
                .sorted()
                .toList());
    return Combinators.combine(
            first, Arbitraries.of("vs.", "Govt.", "Dept.", "Rs.", "Afs."), starter, second)
        .as(
            (f, abbreviation, s, rest) ->
                List.of(capitalized(f) + " " + abbreviation, s + " " + rest + "."));
  }

  private String words(List<String> words) {
    return String.join(" ", words);
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
