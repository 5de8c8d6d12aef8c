package org.tarjuma.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A job keeps an engine's target as the draft, a cached engine answer too, and no target none. */
class DraftTest extends ReviewPages {

  @Test
  void anEnginesTargetAndACachedOneAreDraftsAndNoTargetIsNone() {
    String sentence = "The army said the road to the north stayed closed for a week.";
    String first = submit(sentence, "ur", "prs");
    JobSegments.Stored engine = row(first, "ur", 0);
    assertThat(engine.segment().origin()).isEqualTo("engine");
    assertThat(engine.draft()).isEqualTo(engine.segment().target()).isNotBlank();
    assertThat(row(first, "prs", 0).draft()).isNull();

    String second = submit(sentence, "ur");
    JobSegments.Stored cached = row(second, "ur", 0);
    assertThat(cached.segment().origin()).isEqualTo("cache");
    assertThat(cached.draft()).isEqualTo(engine.segment().target());
  }
}
