package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.glossary.Inflections;
import org.tarjuma.segment.Format;
import org.tarjuma.segment.Segment;
import org.tarjuma.testing.Fixtures;

class WireTextTest {

  private static final Glossary GLOSSARY = Glossary.load(Path.of("glossary"), Fixtures.LANGUAGES);
  private static final TermCheck CHECK =
      new TermCheck(new org.tarjuma.qa.GlossaryCheck(GLOSSARY), Fixtures.LANGUAGES);

  private static Segment segment(String text, Format format) {
    return Fixtures.SEGMENTER
        .segment(text, format, Fixtures.LANGUAGES.require("en"))
        .segments()
        .getFirst();
  }

  private static List<WireText.Term> terms(Segment segment, String lang) {
    return CHECK.terms(GLOSSARY.matcher().find(segment.text()), lang);
  }

  @Test
  void masksTermsAndPutsTheFormsBackWhateverDigitsTheEngineUsed() {
    Segment s =
        segment("ISPR said an attack near the Durand Line killed 12 soldiers.", Format.TEXT);
    WireText.Wire wire =
        WireText.prepare(
            s, terms(s, "ur"), List.of(), WireText.Mode.MASK, true, Inflections.of("ur"));

    assertThat(wire.text()).isEqualTo("⟦1⟧ said an attack near the ⟦2⟧ killed 12 soldiers.");
    assertThat(wire.type()).isEqualTo(EngineRequest.TextType.PLAIN);
    assertThat(wire.restore("⟦۱⟧ نے کہا کہ ⟦ 2 ⟧ کے قریب 12 فوجی ہلاک ہوئے۔"))
        .isEqualTo("آئی ایس پی آر نے کہا کہ ڈیورنڈ لائن کے قریب 12 فوجی ہلاک ہوئے۔");
  }

  /** Dari: the plural for an English plural, the ezafe before a word that modifies the term. */
  @Test
  void maskedDariTermsTakeThePluralAndTheEzafe() {
    Segment s = segment("Militants used safe havens.", Format.TEXT);
    WireText.Wire wire =
        WireText.prepare(
            s, terms(s, "prs"), List.of(), WireText.Mode.MASK, false, Inflections.of("prs"));
    assertThat(wire.text()).isEqualTo("⟦1⟧ used ⟦2⟧.");
    assertThat(wire.restore("⟦1⟧ از ⟦2⟧ استفاده کردند."))
        .isEqualTo("جنگجویان از پناهگاه‌های امن استفاده کردند.");

    Segment chief = segment("The army chief of Pakistan spoke.", Format.TEXT);
    WireText.Wire ezafe =
        WireText.prepare(
            chief,
            terms(chief, "prs"),
            List.of(),
            WireText.Mode.MASK,
            false,
            Inflections.of("prs"));
    assertThat(ezafe.restore("⟦1⟧ ⟦2⟧ سخن گفت.")).isEqualTo("لوی درستیز اردوی پاکستان سخن گفت.");
    assertThat(ezafe.restore("⟦2⟧ و ⟦1⟧.")).isEqualTo("پاکستان و لوی درستیز اردو.");
  }

  /** Pashto: the oblique after د and before کې, the direct form elsewhere. */
  @Test
  void maskedPashtoTermsTakeTheObliqueAroundAdpositions() {
    Segment s = segment("Counterterrorism along the Durand Line.", Format.TEXT);
    WireText.Wire wire =
        WireText.prepare(
            s, terms(s, "ps"), List.of(), WireText.Mode.MASK, false, Inflections.of("ps"));
    assertThat(wire.restore("د ⟦2⟧ په اوږدو کې ⟦1⟧."))
        .isEqualTo("د ډیورنډ کرښې په اوږدو کې د ترهګرۍ ضد مبارزه.");
    assertThat(wire.restore("⟦2⟧ کې ⟦1⟧ ته")).isEqualTo("ډیورنډ کرښې کې د ترهګرۍ ضد مبارزې ته");
    assertThat(wire.restore("⟦2⟧ اوږده ده")).isEqualTo("ډیورنډ کرښه اوږده ده");
  }

  /** Azure's inserted form is inflected where the words around it need; elsewhere kept. */
  @Test
  void aDictionaryFormIsReinflectedInTheAnswer() {
    Segment s = segment("The drone strike was condemned.", Format.TEXT);
    WireText.Wire wire =
        WireText.prepare(
            s, terms(s, "ur"), List.of(), WireText.Mode.MARKUP, false, Inflections.of("ur"));
    assertThat(wire.text()).contains("translation=\"ڈرون حملہ\"");
    assertThat(wire.restore("ڈرون حملہ کی مذمت کی گئی۔")).isEqualTo("ڈرون حملے کی مذمت کی گئی۔");
    assertThat(wire.restore("ڈرون حملہ ہوا۔")).isEqualTo("ڈرون حملہ ہوا۔");
    // ہی and بھی stand between the term and its postposition: the oblique still.
    assertThat(wire.restore("ڈرون حملہ ہی کی مذمت کی گئی۔"))
        .isEqualTo("ڈرون حملے ہی کی مذمت کی گئی۔");
    assertThat(wire.restore("ڈرون حملہ بھی ہوا۔")).isEqualTo("ڈرون حملہ بھی ہوا۔");
    assertThat(wire.restore("ڈرون حملہ‌آور")).isEqualTo("ڈرون حملہ‌آور");
  }

