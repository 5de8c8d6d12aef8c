package org.tarjuma.qa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of another country's usage in a language's output, from {@code qa/<lang>.usage}: for Dari,
 * Iranian Persian words that Afghan news copy writes otherwise (اوت for اگست, استان for ولایت). A
 * warning naming the Afghan word and why; the translation is not changed (an outlet may keep a word
 * on purpose). Words are matched whole: a longer word that contains one (تفاوت holds اوت) is no
 * match; diacritics are ignored, Arabic ي and ك read as ی and ک, a suffix after a zero-width
 * non-joiner (سامانه‌ها) still matches, and a listed word may hold a non-joiner itself (فن‌آوری).
 * Languages without a file have nothing to check.
 */
final class UsageCheck implements QualityCheck {

  /** A word: letters and marks, its parts joined by zero-width non-joiners (می‌شود). */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:\u200C[\\p{L}\\p{M}]+)*");

  private static final char ZWNJ = '\u200C';

  private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

  /** One word to avoid, the word to write, why, and where that comes from. */
  record Usage(String avoid, String use, String reason, String source) {}

  private final Map<String, Map<String, Usage>> byLanguage = new ConcurrentHashMap<>();

  @Override
  public String id() {
    return "usage";
  }

  @Override
  public List<Finding> check(Subject s) {
    Map<String, Usage> usages = byLanguage.computeIfAbsent(s.language().code(), UsageCheck::load);
    if (usages.isEmpty()) {
      return List.of();
    }
    Set<Usage> found = new LinkedHashSet<>();
    Matcher m = WORD.matcher(s.plainTarget());
    while (m.find()) {
      // The word, and each of its beginnings that a non-joiner ends: سامانه‌ها is سامانه with a
      // suffix, فن‌آوری‌ها is فن‌آوری with one.
      String word = bare(m.group());
      for (int end = word.indexOf(ZWNJ); end > 0; end = word.indexOf(ZWNJ, end + 1)) {
        Usage usage = usages.get(word.substring(0, end));
        if (usage != null) {
          found.add(usage);
        }
      }
      Usage usage = usages.get(word);
      if (usage != null) {
        found.add(usage);
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Usage u : found) {
      findings.add(
          new Finding(
              id(),
              Severity.WARNING,
              "usage:" + u.avoid(),
              "Uses "
                  + u.avoid()
                  + ", which "
                  + s.language().name()
                  + " news copy writes "
                  + u.use()
                  + " ("
                  + u.reason()
                  + ")."));
    }
    return findings;
  }

  /** The language's list, by the word to avoid; empty when it has none. */
  static Map<String, Usage> load(String lang) {
    String resource = "/qa/" + lang + ".usage";
    Map<String, Usage> usages = new LinkedHashMap<>();
    try (InputStream in = UsageCheck.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Map.of();
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != 4
            || fields[0].isBlank()
            || fields[1].isBlank()
            || fields[2].isBlank()
            || fields[3].isBlank()
            || !WORD.matcher(fields[0]).matches()) {
          throw new IllegalStateException(
              resource
                  + " line "
                  + number
                  + ": expected one word to avoid, the word to write, a reason and a source,"
                  + " tab-separated");
        }
        String avoid = bare(fields[0]);
        if (usages.put(avoid, new Usage(avoid, fields[1], fields[2], fields[3])) != null) {
          throw new IllegalStateException(resource + " line " + number + ": " + avoid + " twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return Map.copyOf(usages);
  }

  /**
   * As words are compared: NFC, without diacritics (harakat), with the Arabic ي ى ك a normalizer
   * may have left written ی ی ک.
   */
  private static String bare(String word) {
    return MARKS
        .matcher(Normalizer.normalize(word, Normalizer.Form.NFC))
        .replaceAll("")
        .replace('ي', 'ی')
        .replace('ى', 'ی')
        .replace('ك', 'ک');
  }
}
