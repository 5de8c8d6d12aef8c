package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TermMatcherTest {

  static Entry entry(String id, String preferred, String... variants) {
    List<Entry.SourceTerm> others =
        java.util.Arrays.stream(variants).map(v -> new Entry.SourceTerm(v, isAcronym(v))).toList();
    return new Entry(
        id,
        1,
        new Entry.English(
            new Entry.SourceTerm(preferred, isAcronym(preferred)), others, "", List.of(), ""),
        Map.of());
  }

  private static boolean isAcronym(String term) {
    return term.length() > 1 && term.chars().allMatch(c -> Character.isUpperCase(c) || c == '-');
  }

  static final List<Entry> ENTRIES =
      List.of(
          entry("ttp", "Tehreek-e-Taliban Pakistan", "TTP", "Pakistani Taliban"),
          entry("ispr", "Inter-Services Public Relations", "ISPR"),
          entry("durand-line", "Durand Line"),
          entry("kandahar", "Kandahar"),
          entry("taliban", "Taliban", "Afghan Taliban"),
          entry("islamic-emirate", "Islamic Emirate of Afghanistan", "Islamic Emirate"),
          entry("khawaja-asif", "Khawaja Asif"),
          entry("ied", "improvised explosive device", "IED"),
          entry("paf", "Pakistan Air Force", "PAF"),
          entry("pakistan", "Pakistan"));

  private static final TermMatcher MATCHER = TermMatcher.of(ENTRIES);

  private static List<String> found(String text) {
    return MATCHER.find(text).stream().map(m -> m.entryId() + "=" + m.text()).toList();
  }

  @Test
  void possessivesPluralsHyphensAndApostrophes() {
    assertThat(
            found("The TTP's leaders and the Taliban’s envoy met along the Durand Line's length."))
        .containsExactly("ttp=TTP's", "taliban=Taliban’s", "durand-line=Durand Line's");
    assertThat(found("Tehreek e Taliban Pakistan and Tehreek-e-Taliban-Pakistan"))
        .containsExactly("ttp=Tehreek e Taliban Pakistan", "ttp=Tehreek-e-Taliban-Pakistan");
    assertThat(found("Two IEDs exploded; the IED's timer failed."))
        .containsExactly("ied=IEDs", "ied=IED's");
    assertThat(found("improvised explosive devices"))
        .containsExactly("ied=improvised explosive devices");
  }

  @Test
  void longestLeftmostWithoutOverlap() {
    assertThat(found("The Afghan Taliban and the Islamic Emirate of Afghanistan."))
        .containsExactly(
            "taliban=Afghan Taliban", "islamic-emirate=Islamic Emirate of Afghanistan");
    assertThat(found("The Pakistan Air Force struck.")).containsExactly("paf=Pakistan Air Force");
    assertThat(found("Pakistani Taliban")).containsExactly("ttp=Pakistani Taliban");
  }

  @Test
  void caseRulesAcronymsExactNamesAnyCase() {
    assertThat(found("ISPR said; ispr did not; Ispr neither.")).containsExactly("ispr=ISPR");
    assertThat(found("KANDAHAR and kandahar and Kandahar")).hasSize(3);
    assertThat(found("KHAWAJA ASIF spoke")).containsExactly("khawaja-asif=KHAWAJA ASIF");
  }

  @Test
  void aWordOutsideEveryTermEndsAMatch() {
    assertThat(found("Islamic zzz Emirate")).isEmpty();
    assertThat(found("the Islamic Emirate of zzz Afghanistan"))
        .containsExactly("islamic-emirate=Islamic Emirate");
    assertThat(found("Pakistan Air zzz Force")).containsExactly("pakistan=Pakistan");
  }

  @Test
  void neverInsideALongerWord() {
    assertThat(found("Kandahari traders and Pakistani-made goods; TTPX and ISPRX-like")).isEmpty();
    assertThat(found("")).isEmpty();
  }

  @Test
  void matchesCarryOffsetsAndRevision() {
    TermMatch match = MATCHER.find("In Kandahar.").get(0);
    assertThat(match.start()).isEqualTo(3);
    assertThat(match.end()).isEqualTo(11);
    assertThat(match.revision()).isEqualTo(1);
  }

  @Provide
  Arbitrary<String> filler() {
    return Arbitraries.of(
            "the",
            "said",
            "on",
            "Monday",
            "strikes",
            "border",
            "—",
            ",",
            "(",
            ")",
            "officials",
            "“quoted”",
            "3.5",
            "Kandahari",
            "Pakistani-made")
        .list()
        .ofMaxSize(12)
        .map(words -> String.join(" ", words));
  }

  @Property(tries = 500)
  void everyTermIsFoundAmidAnyText(
      @ForAll("filler") String before,
      @ForAll("filler") String after,
      @ForAll("terms") Entry.SourceTerm term) {
    String text = before + " " + term.text() + "'s " + after;
    List<TermMatch> matches = MATCHER.find(text);
    int at = before.length() + 1;
    assertThat(matches).anySatisfy(m -> assertThat(m.start()).isEqualTo(at));
    int previousEnd = 0;
    for (TermMatch m : matches) {
      assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(m.start() == 0 || !Character.isLetterOrDigit(text.charAt(m.start() - 1))).isTrue();
      assertThat(m.end() == text.length() || !Character.isLetterOrDigit(text.charAt(m.end())))
          .isTrue();
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      previousEnd = m.end();
    }
  }

  @Provide
  Arbitrary<Entry.SourceTerm> terms() {
    return Arbitraries.of(ENTRIES.stream().flatMap(e -> e.english().all().stream()).toList());
  }
}
