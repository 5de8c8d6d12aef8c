package org.tarjuma.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjuma.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 52 English Golden Rules of sentence segmentation. The best published segmenter passes 51, raw
 * ICU about 31; Tarjuma must pass at least 50. Failures are printed by number.
 */
class GoldenRulesTest {

  private static final JsonNode CASES =
      JsonMapper.builder()
          .build()
          .readTree(Fixtures.resource("/segment/golden-rules-en.json"))
          .get("cases");

  @Test
  void passesAtLeastFiftyOfFiftyTwo() {
    List<String> failed = new ArrayList<>();
    for (JsonNode c : CASES) {
      List<String> actual = ours(c.get("text").asString());
      if (!actual.equals(expected(c))) {
        failed.add("#" + c.get("n").asInt() + " " + c.get("rule").asString() + " -> " + actual);
      }
    }
    System.out.println(
        "Golden rules: " + (CASES.size() - failed.size()) + "/" + CASES.size() + " passed");
    failed.forEach(f -> System.out.println("  failed " + f));
    assertThat(CASES.size()).isEqualTo(52);
    assertThat(CASES.size() - failed.size())
        .as("golden rules passed; failed: %s", failed)
        .isGreaterThanOrEqualTo(50);
  }

  @Test
  void rawIcuPassesFarFewerSoTheRulesMatter() {
    int passed = 0;
    for (JsonNode c : CASES) {
      if (icu(c.get("text").asString()).equals(expected(c))) {
        passed++;
      }
    }
    System.out.println("Golden rules, raw ICU BreakIterator: " + passed + "/52");
    assertThat(passed).isBetween(20, 40);
  }

  private static List<String> expected(JsonNode c) {
    List<String> out = new ArrayList<>();
    c.get("expected").forEach(e -> out.add(collapse(e.asString())));
    return out;
  }

  private static List<String> ours(String text) {
    return Fixtures.SEGMENTER
        .segment(text, Format.TEXT, Fixtures.LANGUAGES.require("en"))
        .segments()
        .stream()
        .map(s -> collapse(s.text()))
        .toList();
  }

  private static List<String> icu(String text) {
    BreakIterator breaks = BreakIterator.getSentenceInstance();
    breaks.setText(text);
    List<String> out = new ArrayList<>();
    for (int s = breaks.first(), e = breaks.next();
        e != BreakIterator.DONE;
        s = e, e = breaks.next()) {
      String sentence = collapse(text.substring(s, e));
      if (!sentence.isEmpty()) {
        out.add(sentence);
      }
    }
    return out;
  }

  static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
