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

  /**
   * The position of an item whose id is its position in a request of {@code size} items (as the
   * queue and the memory lookup number them); -1 for any other id, so a provider's stray or mangled
   * id is ignored, never trusted.
   */
  static int position(String itemId, int size) {
    try {
      int i = Integer.parseInt(itemId);
      return i >= 0 && i < size ? i : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** One item in one target language. */
  public record Translated(String itemId, String target, String text, List<String> flags) {
    public Translated {
      Objects.requireNonNull(itemId, "itemId");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(text, "text");
      flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** A translation with nothing to flag. */
    public Translated(String itemId, String target, String text) {
      this(itemId, target, text, List.of());
    }
  }
}
