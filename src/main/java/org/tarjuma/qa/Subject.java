package org.tarjuma.qa;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.tarjuma.language.Language;
import org.tarjuma.segment.TaggedText;

/**
 * A translated segment to check, both sides in tagged form ({@code <1>…</1>}, {@code &lt;}).
 *
 * @param source the English source
 * @param target the translation
 * @param language the target language
 * @param dated the article's date, for the source's dates written without their year
 */
public record Subject(String source, String target, Language language, LocalDate dated) {

  public Subject {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(dated, "dated");
    target = target == null ? "" : target;
  }

  /** A subject dated today (UTC): a text that is part of no article. */
  public Subject(String source, String target, Language language) {
    this(source, target, language, LocalDate.now(ZoneOffset.UTC));
  }

  // A language is its code here: hashing the whole Language record (its lists and maps) on every
  // remembered check cost more than a check.
  @Override
  public boolean equals(Object other) {
    return other instanceof Subject s
        && source.equals(s.source)
        && target.equals(s.target)
        && language.code().equals(s.language.code())
        && dated.equals(s.dated);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, target, language.code(), dated);
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
