package org.tarjuma.language;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One language Tarjuma reads or writes, with the facts the pipeline depends on. Immutable and
 * thread-safe; instances come from {@link Languages}.
 *
 * @param code the BCP 47 code Tarjuma uses everywhere ({@code en}, {@code ur}, {@code ps}, {@code
 *     prs})
 * @param name the English name
 * @param nativeName the name in the language itself
 * @param aliases other codes and names accepted for it, matched ignoring case
 * @param script the ISO 15924 script code ({@code Latn}, {@code Arab})
 * @param direction the writing direction
 * @param sentenceTerminals the punctuation that may end a sentence
 * @param fullStop the sentence-final mark a well-formed sentence ends with
 * @param digits the digit sets in use, the outlets' usual choice first
 * @param letters the letter replacements of its script normalizer (from → to)
 * @param providerCodes each translation provider's own code for it, where it differs or must be
 *     stated; a provider not listed uses {@link #code()}
 */
public record Language(
    String code,
    String name,
    String nativeName,
    List<String> aliases,
    String script,
    Direction direction,
    List<String> sentenceTerminals,
    String fullStop,
    List<DigitSet> digits,
    Map<String, String> letters,
    Map<String, String> providerCodes) {

  public Language {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(direction, "direction");
    // Ordered as in the data file, so the API answers the same way every time.
    aliases = List.copyOf(aliases);
    sentenceTerminals = List.copyOf(sentenceTerminals);
    digits = List.copyOf(digits);
    letters = Collections.unmodifiableMap(new LinkedHashMap<>(letters));
    providerCodes = Collections.unmodifiableMap(new LinkedHashMap<>(providerCodes));
  }

  /** The code the named provider (an engine type such as {@code amazon}) uses for this language. */
  public String codeAt(String provider) {
    return providerCodes.getOrDefault(provider, code);
  }

  /** True for Arabic-script languages written right to left. */
  public boolean rightToLeft() {
    return direction == Direction.RTL;
  }
}
