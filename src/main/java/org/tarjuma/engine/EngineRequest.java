package org.tarjuma.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A batch of texts to translate from one source language into one or more targets.
 *
 * @param source our code of the source language ({@code en})
 * @param targets our codes of the targets, each served by the engine
 * @param type whether the texts are plain or carry HTML markup
 * @param items the texts, each already prepared for the engine's glossary mechanism
 */
public record EngineRequest(String source, List<String> targets, TextType type, List<Item> items) {

  public EngineRequest {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    targets = List.copyOf(targets);
    items = List.copyOf(items);
    if (targets.isEmpty() || items.isEmpty()) {
      throw new IllegalArgumentException("a request needs at least one target and one item");
    }
  }

  /** Characters of every item's text, as providers count them (UTF-16 units). */
  public long characters() {
    return items.stream().mapToLong(i -> i.text().length()).sum();
  }

  /** Whether the texts are plain or HTML fragments (inline tags as the segmenter left them). */
  public enum TextType {
    PLAIN,
    HTML
  }

  /**
   * One text.
   *
   * @param id the segment id, to match the answer
   * @param text what to send
   * @param terms glossary terms of the text with their required forms, for engines that take them
   *     in the prompt; empty for the others
   * @param original the text before masking or markup (what a person would read); the prompt engine
   *     sends it and the {@code terms}
   */
  public record Item(String id, String text, List<TermHint> terms, String original) {
    public Item {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      terms = terms == null ? List.of() : List.copyOf(terms);
      original = original == null ? text : original;
    }

    public Item(String id, String text) {
      this(id, text, List.of(), text);
    }
  }

  /**
   * A glossary term found in a text.
   *
   * @param source the term as it stands in the text
   * @param forms the form each target must use, in the English number
   * @param inflected the same form's other grammatical forms per target (oblique, plural, ezafe),
   *     for a sentence whose grammar needs one; empty for a form that does not inflect
   */
  public record TermHint(
      String source, Map<String, String> forms, Map<String, List<String>> inflected) {
    public TermHint {
      forms = Map.copyOf(forms);
      Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
      if (inflected != null) {
        inflected.forEach((lang, list) -> copy.put(lang, List.copyOf(list)));
      }
      inflected = java.util.Collections.unmodifiableMap(copy);
    }

    public TermHint(String source, Map<String, String> forms) {
      this(source, forms, Map.of());
    }
  }
}