  /** The words around a place: tags and spaces skipped, punctuation stops, placeholders count. */
  @Test
  void contextWordsSkipTagsAndStopAtPunctuation() {
    assertThat(Context.wordBefore("د <1>⟦1⟧", 5)).isEqualTo("د");
    assertThat(Context.wordAfter("⟦1⟧</1> کې", 3)).isEqualTo("کې");
    assertThat(Context.wordAfter("⟦1⟧، کې", 3)).isNull();
    assertThat(Context.wordAfter("⟦1⟧ ⟦2⟧", 3)).isEqualTo("⟦2⟧");
    assertThat(Context.wordBefore("⟦1⟧", 0)).isNull();
    assertThat(Context.wordAfter("می‌شود", 0)).isEqualTo("می‌شود");
  }

  @Test
  void wrapsTermsInAzureDictionaryMarkup() {
    Segment s = segment("Khawaja Asif spoke in Kandahar.", Format.TEXT);
    WireText.Wire wire =
        WireText.prepare(
            s, terms(s, "prs"), List.of(), WireText.Mode.MARKUP, true, Inflections.of("prs"));
    assertThat(wire.text())
        .isEqualTo(
            "<mstrans:dictionary translation=\"خواجه آصف\">Khawaja Asif</mstrans:dictionary> spoke"
                + " in <mstrans:dictionary translation=\"قندهار\">Kandahar</mstrans:dictionary>.");
    assertThat(wire.masks()).isEmpty();
  }

  @Test
  void inlineCodesTravelAsSpansToHtmlEnginesAndComeBackAsTags() {
    Segment s =
        segment("**ISPR** said the [army](https://ispr.gov.pk) left & went.", Format.MARKDOWN);
    assertThat(s.tagged()).isEqualTo("<1>ISPR</1> said the <2>army</2> left &amp; went.");

    WireText.Wire wire =
        WireText.prepare(
            s, terms(s, "ur"), List.of(), WireText.Mode.MASK, true, Inflections.of("ur"));
    assertThat(wire.type()).isEqualTo(EngineRequest.TextType.HTML);
    assertThat(wire.text())
        .isEqualTo(
            "<span class=\"t1\">⟦1⟧</span> said the <span class=\"t2\">army</span> left &amp; went.");
    // The engine moved the spans, as a translation does.
    assertThat(
            wire.restore(
                "<span class=\"t2\">فوج</span> اور &amp; <span class=\"t1\">⟦1⟧</span> &quot;گئے&quot;"))
        .isEqualTo("<2>فوج</2> اور &amp; <1>آئی ایس پی آر</1> \"گئے\"");
  }

  @Test
  void enginesWithoutHtmlGetTheTagsThemselves() {
    Segment s = segment("**ISPR** said so.", Format.MARKDOWN);
    WireText.Wire wire =
        WireText.prepare(
            s, terms(s, "ps"), List.of(), WireText.Mode.NONE, false, Inflections.of("ps"));
    assertThat(wire.text()).isEqualTo("<1>ISPR</1> said so.");
    assertThat(wire.restore("<1>آی اېس پي آر</1> وویل.")).isEqualTo("<1>آی اېس پي آر</1> وویل.");
  }

  @Test
  void aTermCutByMarkupIsLeftAsItIs() {
    Segment s = segment("The *Durand* Line is old.", Format.MARKDOWN);
    WireText.Wire wire =
        WireText.prepare(
            s, terms(s, "ur"), List.of(), WireText.Mode.MASK, false, Inflections.of("ur"));
    assertThat(wire.text()).isEqualTo("The <1>Durand</1> Line is old.");
    assertThat(wire.masks()).isEmpty();
  }

  private static List<WireText.Fixed> dates(Segment segment, String lang) {
    return org.tarjuma.calendar.EnglishDates.find(
            segment.text(), java.time.LocalDate.of(2025, 10, 20))
        .stream()
        .map(
            d ->
                new WireText.Fixed(
                    d.start(),
                    d.end(),
                    org.tarjuma.calendar.TargetDates.write(
                        d,
                        lang,
                        new org.tarjuma.calendar.DateStyle(
                            org.tarjuma.calendar.DateStyle.Digits.LATIN,
                            org.tarjuma.calendar.DateStyle.Calendar.GREGORIAN))))
        .toList();
  }

  /**
   * A date travels as a placeholder numbered after the terms and comes back as the target writes
   * it.
   */
  @Test
  void masksDatesAndWritesThemBack() {
    Segment s = segment("ISPR said it began on Oct. 12, 2025 and held.", Format.TEXT);
    WireText.Wire wire =
        WireText.prepare(
            s, terms(s, "ur"), dates(s, "ur"), WireText.Mode.MASK, false, Inflections.of("ur"));
    assertThat(wire.text()).isEqualTo("⟦1⟧ said it began on ⟦2⟧ and held.");
    assertThat(wire.restore("⟦1⟧ نے کہا کہ یہ ⟦2⟧ کو شروع ہوا اور جاری رہا۔"))
        .isEqualTo("آئی ایس پی آر نے کہا کہ یہ 12 اکتوبر 2025 کو شروع ہوا اور جاری رہا۔");
  }

