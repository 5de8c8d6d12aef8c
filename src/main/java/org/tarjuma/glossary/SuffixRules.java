package org.tarjuma.glossary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A language's inflection as endings, read from {@code glossary/<lang>.suffixes}: lines {@code
 * ending => alternatives} (an empty ending means the alternatives are added), those after {@code
 * [inner]} apply inside a multi-word form too, the others only to its last word.
 */
record SuffixRules(List<Rule> last, List<Rule> inner) {

  /** A word ending in {@code ending} may end in {@code alternative} instead. */
  record Rule(String ending, String alternative) {}

  /** A base form a word of a text may stand for, and whether it can only end a form. */
  record Base(String form, boolean lastOnly) {}

  static SuffixRules load(String lang) {
    List<Rule> last = new ArrayList<>();
    List<Rule> inner = new ArrayList<>();
    String resource = "/glossary/" + lang + ".suffixes";
    try (InputStream in = SuffixRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        return new SuffixRules(List.of(), List.of());
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Rule> into = last;
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (line.strip().equals("[inner]")) {
          into = inner;
          continue;
        }
        int arrow = line.indexOf("=>");
        if (arrow < 0) {
          throw new IllegalStateException(resource + ": not a rule: " + line);
        }
        String ending = line.substring(0, arrow).strip();
        for (String alternative : line.substring(arrow + 2).strip().split(" +")) {
          into.add(new Rule(ending, alternative));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return new SuffixRules(List.copyOf(last), List.copyOf(inner));
  }

  /** The word itself, then every base it may be an inflection of. */
  List<Base> bases(String word) {
    List<Base> bases = new ArrayList<>(4);
    bases.add(new Base(word, false));
    add(word, inner, false, bases);
    add(word, last, true, bases);
    return bases;
  }

  private static void add(String word, List<Rule> rules, boolean lastOnly, List<Base> into) {
    for (Rule rule : rules) {
      if (word.endsWith(rule.alternative()) && word.length() > rule.alternative().length() + 1) {
        into.add(
            new Base(
                word.substring(0, word.length() - rule.alternative().length()) + rule.ending(),
                lastOnly));
      }
    }
  }
}
