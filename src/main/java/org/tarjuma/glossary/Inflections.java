package org.tarjuma.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One target language's grammar of glossary terms: the paradigm of each form (the language's rules
 * from {@code glossary/<lang>.paradigm}, with what a curator set for the entry on top), and the
 * cell a sentence needs where a term goes (the words before and after it, the English number).
 * Immutable; one per language.
 */
public final class Inflections {

  private static final Map<String, Inflections> BY_LANG =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final InflectionRules rules;

  /**
   * What the rules make of each form, kept: every segment sent to an engine asks again for its
   * terms' paradigms. Glossary forms are few; the bound is for forms from imported files.
   */
  private final com.github.benmanes.caffeine.cache.Cache<String, Map<String, List<String>>>
      generated =
          com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(20_000).build();

  private Inflections(InflectionRules rules) {
    this.rules = rules;
  }

  /** The grammar of {@code lang}. */
  public static Inflections of(String lang) {
    return BY_LANG.computeIfAbsent(lang, l -> new Inflections(InflectionRules.of(l)));
  }

  /** The language's cells, in order. */
  public List<String> cells() {
    return rules.cells();
  }

  /**
   * Whether {@code form} of {@code entry} inflects: as its curator set, else names (part of speech
   * {@code properNoun}) do not and other terms do.
   */
  public boolean inflects(Entry entry, Entry.Forms forms, String form) {
    return switch (forms.paradigm(form).inflects()) {
      case INFLECTS -> true;
      case INVARIANT -> false;
      case RULES -> !entry.english().partOfSpeech().equals("properNoun");
    };
  }

  /** What the rules alone make of {@code form}, by cell. */
  public Map<String, List<String>> generated(String form) {
    return generated.get(form, f -> java.util.Collections.unmodifiableMap(rules.generate(f)));
  }

  /** The paradigm of {@code form} of {@code entry}: the rules' cells with the curator's on top. */
  public TermForms forms(Entry entry, Entry.Forms forms, String form) {
    Entry.Paradigm set = forms.paradigm(form);
    if (!inflects(entry, forms, form)) {
      return TermForms.invariant(form);
    }
    Map<String, List<String>> cells = new LinkedHashMap<>(generated(form));
    set.cells()
        .forEach(
            (cell, values) -> {
              if (values.isEmpty()) {
                cells.remove(cell);
              } else {
                cells.put(cell, values);
              }
            });
    return new TermForms(form, cells);
  }

  /**
   * What a file says of {@code form}'s grammar, less what the rules already make: cells equal to
   * the rules' are dropped, so a paradigm exported whole reads back as the curator's part alone.
   */
  public Entry.Paradigm curated(
      String form, Entry.Inflects inflects, Map<String, List<String>> cells) {
    Map<String, List<String>> generated = generated(form);
    Map<String, List<String>> own = new LinkedHashMap<>();
    cells.forEach(
        (cell, forms) -> {
          boolean same =
              forms.isEmpty() ? !generated.containsKey(cell) : forms.equals(generated.get(cell));
          if (!same) {
            own.put(cell, forms);
          }
        });
    return new Entry.Paradigm(inflects, own);
  }

  /** {@code form} as written when its first word governs it again (Pashto د پاکستان د پوځ). */
  public java.util.Optional<String> governed(String form) {
    return rules.governed(form.strip().split("\\s+"));
  }

  /**
   * Whether {@code word} may stand between a term and the word that decides its case (Urdu ہی,
   * بھی), so the word after it decides.
   */
  public boolean passesOver(String word) {
    return rules.list("pass-over").contains(word);
  }

  /** Whether {@code cell} is one of this language's. */
  public boolean isCell(String cell) {
    return rules.cells().contains(cell);
  }

  /**
   * The cell a term needs where it stands in a sentence.
   *
   * @param before the word just before it, or null (punctuation, start)
   * @param after the word just after it, or null
   * @param plural whether the English term is plural
   */
  public String cell(String before, String after, boolean plural) {
    boolean oblique =
        (before != null && rules.list("oblique-before").contains(before))
            || (after != null && rules.list("oblique-after").contains(after));
    boolean ezafe = after != null && !rules.list("ezafe").isEmpty() && modifies(after);
    List<String> candidates = new ArrayList<>();
    for (String cell : rules.cells()) {
      if (in("plural", cell) == plural
          && in("oblique", cell) == oblique
          && in("ezafe", cell) == ezafe) {
        candidates.add(cell);
      }
    }
    return candidates.isEmpty() ? rules.cells().get(0) : candidates.get(0);
  }

  /**
   * The form of {@code forms} a sentence needs there; when that cell does not exist (a plural-only
   * term in a singular context), the same case in the other number, else the base form.
   */
  public String choose(TermForms forms, String before, String after, boolean plural) {
    if (forms.cells().isEmpty()) {
      return governedBy(before, forms.base());
    }
    String cell = cell(before, after, plural);
    String other = cell(before, after, !plural);
    String chosen =
        forms.cells().containsKey(cell)
            ? forms.write(cell)
            : forms.cells().containsKey(other) ? forms.write(other) : forms.base();
    return governedBy(before, chosen);
  }

  /**
   * A term that begins with the word the sentence puts before it (Pashto د before د پاکستان پوځ)
   * takes it again before its head, and the sentence's word stands for its first: پاکستان د پوځ.
   */
  private String governedBy(String before, String form) {
    if (before == null || !form.startsWith(before + " ")) {
      return form;
    }
    return rules.governed(form.split(" ")).map(g -> g.substring(before.length() + 1)).orElse(form);
  }

  private boolean in(String group, String cell) {
    return rules.list(group).contains(cell);
  }

  /** Whether a word after a term modifies it (Dari: then the term takes the ezafe). */
  private boolean modifies(String word) {
    Set<String> not = rules.list("no-modifier-after");
    return !not.contains(word) && !word.startsWith("می\u200C") && !word.startsWith("نمی\u200C");
  }
}
