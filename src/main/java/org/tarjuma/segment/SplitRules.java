package org.tarjuma.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One language's sentence exception rules, read from {@code segment/<lang>.rules}: sections of
 * words, one a line, {@code #} starting a comment.
 *
 * <ul>
 *   <li>{@code [titles]}: abbreviations written before a name (Mr., Gen.) that never end a
 *       sentence; matched as written.
 *   <li>{@code [abbreviations]}: abbreviations that end a sentence only before a capitalized word,
 *       never before a number or a lower-case word; matched ignoring case.
 *   <li>{@code [ends-before-starter]}: abbreviations that do not end a sentence by themselves, as a
 *       capitalized name often follows them (vs. India, Govt. Officials, Rs. Three hundred): only
 *       before a sentence starter; matched ignoring case.
 *   <li>{@code [ends-before-capital]}: multi-period forms that do end a sentence before a
 *       capitalized word (P.M.); matched as written.
 *   <li>{@code [sentence-starters]}: words that begin a new sentence after a multi-period
 *       abbreviation or an initial (U.S. How..., you and I. Did...).
 * </ul>
 */
record SplitRules(
    Set<String> titles,
    Set<String> abbreviations,
    Set<String> endsBeforeStarter,
    Set<String> endsBeforeCapital,
    Set<String> sentenceStarters) {

  static SplitRules load(String lang) {
    String resource = "/segment/" + lang + ".rules";
    Map<String, Set<String>> sections = new HashMap<>();
    try (InputStream in = SplitRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        return new SplitRules(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Set<String> section = null;
      for (String line; (line = reader.readLine()) != null; ) {
        int hash = line.indexOf('#');
        String word = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (word.isEmpty()) {
          continue;
        }
        if (word.startsWith("[") && word.endsWith("]")) {
          section =
              sections.computeIfAbsent(word.substring(1, word.length() - 1), k -> new HashSet<>());
        } else if (section == null) {
          throw new IllegalStateException(resource + ": '" + word + "' comes before any [section]");
        } else {
          section.add(strip(word));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return new SplitRules(
        Set.copyOf(sections.getOrDefault("titles", Set.of())),
        lowerCase(sections.get("abbreviations")),
        lowerCase(sections.get("ends-before-starter")),
        Set.copyOf(sections.getOrDefault("ends-before-capital", Set.of())),
        Set.copyOf(sections.getOrDefault("sentence-starters", Set.of())));
  }

  private static Set<String> lowerCase(Set<String> words) {
    Set<String> lower = new HashSet<>();
    if (words != null) {
      words.forEach(w -> lower.add(w.toLowerCase(Locale.ROOT)));
    }
    return Set.copyOf(lower);
  }

  /** Entries are written with or without their final period. */
  private static String strip(String word) {
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }

  boolean isAbbreviation(String withoutFinalPeriod) {
    return abbreviations.contains(withoutFinalPeriod.toLowerCase(Locale.ROOT));
  }

  boolean endsOnlyBeforeStarter(String withoutFinalPeriod) {
    return endsBeforeStarter.contains(withoutFinalPeriod.toLowerCase(Locale.ROOT));
  }
}
