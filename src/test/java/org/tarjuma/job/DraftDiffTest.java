package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tarjuma.job.DraftDiff.Kind;
import org.tarjuma.job.DraftDiff.Part;

class DraftDiffTest {

  @Test
  void anUnchangedDraftHasNoParts() {
    assertThat(DraftDiff.of("آگے کا راستہ غیر یقینی ہے۔", "آگے کا راستہ غیر یقینی ہے۔")).isEmpty();
  }

  @Test
  void wordsRemovedAndAddedAreMarkedAndTheRestKeptInReadingOrder() {
    assertThat(DraftDiff.of("آگے کا راستہ غیر یقینی ہے۔", "آگے کا راستہ یقینی ہے۔"))
        .containsExactly(
            new Part(Kind.SAME, "آگے کا راستہ "),
            new Part(Kind.REMOVED, "غیر "),
            new Part(Kind.SAME, "یقینی ہے۔"));
    assertThat(DraftDiff.of("راستہ غیر یقینی ہے۔", "تاہم راستہ غیر یقینی ہے۔"))
        .containsExactly(new Part(Kind.ADDED, "تاہم "), new Part(Kind.SAME, "راستہ غیر یقینی ہے۔"));
  }

  @Test
  void anEmptiedTextRemovesEveryWord() {
    assertThat(DraftDiff.of("آگے کا راستہ", ""))
        .containsExactly(new Part(Kind.REMOVED, "آگے کا راستہ"));
  }
}
