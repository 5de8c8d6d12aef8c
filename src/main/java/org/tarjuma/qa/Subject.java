package org.tarjuma.qa;

import java.util.Objects;
import org.tarjuma.language.Language;
import org.tarjuma.segment.TaggedText;

/**
 * A translated segment to check, both sides in tagged form ({@code <1>…</1>}, {@code &lt;}).
 *
 * @param source the English source
 * @param target the translation
 * @param language the target language
 */
public record Subject(String source, String target, Language language) {

  public Subject {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(language, "language");
    target = target == null ? "" : target;
  }

  // A language is its code here: hashing the whole Language record (its lists and maps) on every
  // remembered check cost more than a check.
  @Override
  public boolean equals(Object other) {
    return other instanceof Subject s
        && source.equals(s.source)
        && target.equals(s.target)
        && language.code().equals(s.language.code());
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, target, language.code());
  }

  /** The source as a reader sees it: tags removed, entities resolved. */
  public String plainSource() {
    return TaggedText.plain(source);
  }

  /** The target as a reader sees it. */
  public String plainTarget() {
    return TaggedText.plain(target);
  }
}
