package org.tarjuma.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class FuzzyIndexTest {

  private static MemoryUnit unit(String lang, String source, String target) {
    return new MemoryUnit("en", lang, source, target, "approved", "amna", Instant.EPOCH);
  }

  @Test
  void offersSimilarSentencesBestFirstAndOnlyAboveTheThreshold() throws Exception {
    try (FuzzyIndex index = new FuzzyIndex()) {
      index.add(
          List.of(
              unit("ur", "The talks between the two countries ended on Monday.", "الف"),
              unit("ur", "The talks between the two countries ended on Sunday.", "ب"),
              unit("ur", "Heavy rain closed the roads in Kabul.", "ج"),
              unit("ps", "The talks between the two countries ended on Monday.", "د")),
          JdbcTranslationMemory::key);

      List<Suggestion> found =
          index.search("ur", "The talks between the two countries ended on Tuesday.", 0.75, 5);

      assertThat(found).extracting(Suggestion::target).containsExactlyInAnyOrder("الف", "ب");
      assertThat(found).allSatisfy(s -> assertThat(s.similarity()).isEqualTo(1 - 1.0 / 9));
      assertThat(index.search("ur", "Kabul was calm.", 0.75, 5)).isEmpty();
      assertThat(index.search("ur", "Heavy rain closed the roads in Kabul.", 0.75, 5))
          .singleElement()
          .satisfies(s -> assertThat(s.similarity()).isEqualTo(1.0));
    }
  }

  @Property(tries = 200)
  void similarityIsSymmetricBoundedAndOneOnlyForEqualSentences(
      @ForAll @Size(max = 12) List<@StringLength(min = 1, max = 3) String> a,
      @ForAll @Size(max = 12) List<@StringLength(min = 1, max = 3) String> b) {
    double ab = FuzzyIndex.similarity(a, b);
    assertThat(ab).isEqualTo(FuzzyIndex.similarity(b, a)).isBetween(0.0, 1.0);
    assertThat(ab == 1.0).isEqualTo(a.equals(b));
  }

  /** A stored sentence with k of its n words replaced is found with similarity 1 − k/n. */
  @Property(tries = 50)
  void findsASentenceWithAFewWordsChanged(
      @ForAll @IntRange(min = 8, max = 20) int n, @ForAll @IntRange(min = 0, max = 2) int k)
      throws Exception {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      words.add("word" + i);
    }
    List<String> changed = new ArrayList<>(words);
    for (int i = 0; i < k; i++) {
      changed.set(i * 3, "other" + i);
    }
    try (FuzzyIndex index = new FuzzyIndex()) {
      index.add(List.of(unit("prs", String.join(" ", words), "ترجمه")), JdbcTranslationMemory::key);
      List<Suggestion> found = index.search("prs", String.join(" ", changed), 0.75, 5);
      assertThat(found)
          .singleElement()
          .satisfies(s -> assertThat(s.similarity()).isEqualTo(1.0 - (double) k / n));
    }
  }
}
