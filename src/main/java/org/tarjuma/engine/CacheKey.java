package org.tarjuma.engine;

import java.util.List;
import org.apache.commons.codec.digest.DigestUtils;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.glossary.TermMatch;
import org.tarjuma.segment.SentenceKey;

/**
 * The segment cache's key for a segment translated into one language by one engine: the SHA-256
 * (hex) of the normalized tagged source ({@link SentenceKey}), the language, the engine's name and
 * version, and the forms in that language of only the glossary entries found in the sentence.
 *
 * <p>Invalidation is by key, never by eviction: editing the Urdu form of ISPR changes the keys of
 * the Urdu sentences that contain ISPR, so exactly those miss and are translated again; every other
 * key stays as it was. A new engine version misses likewise. Entries under keys nobody asks for any
 * more age out of the in-process cache and stay in the table.
 */
final class CacheKey {

  private CacheKey() {}

  /**
   * The key; never null.
   *
   * @param tagged the segment in tagged form
   * @param terms the glossary terms found in the segment's text
   */
  static String of(
      String tagged,
      List<TermMatch> terms,
      String lang,
      String engine,
      String version,
      Glossary glossary) {
    StringBuilder key =
        new StringBuilder(SentenceKey.normalize(tagged))
            .append('\u0000')
            .append(lang)
            .append('\u0000')
            .append(engine)
            .append('\u0000')
            .append(version);
    terms.stream()
        .map(TermMatch::entryId)
        .distinct()
        .sorted()
        .forEach(
            id ->
                key.append('\u0000')
                    .append(id)
                    .append('=')
                    .append(
                        glossary
                            .find(id)
                            .map(e -> String.valueOf(e.targets().get(lang)))
                            .orElse("-")));
    return DigestUtils.sha256Hex(key.toString());
  }
}
