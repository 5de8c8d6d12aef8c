package org.tarjuma.engine;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * What an engine serves and what it takes in one request.
 *
 * @param type the provider type ({@code azure}, {@code deepl}...)
 * @param version what produced the translations, for cache keys: the model name or API version
 * @param languages our language codes it translates into, each with the provider's own code
 * @param limits how much one request may carry
 * @param html whether it takes HTML fragments (inline tags travel as {@code <span>}s)
 * @param glossary how it is made to use the glossary's forms
 * @param pricePerMillionChars what a million billed characters cost, in the operator's currency
 */
public record Capabilities(
    String type,
    String version,
    Map<String, String> languages,
    Limits limits,
    boolean html,
    GlossaryMechanism glossary,
    BigDecimal pricePerMillionChars) {

  public Capabilities {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(glossary, "glossary");
    languages = Map.copyOf(languages);
    version = version == null ? "" : version;
    pricePerMillionChars = pricePerMillionChars == null ? BigDecimal.ZERO : pricePerMillionChars;
  }

  /**
   * Each target language of the registry (every language but English) with the provider's code for
   * it, for adapters whose provider serves all three.
   */
  public static Map<String, String> targetCodes(
      org.tarjuma.language.Languages registry, String provider) {
    Map<String, String> codes = new java.util.LinkedHashMap<>();
    registry.all().stream()
        .filter(l -> !l.code().equals("en"))
        .forEach(l -> codes.put(l.code(), l.codeAt(provider)));
    return codes;
  }

  /** Whether it translates English into {@code lang} (one of our codes). */
  public boolean serves(String lang) {
    return languages.containsKey(lang);
  }

  /**
   * Limits of one request. Zero means no limit of that kind.
   *
   * @param maxItems texts per request
   * @param maxChars characters per request, summed over every text and, where {@code
   *     charsPerTarget}, multiplied by the number of targets (Azure counts so)
   * @param maxBytes UTF-8 bytes per request, summed over every text (DeepL's 128 KiB, Amazon's
   *     10,000 bytes of its one text)
   * @param maxTargets target languages per request (Azure takes several, most take one)
   * @param charsPerTarget whether {@code maxChars} counts once per target
   */
  public record Limits(
      int maxItems, int maxChars, int maxBytes, int maxTargets, boolean charsPerTarget) {

    public Limits {
      if (maxItems < 1 || maxTargets < 1 || maxChars < 0 || maxBytes < 0) {
        throw new IllegalArgumentException(
            "limits need at least one item and one target per request, and no negative size");
      }
    }

    /** One text into one target, of at most {@code maxBytes} UTF-8 bytes. */
    public static Limits single(int maxBytes) {
      return new Limits(1, 0, maxBytes, 1, false);
    }
  }

  /** How an engine is made to use the glossary's forms. */
  public enum GlossaryMechanism {
    /** Forms travel inside the text as markup the provider honours (Azure's dynamic dictionary). */
    INLINE_MARKUP,
    /** A glossary kept at the provider and named in each request (Google, Amazon). */
    RESOURCE,
    /** Forms are listed in the prompt (chat models). */
    PROMPT,
    /** Terms are replaced by placeholders the provider keeps, then by the forms. */
    MASKING,
    /** Nothing to enforce: approved human translations only. */
    NONE
  }
}
