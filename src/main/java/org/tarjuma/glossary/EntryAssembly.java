package org.tarjuma.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the term sections of one concept, as a file has them, into an {@link Entry}. */
final class EntryAssembly {

  private static final String PREFERRED = "preferredTerm-admn-sts";
  private static final String DEPRECATED = "deprecatedTerm-admn-sts";

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
            targets.put(lang, forms(terms));
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

  private static Entry.Forms forms(List<TbxReader.TermSec> terms) {
    TbxReader.TermSec preferred = preferred(terms);
    List<String> variants = new ArrayList<>();
    List<Entry.Forbidden> forbidden = new ArrayList<>();
    for (TbxReader.TermSec term : terms) {
      if (term.property("administrativeStatus").equals(DEPRECATED)) {
        forbidden.add(new Entry.Forbidden(term.text, term.note));
      } else if (term != preferred) {
        variants.add(term.text);
      }
    }
    return new Entry.Forms(
        preferred.text,
        variants,
        forbidden,
        preferred.property("doNotTranslate").equals("yes"),
        status(preferred.property("elementWorkingStatus")),
        preferred.note);
  }

  private static Entry.Status status(String workingStatus) {
    return switch (workingStatus) {
      case "finalizedElement" -> Entry.Status.APPROVED;
      case "archiveElement" -> Entry.Status.DEPRECATED;
      default -> Entry.Status.PROPOSED;
    };
  }
}
