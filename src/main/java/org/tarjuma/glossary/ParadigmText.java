package org.tarjuma.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A target language's paradigms as one text cell of a spreadsheet ({@code <lang>_paradigms} in
 * CSV): one line per form, {@code form: inflects; sg.obl=a / b; pl=-}.
 */
final class ParadigmText {

  private ParadigmText() {}

  /**
   * Each form's grammar, one line a form: {@code form: inflects; sg.obl=a / b; pl.obl=c} ({@code
   * inflects} or {@code invariant} only where a curator said so; every cell of an inflecting form;
   * {@code pl=-} for a cell a curator said does not exist).
   */
  static String write(Entry entry, String lang, Entry.Forms forms) {
    Inflections grammar = Inflections.of(lang);
    List<String> all = new ArrayList<>(forms.allowed());
    forms.forbidden().forEach(f -> all.add(f.form()));
    List<String> lines = new ArrayList<>();
    for (String form : all.stream().distinct().toList()) {
      List<String> parts = new ArrayList<>();
      switch (forms.paradigm(form).inflects()) {
        case INFLECTS -> parts.add("inflects");
        case INVARIANT -> parts.add("invariant");
        case RULES -> {}
      }
      grammar
          .forms(entry, forms, form)
          .cells()
          .forEach((cell, list) -> parts.add(cell + "=" + String.join(" / ", list)));
      forms
          .paradigm(form)
          .cells()
          .forEach(
              (cell, list) -> {
                if (list.isEmpty()) {
                  parts.add(cell + "=-");
                }
              });
      if (!parts.isEmpty()) {
        lines.add(form + ": " + String.join("; ", parts));
      }
    }
    return String.join("\n", lines);
  }

  static Map<String, Entry.Paradigm> read(String lang, String text, String where, int line) {
    Inflections grammar = Inflections.of(lang);
    Map<String, Entry.Paradigm> out = new LinkedHashMap<>();
    for (String row : text.split("\\R")) {
      if (row.isBlank()) {
        continue;
      }
      int colon = row.lastIndexOf(": ");
      if (colon <= 0) {
        throw new GlossaryFileException(
            where, line, lang + "_paradigms: '" + row + "' is not 'form: cell=form; …'");
      }
      String form = row.substring(0, colon).strip();
      Entry.Inflects inflects = Entry.Inflects.RULES;
      Map<String, List<String>> cells = new LinkedHashMap<>();
      for (String part : row.substring(colon + 2).split(";")) {
        String p = part.strip();
        int eq = p.indexOf('=');
        if (p.equals("inflects")) {
          inflects = Entry.Inflects.INFLECTS;
        } else if (p.equals("invariant")) {
          inflects = Entry.Inflects.INVARIANT;
        } else if (eq > 0 && grammar.isCell(p.substring(0, eq).strip())) {
          cells.put(
              p.substring(0, eq).strip(),
              Arrays.stream(p.substring(eq + 1).split("/"))
                  .map(String::strip)
                  .filter(x -> !x.isEmpty() && !x.equals("-"))
                  .toList());
        } else if (!p.isEmpty()) {
          throw new GlossaryFileException(
              where,
              line,
              lang
                  + "_paradigms: '"
                  + p
                  + "' is not inflects, invariant or cell=form; the cells are "
                  + String.join(", ", grammar.cells()));
        }
      }
      Entry.Paradigm paradigm = grammar.curated(form, inflects, cells);
      if (!paradigm.setsNothing()) {
        out.put(form, paradigm);
      }
    }
    return out;
  }
}
