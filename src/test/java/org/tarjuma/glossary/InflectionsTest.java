package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of {@code glossary/<lang>.paradigm}, word by word, and the cell a sentence needs. */
class InflectionsTest {

  private static final Glossary GLOSSARY =
      Glossary.load(java.nio.file.Path.of("glossary"), org.tarjuma.testing.Fixtures.LANGUAGES);

  private static Map<String, List<String>> generated(String lang, String form) {
    return Inflections.of(lang).generated(form);
  }

  /** Each Urdu table row makes the four cells of a word (one row per rule of ur.paradigm). */
  @ParameterizedTest
  @CsvSource({
    "حملہ, حملہ, حملے, حملے, حملوں",
    "منصوبہ, منصوبہ, منصوبے, منصوبے, منصوبوں",
    "دھماکا, دھماکا, دھماکے, دھماکے, دھماکوں",
    "جنگ بندی, جنگ بندی, جنگ بندی, جنگ بندیاں, جنگ بندیوں",
    "عسکریت پسند, عسکریت پسند, عسکریت پسند, عسکریت پسند, عسکریت پسندوں",
    "بڑا حملہ, بڑا حملہ, بڑے حملے, بڑے حملے, بڑے حملوں",
    "محفوظ پناہ گاہ, محفوظ پناہ گاہ, محفوظ پناہ گاہ, محفوظ پناہ گاہیں, محفوظ پناہ گاہوں",
    "گروہ, گروہ, گروہ, گروہ, گروہوں",
    "سربراہ, سربراہ, سربراہ, سربراہ, سربراہوں",
    "غیر ملکی جنگجو, غیر ملکی جنگجو, غیر ملکی جنگجو, غیر ملکی جنگجو, غیر ملکی جنگجوؤں",
  })
  void urduCells(String form, String sgDir, String sgObl, String plDir, String plObl) {
    assertThat(written("ur", form, "sg.dir", "sg.obl", "pl.dir", "pl.obl"))
        .containsExactly(sgDir, sgObl, plDir, plObl);
  }

  /** The form the rules write for each cell (the first of its alternatives). */
  private static List<String> written(String lang, String form, String... cells) {
    Map<String, List<String>> all = generated(lang, form);
    return java.util.Arrays.stream(cells).map(c -> all.get(c).get(0)).toList();
  }

  /** An Urdu Arabic plural in ات has plural cells only. */
  @Test
  void urduArabicPluralIsPluralOnly() {
    assertThat(generated("ur", "مذاکرات"))
        .containsOnlyKeys("pl.dir", "pl.obl")
        .containsEntry("pl.obl", List.of("مذاکرات"));
  }

  /** Each Pashto table row, on the head and on an agreeing adjective. */
  @ParameterizedTest
  @CsvSource({
    "ډیورنډ کرښه, ډیورنډ کرښه, ډیورنډ کرښې, ډیورنډ کرښې, ډیورنډ کرښو",
    "د ترهګرۍ ضد مبارزه, د ترهګرۍ ضد مبارزه, د ترهګرۍ ضد مبارزې, د ترهګرۍ ضد مبارزې, د ترهګرۍ ضد مبارزو",
    "ډرون برید, ډرون برید, ډرون برید, ډرون بریدونه, ډرون بریدونو",
    "ځانمرګی برید, ځانمرګی برید, ځانمرګي برید, ځانمرګي بریدونه, ځانمرګیو بریدونو",
    "بشري بحران, بشري بحران, بشري بحران, بشري بحرانونه, بشري بحرانونو",
    "ځمکنۍ بشپړتیا, ځمکنۍ بشپړتیا, ځمکنۍ بشپړتیا, ځمکنۍ بشپړتیاوې, ځمکنیو بشپړتیاوو",
    "خوندي پناه ځای, خوندي پناه ځای, خوندي پناه ځای, خوندي پناه ځایونه, خوندي پناه ځایونو",
    "لاسي جوړ شوی بم, لاسي جوړ شوی بم, لاسي جوړ شوي بم, لاسي جوړ شوي بمونه, لاسي جوړ شویو بمونو",
    "د پاکستان پوځ, د پاکستان پوځ, د پاکستان پوځ, د پاکستان پوځونه, د پاکستان پوځونو",
  })
  void pashtoCells(String form, String sgDir, String sgObl, String plDir, String plObl) {
    assertThat(written("ps", form, "sg.dir", "sg.obl", "pl.dir", "pl.obl"))
        .containsExactly(sgDir, sgObl, plDir, plObl);
  }

