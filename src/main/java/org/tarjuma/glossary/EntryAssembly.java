package org.tarjuma.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the term sections of one concept, as a file has them, into an {@link Entry}. */
final class EntryAssembly {

  private static final String PREFERRED = "preferredTerm-admn-sts";
  private static final String DEPRECATED = "deprecatedTerm-admn-sts";
  private static final String SUPERSEDED = "supersededTerm-admn-sts";

  private EntryAssembly() {}

  static Entry entry(
      String id,
      List<String> domains,
      String definition,
      Map<String, List<TbxReader.TermSec>> languages,
      String where,
      int line) {
    List<TbxReader.TermSec> english = languages.get("en");
    if (english == null || english.isEmpty()) {
      throw new GlossaryFileException(where, line, "entry '" + id + "' has no English term");
    }
    TbxReader.TermSec preferred = preferred(english);
    List<Entry.SourceTerm> variants = new ArrayList<>();
    for (TbxReader.TermSec term : english) {
      if (term != preferred) {
        variants.add(source(term));
      }
    }
    Entry.English side =
        new Entry.English(
            source(preferred), variants, preferred.property("partOfSpeech"), domains, definition);
    Map<String, Entry.Forms> targets = new LinkedHashMap<>();
    languages.forEach(
        (lang, terms) -> {
          if (!lang.equals("en")) {
            targets.put(lang, forms(lang, terms, where));
          }
        });
    return new Entry(id, 1, side, targets);
  }

  private static TbxReader.TermSec preferred(List<TbxReader.TermSec> terms) {
    return terms.stream()
        .filter(t -> t.property("administrativeStatus").equals(PREFERRED))
        .findFirst()
        .orElse(terms.get(0));
  }

  private static Entry.SourceTerm source(TbxReader.TermSec term) {
    String type = term.property("termType");
    return new Entry.SourceTerm(term.text, type.equals("acronym") || type.equals("abbreviation"));
  }

  private static Entry.Forms forms(String lang, List<TbxReader.TermSec> all, String where) {
    // Terms that are a grammatical form of another (x-inflectionOf) make that one's paradigm.
    List<TbxReader.TermSec> terms = new ArrayList<>();
    Map<String, Map<String, List<String>>> cells = new LinkedHashMap<>();
    for (TbxReader.TermSec term : all) {
      String of = term.property("x-inflectionOf");
      if (of.isEmpty()) {
        terms.add(term);
        continue;
      }
      String cell = term.property("x-paradigmCell");
      requireCell(
          lang,
          cell,
          "the " + lang + " form '" + term.text + "' needs an x-paradigmCell",
          where,
          term.line);
      cells
          .computeIfAbsent(of, k -> new LinkedHashMap<>())
          .computeIfAbsent(cell, k -> new ArrayList<>())
          .add(term.text);
    }
    if (terms.isEmpty()) {
      throw new GlossaryFileException(
          where, all.get(0).line, "the " + lang + " forms hold only inflections of other forms");
    }
    TbxReader.TermSec preferred = preferred(terms);
    List<String> variants = new ArrayList<>();
    List<Entry.Forbidden> forbidden = new ArrayList<>();
    Map<String, Entry.Paradigm> paradigms = new LinkedHashMap<>();
    for (TbxReader.TermSec term : terms) {
      if (term.property("administrativeStatus").equals(DEPRECATED)) {
        forbidden.add(new Entry.Forbidden(term.text, term.note));
      } else if (term != preferred) {
        variants.add(term.text);
      }
      Entry.Inflects inflects =
          switch (term.property("x-inflection")) {
            case "inflects" -> Entry.Inflects.INFLECTS;
            case "invariant" -> Entry.Inflects.INVARIANT;
            default -> Entry.Inflects.RULES;
          };
      Map<String, List<String>> own = new LinkedHashMap<>(cells.getOrDefault(term.text, Map.of()));
      for (String missing : term.property("x-missingCells").split("\\s+")) {
        if (missing.isEmpty()) {
          continue;
        }
        requireCell(
            lang,
            missing,
            "x-missingCells names '" + missing + "', not a " + lang + " cell",
            where,
            term.line);
        own.put(missing, List.of());
      }
      Entry.Paradigm paradigm = Inflections.of(lang).curated(term.text, inflects, own);
      if (!paradigm.setsNothing()) {
        paradigms.put(term.text, paradigm);
      }
    }
    for (String of : cells.keySet()) {
      if (terms.stream().noneMatch(t -> t.text.equals(of))) {
        throw new GlossaryFileException(
            where, all.get(0).line, "'" + of + "' has inflections but is no " + lang + " term");
      }
    }
    return new Entry.Forms(
        preferred.text,
        variants,
        forbidden,
        preferred.property("doNotTranslate").equals("yes"),
        status(preferred),
        preferred.note,
        paradigms);
  }

  /** Refuses {@code cell} unless it is one of the language's, naming them. */
  private static void requireCell(
      String lang, String cell, String problem, String where, int line) {
    Inflections grammar = Inflections.of(lang);
    if (!grammar.isCell(cell)) {
      throw new GlossaryFileException(
          where, line, problem + "; the cells are " + String.join(", ", grammar.cells()));
    }
  }

  /**
   * The working status of a language's forms: TBX-Tarjuma says it; in TBX-Basic, which has none, a
   * superseded preferred form (as Tarjuma writes deprecated forms there) is deprecated.
   */
  private static Entry.Status status(TbxReader.TermSec preferred) {
    return switch (preferred.property("elementWorkingStatus")) {
      case "finalizedElement" -> Entry.Status.APPROVED;
      case "archiveElement" -> Entry.Status.DEPRECATED;
      case "" ->
          preferred.property("administrativeStatus").equals(SUPERSEDED)
              ? Entry.Status.DEPRECATED
              : Entry.Status.PROPOSED;
      default -> Entry.Status.PROPOSED;
    };
  }
}
