package org.tarjuma.engine;

import java.util.List;
import java.util.Objects;

/**
 * What an engine answered.
 *
 * @param translations one per item and target it produced
 * @param billedCharacters characters the provider bills for this request (what was sent, once per
 *     target where it charges so); zero for engines that call nobody
 */
public record EngineResult(List<Translated> translations, long billedCharacters) {

  public EngineResult {
    translations = List.copyOf(translations);
  }

  /** One item in one target language. */
  public record Translated(String itemId, String target, String text) {
    public Translated {
      Objects.requireNonNull(itemId, "itemId");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(text, "text");
    }
  }
}
