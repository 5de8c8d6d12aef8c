package org.tarjuma.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tarjuma.testing.Fixtures;

/** Running ICU only around terminators finds exactly the boundaries a full ICU pass finds. */
class IcuBoundariesTest {

  private static final String ALPHABET =
      "aZbYc dE.?!.…,;:'\"”“’‘()[]«»0123456789$%-—\u00A0\n\r\t۔؟،؛ابپتکیہےټډړښ\u200C\u2029\u0085\u3002\uFF0E\u0589";

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(120),
        Arbitraries.of(
                "Mr", "U.S", "the", "TTP", "3.5", "A", "i", "پاکستان", "...", ". . .", "“Yes.”",
                "(No.)", "e.g")
            .list()
            .ofMaxSize(30)
            .map(words -> String.join(" ", words) + "."));
  }

  @Property(tries = 2000)
  void sameBoundariesAsFullIcu(@ForAll("texts") String text) {
    for (String lang : new String[] {"en", "ur"}) {
      BreakIterator full = BreakIterator.getSentenceInstance(new ULocale(lang));
      full.setText(text);
      List<Integer> expected = new ArrayList<>();
      for (int b = full.next(); b != BreakIterator.DONE; b = full.next()) {
        if (b < text.length()) {
          expected.add(b);
        }
      }
      List<Integer> actual = new ArrayList<>();
      IcuBoundaries.find(text, BreakIterator.getSentenceInstance(new ULocale(lang)), actual::add);
      assertThat(actual).as("boundaries of %s", text).isEqualTo(expected);
    }
  }

  @Property(tries = 50)
  void sameBoundariesOnTheSeed(@ForAll("offsets") int offset) {
    String seed = Fixtures.seedArticle().substring(offset);
    BreakIterator full = BreakIterator.getSentenceInstance();
    full.setText(seed);
    List<Integer> expected = new ArrayList<>();
    for (int b = full.next(); b != BreakIterator.DONE && b < seed.length(); b = full.next()) {
      expected.add(b);
    }
    List<Integer> actual = new ArrayList<>();
    IcuBoundaries.find(seed, BreakIterator.getSentenceInstance(), actual::add);
    assertThat(actual).isEqualTo(expected);
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(0, Fixtures.seedArticle().length() - 1);
  }
}
