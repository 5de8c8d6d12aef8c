package org.tarjuma.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Letters of the wrong language (the Arabic ك or ي its normalizer replaces, in Urdu or Dari text)
 * and words that mix scripts (Latin and Arabic letters in one word).
 */
final class LettersCheck implements QualityCheck {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\u200C]+");

  @Override
  public String id() {
    return "letters";
  }

  @Override
  public List<Finding> check(Subject s) {
    List<Finding> findings = new ArrayList<>();
    String target = s.plainTarget();
    for (Map.Entry<String, String> letter : s.language().letters().entrySet()) {
      if (target.contains(letter.getKey())) {
        findings.add(
            new Finding(
                id(),
                Severity.ERROR,
                "wrong-letter:" + letter.getKey(),
                "Uses "
                    + letter.getKey()
                    + " where "
                    + s.language().name()
                    + " writes "
                    + letter.getValue()
                    + "."));
      }
    }
    Matcher m = WORD.matcher(target);
    while (m.find()) {
      String word = m.group();
      boolean latin = word.codePoints().anyMatch(c -> script(c) == Character.UnicodeScript.LATIN);
      boolean arabic = word.codePoints().anyMatch(c -> script(c) == Character.UnicodeScript.ARABIC);
      if (latin && arabic) {
        findings.add(
            new Finding(
                id(),
                Severity.WARNING,
                "mixed-script:" + word,
                "The word " + word + " mixes scripts."));
      }
    }
    return findings;
  }

  private static Character.UnicodeScript script(int c) {
    return Character.UnicodeScript.of(c);
  }
}
