package org.tarjuma.glossary;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.tarjuma.language.ControlCharacters;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;

/** What an entry must hold to be saved; each refusal names the field and says what to do. */
final class EntryRules {

  static final int MAX_TERM = 200;
  static final int MAX_NOTE = 2_000;
  static final int MAX_ITEMS = 50;
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");

  private final Languages languages;
  private final ScriptCheck script;

  EntryRules(Languages languages) {
    this.languages = languages;
    this.script = new ScriptCheck(languages);
  }

  /** Checks {@code entry} against itself and against the {@code others} it must not repeat. */
  void check(Entry entry, Collection<Entry> others) {
    if (entry.id() == null || entry.id().isBlank()) {
      throw invalid(
          "id", "Every entry needs an id: 1 to 120 lower-case letters, digits and hyphens.");
    }
    if (!ID.matcher(entry.id()).matches()) {
      throw invalid(
          "id",
          "The id '" + entry.id() + "' must be 1 to 120 lower-case letters, digits and hyphens.");
    }
    Entry.English english = entry.english();
    if (english == null || english.preferred() == null || blank(english.preferred().text())) {
      throw invalid("english.preferred.text", "The English term must not be empty.");
    }
    term("english.preferred.text", english.preferred().text());
    items("english.variants", english.variants());
    for (int i = 0; i < english.variants().size(); i++) {
      term("english.variants[" + i + "].text", english.variants().get(i).text());
    }
    items("english.domains", english.domains());
    for (int i = 0; i < english.domains().size(); i++) {
      visible("english.domains[" + i + "]", english.domains().get(i), false);
    }
    visible("english.partOfSpeech", english.partOfSpeech(), false);
    note("english.note", english.note());
    entry.targets().forEach(this::forms);
    unique(entry, others);
  }

  private void forms(String code, Entry.Forms forms) {
    String at = "targets." + code;
    Language language =
        languages
            .find(code)
            .filter(Language::rightToLeft)
            .orElseThrow(
                () ->
                    invalid(at, "Unknown target language '" + code + "'. Accepted: ur, ps, prs."));
    term(at + ".preferred", forms.preferred());
    items(at + ".variants", forms.variants());
    items(at + ".forbidden", forms.forbidden());
    for (int i = 0; i < forms.variants().size(); i++) {
      term(at + ".variants[" + i + "]", forms.variants().get(i));
    }
    for (int i = 0; i < forms.forbidden().size(); i++) {
      term(at + ".forbidden[" + i + "].form", forms.forbidden().get(i).form());
      note(at + ".forbidden[" + i + "].reason", forms.forbidden().get(i).reason());
    }
    note(at + ".note", forms.note());
    List<String> all = ScriptCheck.forms(forms);
    for (int i = 0; i < all.size(); i++) {
      String problem = script.problem(language, all.get(i), forms.doNotTranslate());
      if (problem != null) {
        String field = i == 0 ? at + ".preferred" : at + ".variants[" + (i - 1) + "]";
        throw invalid(
            field, "The " + language.name() + " form '" + all.get(i) + "' " + problem + ".");
      }
    }
    paradigms(at, language, forms);
  }

  /**
   * A curated paradigm belongs to one of the entry's forms, names the language's cells and holds
   * forms written in its script.
   */
  private void paradigms(String at, Language language, Entry.Forms forms) {
    Inflections inflections = Inflections.of(language.code());
    List<String> own = new java.util.ArrayList<>(forms.allowed());
    forms.forbidden().forEach(f -> own.add(f.form()));
    items(at + ".paradigms", List.copyOf(forms.paradigms().keySet()));
    for (var paradigm : forms.paradigms().entrySet()) {
      String field = at + ".paradigms[" + paradigm.getKey() + "]";
      if (!own.contains(paradigm.getKey())) {
        throw invalid(
            field,
            "A paradigm belongs to one of the entry's "
                + language.name()
                + " forms; '"
                + paradigm.getKey()
                + "' is none of them.");
      }
      for (var cell : paradigm.getValue().cells().entrySet()) {
        if (!inflections.isCell(cell.getKey())) {
          throw invalid(
              field + ".cells",
              "'"
                  + cell.getKey()
                  + "' is not a "
                  + language.name()
                  + " cell; the cells are "
                  + String.join(", ", inflections.cells())
                  + ".");
        }
        items(field + ".cells." + cell.getKey(), cell.getValue());
        for (String form : cell.getValue()) {
          term(field + ".cells." + cell.getKey(), form);
          String problem = script.problem(language, form, forms.doNotTranslate());
          if (problem != null) {
            throw invalid(
                field + ".cells." + cell.getKey(),
                "The " + language.name() + " form '" + form + "' " + problem + ".");
          }
        }
      }
    }
  }

  private static void unique(Entry entry, Collection<Entry> others) {
    for (Entry other : others) {
      if (other.id().equals(entry.id())) {
        continue;
      }
      for (Entry.SourceTerm mine : entry.english().all()) {
        for (Entry.SourceTerm theirs : other.english().all()) {
          if (key(mine.text()).equals(key(theirs.text()))) {
            throw new InvalidEntryException(
                HttpStatus.CONFLICT,
                "english",
                "'"
                    + mine.text()
                    + "' is already a term of entry '"
                    + other.id()
                    + "' ('"
                    + theirs.text()
                    + "').");
          }
        }
      }
    }
  }

  /** Terms that differ only in case, hyphens, apostrophes or spacing are the same term. */
  static String key(String term) {
    return term.toLowerCase(Locale.ROOT).replaceAll("[-‐’'.]", " ").replaceAll("\\s+", " ").strip();
  }

  private static void term(String field, String text) {
    if (blank(text)) {
      throw invalid(field, field + " must not be empty.");
    }
    length(field, text, MAX_TERM);
    visible(field, text, false);
  }

  private static void note(String field, String text) {
    if (text != null) {
      length(field, text, MAX_NOTE);
      visible(field, text, true);
    }
  }

  /**
   * No NUL, other control or bidi control: a term must match what it shows ({@link
   * ControlCharacters}).
   */
  private static void visible(String field, String text, boolean lineBreaks) {
    ControlCharacters.problem(field, text, lineBreaks)
        .ifPresent(
            problem -> {
              throw invalid(field, problem);
            });
  }

  private static void length(String field, String text, int max) {
    if (text.length() > max) {
      throw invalid(
          field,
          field + " is " + text.length() + " characters long; at most " + max + " are allowed.");
    }
  }

  private static void items(String field, List<?> items) {
    if (items.size() > MAX_ITEMS) {
      throw invalid(
          field, field + " has " + items.size() + " items; at most " + MAX_ITEMS + " are allowed.");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static InvalidEntryException invalid(String field, String detail) {
    return new InvalidEntryException(HttpStatus.BAD_REQUEST, field, detail);
  }
}
