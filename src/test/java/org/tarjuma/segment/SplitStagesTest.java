package org.tarjuma.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The sentence-splitting stages one by one. */
class SplitStagesTest {

  private static final SplitRules EN = SplitRules.load("en");

  @Test
  void rulesFileLoadsItsSections() {
    assertThat(EN.titles()).contains("Mr", "Gen", "Lt", "Gov", "Maj", "Dr");
    assertThat(EN.isAbbreviation("Jan")).isTrue();
    assertThat(EN.isAbbreviation("NO")).isTrue();
    assertThat(EN.endsBeforeCapital()).containsExactlyInAnyOrder("A.M", "P.M");
    assertThat(EN.sentenceStarters()).contains("The", "How", "I");
    assertThat(SplitRules.load("xx").titles()).isEmpty();
  }

  @Test
  void falseBreaksAfterTitlesAndBeforeNumbersAndLowerCase() {
    FalseBreaks rules = new FalseBreaks(EN);
    assertThat(rules.keep("Gen. Munir spoke.", 5, null)).isFalse();
    assertThat(rules.keep("See No. 5 here.", 8, null)).isFalse();
    assertThat(rules.keep("Yahoo! is here.", 7, null)).isFalse();
    assertThat(rules.keep("It ended. Then more.", 10, null)).isTrue();
    assertThat(rules.keep("In the U.S. The end.", 12, null)).isTrue();
    assertThat(rules.keep("In the U.S. Army camp.", 12, null)).isFalse();
    assertThat(rules.keep("And so . . . It went.", 12, null)).isFalse();
  }

  @Test
  void missingBreaksOnlyBetweenWords() {
    List<Integer> found = new ArrayList<>();
    new MissingBreaks(EN)
        .find(
            "Hello world.Today we met.Mr. Khan wrote to a.b@Site.Com and www.dawn.Com.",
            found::add);
    assertThat(found).containsExactly(12, 25);
  }

  @Test
  void listItemsOnlyWhenTheBlockStartsWithAMarkerAndInSequence() {
    ListItems list = ListItems.find("1. First item 2. Second item 4. Not next 3. Third");
    assertThat(list).isNotNull();
    assertThat(list.starts()).containsExactly(14, 41);
    assertThat(list.isMarkerEnd(2)).isTrue();
    assertThat(ListItems.find("In 2021. 2 people left. 3. Then")).isNull();
    assertThat(ListItems.find("• One • Two").starts()).containsExactly(6);
  }

  @Test
  void tokensAroundAnOffset() {
    assertThat(Tokens.before("said (Mr. Khan", 8)).isEqualTo("Mr");
    assertThat(Tokens.wordAt("“How about", 0)).isEqualTo("How");
    assertThat(Tokens.afterGluedPeriod("Tuesday.Mr")).isEqualTo("Mr");
    assertThat(Tokens.afterGluedPeriod("U.S")).isEqualTo("U.S");
    assertThat(Tokens.looksLikeAddress("desk@dawn.com")).isTrue();
  }

  @Property
  void multiPeriodFormsAreLettersJoinedByPeriods(
      @ForAll @AlphaChars @StringLength(min = 2, max = 6) String letters) {
    String joined = String.join(".", letters.split(""));
    assertThat(Tokens.isMultiPeriod(joined)).isTrue();
    assertThat(Tokens.isMultiPeriod(letters)).isFalse();
    assertThat(Tokens.isMultiPeriod(joined + ".")).isFalse();
  }
}
