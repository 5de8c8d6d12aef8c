package org.tarjuma.glossary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.tarjuma.web.Limits;
import org.tarjuma.web.Problems;

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

    /**
     * Whether {@code found}, the text one of these terms was found as, is its plural: its last word
     * is a term's last word with s, es, or ies for y (militants, and refugees even where "refugees"
     * is listed too; sanctuaries); a term with no singular among the terms (United Nations, talks)
     * is no plural.
     */
    public boolean plural(String found) {
      String last = lastWord(found).replaceAll("(?i)['’]s?$", "");
      String lower = last.toLowerCase(Locale.ROOT);
      for (SourceTerm term : all()) {
        String word = lastWord(term.text()).toLowerCase(Locale.ROOT);
        if (lower.equals(word + "s")
            || lower.equals(word + "es")
            || (word.endsWith("y") && lower.equals(word.substring(0, word.length() - 1) + "ies"))) {
          return true;
        }
      }
      return false;
    }

    private static String lastWord(String text) {
      String stripped = text.strip();
      int space = Math.max(stripped.lastIndexOf(' '), stripped.lastIndexOf('-'));
      return stripped.substring(space + 1);
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
   * @param paradigms what a curator set for a form's grammar, by form (the preferred one, a variant
   *     or a forbidden one); a form without one inflects by its language's rules ({@link
   *     Inflections})
   */
  public record Forms(
      String preferred,
      List<String> variants,
      List<Forbidden> forbidden,
      boolean doNotTranslate,
      Status status,
      String note,
      Map<String, Paradigm> paradigms) {
    public Forms {
      variants = variants == null ? List.of() : List.copyOf(variants);
      forbidden = forbidden == null ? List.of() : List.copyOf(forbidden);
      status = status == null ? Status.PROPOSED : status;
      note = note == null ? "" : note;
      paradigms = paradigms == null ? Map.of() : Map.copyOf(paradigms);
    }

    /** Forms whose grammar the language's rules decide alone. */
    public Forms(
        String preferred,
        List<String> variants,
        List<Forbidden> forbidden,
        boolean doNotTranslate,
        Status status,
        String note) {
      this(preferred, variants, forbidden, doNotTranslate, status, note, Map.of());
    }

    /** The preferred form, then the variants. */
    public List<String> allowed() {
      return java.util.stream.Stream.concat(
              java.util.stream.Stream.of(preferred), variants.stream())
          .toList();
    }

    /** What a curator set for {@code form}; an empty paradigm when nothing. */
    public Paradigm paradigm(String form) {
      return paradigms.getOrDefault(form, Paradigm.RULES);
    }

    /** These forms with {@code paradigm} set for {@code form} (removed when it sets nothing). */
    public Forms withParadigm(String form, Paradigm paradigm) {
      Map<String, Paradigm> next = new java.util.LinkedHashMap<>(paradigms);
      if (paradigm == null || paradigm.setsNothing()) {
        next.remove(form);
      } else {
        next.put(form, paradigm);
      }
      return new Forms(preferred, variants, forbidden, doNotTranslate, status, note, next);
    }
  }

  /**
   * What a curator decided about one target form's grammar; the rest comes from the language's
   * rules.
   *
   * @param inflects whether the form inflects: {@code INFLECTS}, {@code INVARIANT}, or {@code
   *     RULES} for the default (names invariant, other terms inflected)
   * @param cells forms set by hand, by cell ({@code sg.obl}, {@code pl}, {@code pl.ez}…), each a
   *     list of alternatives, the first the one Tarjuma writes; they replace the rules' forms of
   *     that cell
   */
  public record Paradigm(Inflects inflects, Map<String, List<String>> cells) {

    /** Nothing set: the rules decide. */
    public static final Paradigm RULES = new Paradigm(Inflects.RULES, Map.of());

    public Paradigm {
      inflects = inflects == null ? Inflects.RULES : inflects;
      Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
      if (cells != null) {
        cells.forEach(
            (cell, forms) -> copy.put(cell, forms == null ? List.of() : List.copyOf(forms)));
      }
      cells = java.util.Collections.unmodifiableMap(copy);
    }

    /** Whether it sets nothing. */
    public boolean setsNothing() {
      return inflects == Inflects.RULES && cells.isEmpty();
    }
  }

  /** Whether a form inflects. */
  public enum Inflects {
    RULES,
    INFLECTS,
    INVARIANT
  }

  /** A form never to use, and why. */
  public record Forbidden(String form, String reason) {}

  /** How far a target form has come. */
  public enum Status {
    PROPOSED,
    APPROVED,
    DEPRECATED;

    /**
     * The status named {@code name} in any case, blanks around it ignored.
     *
     * @throws org.springframework.web.ErrorResponseException a 400 that lists the statuses, for any
     *     other name
     */
    public static Status parse(String name) {
      try {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw Problems.of(
            HttpStatus.BAD_REQUEST,
            "Unknown status",
            "Unknown status '"
                + Limits.shown(name)
                + "'. Accepted: proposed, approved, deprecated.");
      }
    }
  }
}
