package org.tarjuma.glossary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A language's inflection as data, read from {@code glossary/<lang>.paradigm}: the cells of a
 * term's paradigm, ending tables that make each cell from the term's words, and the words around a
 * term in a sentence that choose a cell. Immutable.
 *
 * @param cells the cells in order ({@code sg.dir sg.obl pl.dir pl.obl} in Urdu and Pashto, {@code
 *     sg pl sg.ez pl.ez} in Dari)
 * @param tables the ending tables, applied in order
 * @param fixedAfter words after which a term's words keep their form (Pashto د, له); the list
 *     {@code fixed-before} names words that keep their form with the word before them (Dari با)
 * @param lists the other word lists by name ({@code oblique-before}, {@code oblique-after}, {@code
 *     no-modifier-after}) and the cell groups ({@code plural}, {@code oblique}, {@code ezafe})
 */
record InflectionRules(
    String lang,
    List<String> cells,
    List<Table> tables,
    Set<String> fixedAfter,
    Map<String, Set<String>> lists) {

  /** Which words of a term a table applies to. */
  enum Words {
    LAST,
    FIRST,
    OTHERS
  }

  /** Rules by ending for some words of a term. */
  record Table(Words words, List<Rule> rules) {

    /** The rule of the longest ending {@code word} has ({@code *} for any), or null. */
    Rule rule(String word) {
      Rule best = null;
      for (Rule rule : rules) {
        // A short ending must leave a stem (ا alone is no noun in ا); a long one may be the word.
        boolean fits =
            rule.ending().isEmpty()
                || (word.endsWith(rule.ending())
                    && (word.length() > rule.ending().length() || rule.ending().length() >= 3));
        if (fits && (best == null || rule.ending().length() > best.ending().length())) {
          best = rule;
        }
      }
      return best;
    }
  }

  /**
   * A word in {@code ending} becomes, per cell, one of {@code values} ({@code ~} the word without
   * the ending; null when the cell does not exist).
   */
  record Rule(String ending, List<List<String>> values) {}

  /** Words of the list named {@code name}; empty when the language has none. */
  Set<String> list(String name) {
    return lists.getOrDefault(name, Set.of());
  }

  /**
   * Each cell's forms of {@code form} by these rules, the alternatives in order (the first is the
   * one to write); a cell that does not exist is absent.
   */
  Map<String, List<String>> generate(String form) {
    String[] words = form.strip().split("\\s+");
    boolean[] fixed = new boolean[words.length];
    Set<String> fixedBefore = list("fixed-before");
    for (int i = 0; i < words.length; i++) {
      if (fixedAfter.contains(words[i])) {
        fixed[i] = true;
        if (i + 1 < words.length) {
          fixed[i + 1] = true;
        }
      }
      if (fixedBefore.contains(words[i]) && i > 0) {
        fixed[i] = true;
        fixed[i - 1] = true;
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int c = 0; c < cells.size(); c++) {
      List<String[]> forms = new ArrayList<>();
      forms.add(words.clone());
      for (Table table : tables) {
        forms = apply(table, c, forms, fixed);
        if (forms.isEmpty()) {
          break;
        }
      }
      if (!forms.isEmpty()) {
        Set<String> texts = new LinkedHashSet<>();
        forms.forEach(f -> texts.add(String.join(" ", f)));
        if (list("oblique").contains(cells.get(c))) {
          forms.forEach(f -> governed(f).ifPresent(texts::add));
        }
        out.put(cells.get(c), List.copyOf(texts));
      }
    }
    return out;
  }

  /**
   * A form that begins with a genitive-head word and one complement, as written when that word
   * governs it again: د پاکستان پوځ → د پاکستان د پوځ.
   */
  java.util.Optional<String> governed(String[] words) {
    if (words.length < 3 || !list("genitive-head").contains(words[0])) {
      return java.util.Optional.empty();
    }
    List<String> out = new ArrayList<>(List.of(words[0], words[1], words[0]));
    out.addAll(Arrays.asList(words).subList(2, words.length));
    return java.util.Optional.of(String.join(" ", out));
  }

  private static List<String[]> apply(
      Table table, int cell, List<String[]> forms, boolean[] fixed) {
    List<String[]> out = new ArrayList<>();
    for (String[] words : forms) {
      List<String[]> partial = new ArrayList<>();
      partial.add(words);
      for (int i = 0; i < words.length; i++) {
        if (fixed[i] || !applies(table.words(), i, words.length)) {
          continue;
        }
        Rule rule = table.rule(words[i]);
        if (rule == null) {
          continue;
        }
        List<String> values = rule.values().get(cell);
        if (values == null) {
          return List.of(); // the cell does not exist for this word, so not for the term
        }
        List<String[]> next = new ArrayList<>();
        for (String[] p : partial) {
          String stem = p[i].substring(0, p[i].length() - rule.ending().length());
          for (String value : values) {
            String[] copy = p.clone();
            copy[i] = value.replace("~", stem);
            next.add(copy);
          }
        }
        partial = next;
      }
      out.addAll(partial);
    }
    return out;
  }

  private static boolean applies(Words words, int i, int size) {
    return switch (words) {
      case LAST -> i == size - 1;
      case FIRST -> i == 0;
      case OTHERS -> i < size - 1;
    };
  }

  private static final Map<String, InflectionRules> LOADED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The rules of {@code lang}; a language without a file has one cell per form and no tables. */
  static InflectionRules of(String lang) {
    return LOADED.computeIfAbsent(lang, InflectionRules::load);
  }

  private static InflectionRules load(String lang) {
    String resource = "/glossary/" + lang + ".paradigm";
    try (InputStream in = InflectionRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        return new InflectionRules(lang, List.of("sg"), List.of(), Set.of(), Map.of());
      }
      return parse(
          lang, resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Reads the rules from {@code reader}.
   *
   * @throws IllegalStateException naming {@code where} and the line when a line is not a rule
   */
  static InflectionRules parse(String lang, String where, BufferedReader reader)
      throws IOException {
    List<String> cells = List.of();
    List<Table> tables = new ArrayList<>();
    Map<String, Set<String>> lists = new LinkedHashMap<>();
    List<Rule> rules = null;
    Set<String> words = null;
    int n = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      n++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      if (text.startsWith("[") && text.endsWith("]")) {
        String[] head = text.substring(1, text.length() - 1).strip().split("\\s+");
        rules = null;
        words = null;
        if (head[0].equals("table") && head.length == 2) {
          rules = new ArrayList<>();
          tables.add(new Table(words(head[1], where, n), rules));
        } else if (head.length == 1) {
          words = lists.computeIfAbsent(head[0], k -> new LinkedHashSet<>());
        } else {
          throw new IllegalStateException(where + ":" + n + ": not a section: " + text);
        }
        continue;
      }
      int eq = text.indexOf('=');
      if (rules != null) {
        if (eq < 0) {
          throw new IllegalStateException(where + ":" + n + ": not a rule: " + text);
        }
        String ending = text.substring(0, eq).strip();
        String[] values = text.substring(eq + 1).strip().split("\\s+");
        if (values.length != cells.size()) {
          throw new IllegalStateException(
              where + ":" + n + ": " + values.length + " values for " + cells.size() + " cells");
        }
        List<List<String>> perCell = new ArrayList<>();
        for (String value : values) {
          perCell.add(value.equals("-") ? null : List.of(value.split("\\|")));
        }
        rules.add(new Rule(ending.equals("*") ? "" : ending, perCell));
      } else if (eq > 0) {
        words = null;
        String key = text.substring(0, eq).strip();
        List<String> value = List.of(text.substring(eq + 1).strip().split("\\s+"));
        if (key.equals("cells")) {
          cells = value;
        } else {
          lists.put(key, new LinkedHashSet<>(value));
        }
      } else if (words != null) {
        words.addAll(Arrays.asList(text.split("\\s+")));
      } else {
        throw new IllegalStateException(where + ":" + n + ": not a setting: " + text);
      }
    }
    if (cells.isEmpty()) {
      throw new IllegalStateException(where + ": no cells = line");
    }
    Set<String> fixed = lists.getOrDefault("fixed-after", Set.of());
    Map<String, Set<String>> frozen = new LinkedHashMap<>();
    lists.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return new InflectionRules(lang, cells, List.copyOf(tables), Set.copyOf(fixed), frozen);
  }

  private static Words words(String name, String where, int line) {
    return switch (name) {
      case "last" -> Words.LAST;
      case "first" -> Words.FIRST;
      case "others" -> Words.OTHERS;
      default ->
          throw new IllegalStateException(
              where + ":" + line + ": a table applies to last, first or others, not " + name);
    };
  }
}
