package org.tarjuma.glossary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One concept of the glossary: its English terms and its approved forms per target language.
 * Immutable. Missing lists and notes read as empty; what an entry must hold is checked when it is
 * saved (see {@code EntryRules}), with messages that name the field.
 *
 * @param id stable id, e.g. {@code durand-line}
 * @param revision how many times it was changed, from 1
 * @param english the English side
 * @param targets the forms per target language code ({@code ur}, {@code ps}, {@code prs})
 */
public record Entry(String id, int revision, English english, Map<String, Forms> targets) {

  public Entry {
    targets = targets == null ? Map.of() : Map.copyOf(targets);
  }

  /**
   * The forms a translation into {@code lang} must use; empty when the entry has no form there, or
   * only a deprecated or blank one.
   */
  public Optional<Forms> required(String lang) {
    Forms forms = targets.get(lang);
    return forms == null || forms.status() == Status.DEPRECATED || forms.preferred().isBlank()
        ? Optional.empty()
        : Optional.of(forms);
  }

  /**
   * The English side of an entry.
   *
   * @param preferred the preferred term
   * @param variants other ways the same concept is written (TTP, Pakistani Taliban)
   * @param partOfSpeech e.g. {@code properNoun}; may be empty
   * @param domains subject fields, e.g. {@code armed-groups}
   * @param note definition or note for translators, with sources; may be empty
   */
  public record English(
      SourceTerm preferred,
      List<SourceTerm> variants,
      String partOfSpeech,
      List<String> domains,
      String note) {
    public English {
      variants = variants == null ? List.of() : List.copyOf(variants);
      domains = domains == null ? List.of() : List.copyOf(domains);
      partOfSpeech = partOfSpeech == null ? "" : partOfSpeech;
      note = note == null ? "" : note;
    }

    /** The preferred term, then the variants. */
    public List<SourceTerm> all() {
      return java.util.stream.Stream.concat(
              java.util.stream.Stream.of(preferred), variants.stream())
          .toList();
    }
  }

  /**
   * An English term and its case rule: acronyms match case-sensitively (ISPR, not "ispr"), names do
   * not.
   */
  public record SourceTerm(String text, boolean caseSensitive) {}

  /**
   * The forms of an entry in one target language.
   *
   * @param preferred the form every translation must use
   * @param variants forms also allowed
   * @param forbidden forms never to use, each with its reason
   * @param doNotTranslate keep the English (Latin) form
   * @param status whether the forms are proposed, approved or deprecated
   * @param note source or remark; may be empty
   */
  public record Forms(
      String preferred,
      List<String> variants,
      List<Forbidden> forbidden,
      boolean doNotTranslate,
      Status status,
      String note) {
    public Forms {
      variants = variants == null ? List.of() : List.copyOf(variants);
      forbidden = forbidden == null ? List.of() : List.copyOf(forbidden);
      status = status == null ? Status.PROPOSED : status;
      note = note == null ? "" : note;
    }
  }

  /** A form never to use, and why. */
  public record Forbidden(String form, String reason) {}

  /** How far a target form has come. */
  public enum Status {
    PROPOSED,
    APPROVED,
    DEPRECATED
  }
}