  /** A د-term governed by د again is also written with its own د before the head. */
  @Test
  void pashtoGenitiveTermsGovernedByDa() {
    assertThat(generated("ps", "د پاکستان پوځ").get("sg.obl"))
        .containsExactly("د پاکستان پوځ", "د پاکستان د پوځ");
    Entry army = GLOSSARY.find("pakistan-army").orElseThrow();
    Entry.Forms ps = army.targets().get("ps");
    TermForms forms = Inflections.of("ps").forms(army, ps, ps.preferred());
    assertThat(Inflections.of("ps").choose(forms, "د", "بریدونه", false))
        .isEqualTo("پاکستان د پوځ");
    assertThat(Inflections.of("ps").choose(forms, "او", "وویل", false)).isEqualTo("د پاکستان پوځ");
  }

  /**
   * Pashto abstract nouns in ي take ۍ and have no plural; plurals in ونه and ې have no singular.
   */
  @Test
  void pashtoAbstractNounsAndPluralOnlyForms() {
    assertThat(generated("ps", "ترهګري"))
        .containsOnlyKeys("sg.dir", "sg.obl")
        .containsEntry("sg.obl", List.of("ترهګرۍ"));
    assertThat(generated("ps", "ملګري ملتونه"))
        .containsOnlyKeys("pl.dir", "pl.obl")
        .containsEntry("pl.obl", List.of("ملګري ملتونو"));
    assertThat(generated("ps", "خبرې اترې"))
        .containsOnlyKeys("pl.dir", "pl.obl")
        .containsEntry("pl.obl", List.of("خبرې اترو"));
  }

  /** Dari: the plural on the first word, the ezafe between words and, in .ez cells, on the last. */
  @Test
  void dariPluralsAndEzafe() {
    Map<String, List<String>> haven = generated("prs", "پناهگاه امن");
    assertThat(haven.get("sg")).first().isEqualTo("پناهگاه امن");
    assertThat(haven.get("sg")).containsExactly("پناهگاه امن");
    assertThat(haven.get("pl")).containsExactly("پناهگاه‌های امن");
    Map<String, List<String>> militant = generated("prs", "جنگجو");
    assertThat(militant.get("pl")).containsExactly("جنگجویان", "جنگجوها");
    assertThat(militant.get("sg.ez")).containsExactly("جنگجوی");
    assertThat(militant.get("pl.ez")).containsExactly("جنگجویان", "جنگجوهای");
    assertThat(generated("prs", "گفتگو").get("pl")).containsExactly("گفتگویان", "گفتگوها");
    assertThat(generated("prs", "اردو").get("pl")).containsExactly("اردوها");
    assertThat(generated("prs", "جنگجوی خارجی").get("pl"))
        .containsExactly("جنگجویان خارجی", "جنگجوهای خارجی");
    assertThat(generated("prs", "مبارزه با تروریسم").get("sg"))
        .containsExactly("مبارزه با تروریسم");
    Map<String, List<String>> agreement = generated("prs", "توافق‌نامه");
    assertThat(agreement.get("sg.ez"))
        .containsExactly("توافق‌نامهٔ", "توافق‌نامۀ", "توافق‌نامه‌ی", "توافق‌نامه");
    assertThat(agreement.get("pl")).containsExactly("توافق‌نامه‌ها");
    assertThat(generated("prs", "تروریست").get("pl")).containsExactly("تروریست‌ها");
    assertThat(generated("prs", "پهپاد").get("pl.ez")).containsExactly("پهپادهای");
    assertThat(generated("prs", "حمله دقیق").get("sg")).contains("حمله دقیق", "حملۀ دقیق");
  }