  /**
   * An engine whose glossary is kept at the provider or in its prompt (terms sent as they are)
   * still gets the date as a placeholder, and the date back as the target writes it.
   */
  @Test
  void anEngineWithoutMaskingStillGetsTheDateMasked() {
    Segment s = segment("ISPR said it began on Oct. 12, 2025 and held.", Format.TEXT);
    WireText.Wire wire =
        WireText.prepare(
            s, terms(s, "ps"), dates(s, "ps"), WireText.Mode.NONE, false, Inflections.of("ps"));
    assertThat(wire.text()).isEqualTo("ISPR said it began on ⟦1⟧ and held.");
    assertThat(wire.restore("آی اېس پي آر وویل چې دا په ⟦1⟧ پیل شو."))
        .contains("په 12 اکتوبر 2025 پیل");
  }

  /** Azure gets a date in its dictionary markup; a date cut by an inline code goes as text. */
  @Test
  void marksUpDatesAndLeavesACutDateAlone() {
    Segment s = segment("Talks end on 14 October.", Format.TEXT);
    WireText.Wire wire =
        WireText.prepare(
            s, List.of(), dates(s, "prs"), WireText.Mode.MARKUP, false, Inflections.of("prs"));
    assertThat(wire.text())
        .isEqualTo(
            "Talks end on <mstrans:dictionary translation=\"14 اکتوبر\">14 October"
                + "</mstrans:dictionary>.");
    Segment cut = segment("Talks end on **14** October.", Format.MARKDOWN);
    WireText.Wire kept =
        WireText.prepare(
            cut, List.of(), dates(cut, "prs"), WireText.Mode.MASK, false, Inflections.of("prs"));
    assertThat(kept.text()).isEqualTo("Talks end on <1>14</1> October.");
    assertThat(kept.fixed()).isEmpty();
  }

  /** A date that overlaps a glossary term is not masked: the term is. */
  @Test
  void aTermWinsOverADate() {
    Segment s = segment("ISPR said so.", Format.TEXT);
    WireText.Wire wire =
        WireText.prepare(
            s,
            terms(s, "ur"),
            List.of(new WireText.Fixed(0, 9, "12 اکتوبر")),
            WireText.Mode.MASK,
            false,
            Inflections.of("ur"));
    assertThat(wire.text()).isEqualTo("⟦1⟧ said so.");
    assertThat(wire.fixed()).isEmpty();
  }

  @Test
  void plainAnswersAreEscapedIntoTaggedForm() {
    Segment s = segment("Q&A with the minister.", Format.TEXT);
    WireText.Wire wire =
        WireText.prepare(s, List.of(), List.of(), WireText.Mode.NONE, true, Inflections.of("ur"));
    assertThat(wire.text()).isEqualTo("Q&A with the minister.");
    assertThat(wire.restore("وزیر کے ساتھ سوال و جواب <کل>"))
        .isEqualTo("وزیر کے ساتھ سوال و جواب &lt;کل>");
  }

  /** An engine that echoes what it got gives back the segment's own tagged text. */
  @Property(tries = 300)
  void anEchoComesBackAsTheTaggedSource(@ForAll("markdownSentences") String markdown) {
    Segment s = segment(markdown, Format.MARKDOWN);
    for (boolean html : new boolean[] {true, false}) {
      WireText.Wire wire =
          WireText.prepare(s, List.of(), List.of(), WireText.Mode.NONE, html, Inflections.of("ur"));
      assertThat(wire.restore(wire.text())).isEqualTo(s.tagged());
    }
    List<WireText.Term> terms = terms(s, "ur");
    WireText.Wire masked =
        WireText.prepare(s, terms, List.of(), WireText.Mode.MASK, true, Inflections.of("ur"));
    String restored = masked.restore(masked.text());
    assertThat(WireText.hasPlaceholder(restored)).isFalse();
    masked.masks().values().forEach(term -> assertThat(restored).contains(term.forms().base()));
  }

  @Provide
  Arbitrary<String> markdownSentences() {
    Arbitrary<String> word =
        Arbitraries.of(
            "ISPR",
            "Durand Line",
            "Kandahar",
            "said",
            "the",
            "army",
            "12",
            "talks",
            "<b>",
            "&",
            "Khawaja Asif",
            "near",
            "TTP's",
            "border",
            "on",
            "Monday");
    Arbitrary<String> marked =
        Arbitraries.oneOf(
            word, word.map(w -> "**" + w + "**"), word.map(w -> "[" + w + "](https://x.pk)"));
    return marked
        .list()
        .ofMinSize(2)
        .ofMaxSize(12)
        .map(
            words -> {
              List<String> parts = new ArrayList<>(words);
              parts.set(0, "Then " + parts.getFirst());
              return String.join(" ", parts) + ".";
            });
  }
}
