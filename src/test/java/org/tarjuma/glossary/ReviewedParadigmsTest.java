package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarjuma.testing.Fixtures;

/**
 * Every cell of the paradigm tables reviewed by native-editor assistants ({@code
 * glossary/reviewed/<lang>.tsv}) is the form the shipped glossary writes for that cell (the rules,
 * or the curated cell where they differ), word for word; a form reviewed as invariant is.
 */
class ReviewedParadigmsTest {

  private static final Glossary GLOSSARY = Glossary.load(Path.of("glossary"), Fixtures.LANGUAGES);

  @ParameterizedTest
  @ValueSource(strings = {"ur", "ps", "prs"})
  void everyReviewedCellIsWrittenAsReviewed(String lang) throws IOException {
    Inflections grammar = Inflections.of(lang);
    List<String> rows =
        Files.readAllLines(
            Path.of("src/test/resources/glossary/reviewed/" + lang + ".tsv"),
            StandardCharsets.UTF_8);
    List<String> cells = grammar.cells();
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split("\t", -1);
      Entry entry = GLOSSARY.find(f[0]).orElse(null);
      Entry.Forms forms = entry == null ? null : entry.targets().get(lang);
      if (forms == null || !owns(forms, f[1])) {
        continue; // a form the glossary does not hold (a proposal not taken)
      }
      TermForms paradigm = grammar.forms(entry, forms, f[1]);
      for (int c = 0; c < cells.size(); c++) {
        String reviewed = f[3 + c].strip();
        if (reviewed.equals("-") || reviewed.isEmpty()) {
          continue;
        }
        checked++;
        String written =
            paradigm.cells().isEmpty() ? paradigm.base() : paradigm.write(cells.get(c));
        if (!fold(written).equals(fold(reviewed.split("\\s*[|/]\\s*")[0]))) {
          wrong.add(f[0] + " " + f[1] + " " + cells.get(c) + ": " + written + " ≠ " + reviewed);
        }
      }
    }
    System.out.printf("reviewed %s: %d cells, %d written otherwise%n", lang, checked, wrong.size());
    assertThat(checked).isGreaterThan(100);
    assertThat(wrong).isEmpty();
  }

  private static boolean owns(Entry.Forms forms, String form) {
    return forms.allowed().contains(form)
        || forms.forbidden().stream().anyMatch(x -> x.form().equals(form));
  }

  /** The zero-width non-joiner is a matter of spelling, not of grammar. */
  private static String fold(String form) {
    return form.replace("\u200C", "");
  }
}