  /**
   * Urdu: oblique before each postposition of ur.paradigm, direct elsewhere; plural from English.
   */
  @ParameterizedTest
  @CsvSource({"کا", "کے", "کی", "میں", "سے", "نے", "کو", "پر", "تک", "تلے"})
  void urduObliqueBeforePostpositions(String postposition) {
    Inflections ur = Inflections.of("ur");
    assertThat(ur.cell(null, postposition, false)).isEqualTo("sg.obl");
    assertThat(ur.cell(null, postposition, true)).isEqualTo("pl.obl");
    assertThat(ur.cell("اور", "ہوا", false)).isEqualTo("sg.dir");
    assertThat(ur.cell(null, "بغیر", false)).isEqualTo("sg.dir");
    assertThat(ur.cell(null, null, true)).isEqualTo("pl.dir");
  }

  /** Pashto: oblique after each preposition and before each postposition, direct elsewhere. */
  @ParameterizedTest
  @CsvSource({
    "د, ", "له, ", "په, ", "تر, ", "پر, ", ", کې", ", ته", ", سره", ", څخه", ", باندې", ", پسې",
    ", لپاره", ", پورې"
  })
  void pashtoObliqueAroundAdpositions(String before, String after) {
    Inflections ps = Inflections.of("ps");
    assertThat(ps.cell(before, after, false)).isEqualTo("sg.obl");
    assertThat(ps.cell(before, after, true)).isEqualTo("pl.obl");
    assertThat(ps.cell("او", "وویل", false)).isEqualTo("sg.dir");
    // نه is also the negative particle: no oblique before it.
    assertThat(ps.cell(null, "نه", true)).isEqualTo("pl.dir");
  }

  /** Dari: plural when the English is, ezafe when a modifier follows and not before a verb or و. */
  @Test
  void dariPluralAndEzafe() {
    Inflections prs = Inflections.of("prs");
    assertThat(prs.cell(null, null, true)).isEqualTo("pl");
    assertThat(prs.cell(null, "امن", true)).isEqualTo("pl.ez");
    assertThat(prs.cell(null, "دوحه", false)).isEqualTo("sg.ez");
    assertThat(prs.cell(null, "و", false)).isEqualTo("sg");
    assertThat(prs.cell(null, "را", true)).isEqualTo("pl");
    assertThat(prs.cell(null, "می‌شوند", true)).isEqualTo("pl");
  }

  /** The form chosen in context, with the other number when the cell does not exist. */
  @Test
  void choosesTheFormTheContextNeeds() {
    Entry durand = GLOSSARY.find("durand-line").orElseThrow();
    Entry.Forms ps =
        durand
            .targets()
            .get("ps")
            .withParadigm("ډیورنډ کرښه", new Entry.Paradigm(Entry.Inflects.INFLECTS, Map.of()));
    TermForms forms = Inflections.of("ps").forms(durand, ps, "ډیورنډ کرښه");
    assertThat(Inflections.of("ps").choose(forms, "د", "په", false)).isEqualTo("ډیورنډ کرښې");
    assertThat(Inflections.of("ps").choose(forms, null, "ده", false)).isEqualTo("ډیورنډ کرښه");
    TermForms un = new TermForms("ملګري ملتونه", generated("ps", "ملګري ملتونه"));
    assertThat(Inflections.of("ps").choose(un, "د", null, false)).isEqualTo("ملګري ملتونو");
    assertThat(Inflections.of("ps").choose(TermForms.invariant("کابل"), "د", null, true))
        .isEqualTo("کابل");
  }

  /** A names entry is invariant unless its curator says it inflects; other terms inflect. */
  @Test
  void namesAreInvariantByDefault() {
    Entry kabul = GLOSSARY.find("kabul").orElseThrow();
    Entry.Forms ps = kabul.targets().get("ps");
    assertThat(Inflections.of("ps").forms(kabul, ps, "کابل").cells()).isEmpty();
    Entry strike = GLOSSARY.find("drone-strike").orElseThrow();
    assertThat(Inflections.of("ur").forms(strike, strike.targets().get("ur"), "ڈرون حملہ").all())
        .contains("ڈرون حملے", "ڈرون حملوں");
  }

  /** A rules file with a bad line stops with its name and line. */
  @Test
  void aBadRulesFileNamesTheLine() {
    String text = "cells = a b\n[table last]\nه = ~ه\n";
    assertThatThrownBy(
            () ->
                InflectionRules.parse(
                    "xx", "xx.paradigm", new BufferedReader(new StringReader(text))))
        .hasMessageContaining("xx.paradigm:3")
        .hasMessageContaining("1 values for 2 cells");
  }
}
