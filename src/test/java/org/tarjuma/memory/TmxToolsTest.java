package org.tarjuma.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.tarjuma.testing.Fixtures;

/**
 * TMX files shaped like other tools' exports (under {@code memory/tools/}) import with the units
 * expected: languages by their primary code, inline codes as our tags, metadata passed over. Their
 * text is the seed memory's; the markup around it is each tool's.
 */
class TmxToolsTest {

  private static final String KANDAHAR_EN =
      "By striking deep into <1>Kandahar</1>, Pakistan has sent a resounding message of"
          + " deterrence.<2/>";
  private static final String CEASEFIRE_EN =
      "Pakistan, Afghan Taliban agree to 48-Hour ceasefire amid border clashes Azad News HD";
  private static final String TARGET_EN =
      "The choice of target underscores the seriousness of Islamabad’s resolve to protect its"
          + " territorial integrity and eliminate cross-border threats, even if it means penetrating"
          + " into areas previously considered off-limits for external intervention.";
  private static final String TENSIONS_EN =
      "Tensions Escalate as Pakistan Launches Precision Strikes in Kandahar, Destroying Taliban"
          + " Strongholds and Eliminating Dozens of Militants";

  private static List<Tuple> read(String fixture) {
    return new TmxReader(Fixtures.LANGUAGES)
            .read(
                new ByteArrayInputStream(
                    Fixtures.resource("/memory/tools/" + fixture).getBytes(StandardCharsets.UTF_8)),
                "tmx",
                "amna",
                Instant.now())
            .stream()
            .map(u -> tuple(u.targetLang(), u.source(), u.target()))
            .toList();
  }

  /**
   * OmegaT's level-2 export (Project › Create translated documents writes {@code
   * project-level2.tmx}): DOCTYPE tmx14.dtd, header creationtool="OmegaT" o-tmf="OmegaT TMX"
   * adminlang="EN-US", tuv on lines of their own, the target tuv with changeid/changedate/
   * creationid/creationdate, a note, the alternative translations' file/prev/next props, OmegaT's
   * tags {@code <b0>}, {@code <x1/>} as bpt/ept (i and x) and ph (x) holding the tag as text.
   * Shape: omegat-org/omegat, src/main/java/org/omegat/util/TMXWriter2.java (writeHeader,
   * writeEntry, writeLevelTwo) and src/main/java/org/omegat/core/data/ProjectTMX.java (exportTMX).
   */
  @Test
  void omegatLevel2ProjectExport() {
    assertThat(read("omegat-level2.tmx"))
        .containsExactly(
            tuple(
                "prs",
                "By striking deep into <0>Kandahar</0>, Pakistan has sent a resounding message of"
                    + " deterrence.<1/>",
                "پاکستان با حمله به عمق <0>قندهار</0>، پیام رسایی از بازدارندگی فرستاده است.<1/>"),
            tuple(
                "prs",
                TARGET_EN,
                "انتخاب این هدف نشان‌دهندهٔ جدیت عزم اسلام‌آباد برای حفظ تمامیت ارضی خود و از میان"
                    + " بردن تهدیدهای فرامرزی است، حتی اگر به معنای ورود به مناطقی باشد که پیش‌تر"
                    + " برای مداخلهٔ خارجی ممنوع شمرده می‌شد."),
            tuple(
                "prs",
                CEASEFIRE_EN,
                "پاکستان و طالبان افغان در میان درگیری‌های مرزی بر آتش‌بس ۴۸ ساعته توافق کردند، آزاد"
                    + " نیوز اچ‌دی"));
  }

  /**
   * A Trados Studio TM export: UTF-8 with a byte-order mark, header creationtool="SDL Language
   * Platform" o-tmf="SDL TM8 Format" datatype="xml" with x- props (user fields suffixed with their
   * type, :MultiplePicklist), tu with creationid/changeid/changedate/lastusagedate/usagecount and
   * x-LastUsedBy, x-Context, x-Origin, x-ConfirmationLevel props; codes as empty {@code <bpt i type
   * x/>}, {@code <ept i/>}, {@code <ph x type/>}. Shapes: alexisdoualle/NMTScripts, TMXExtract.js
   * (a Studio export's header and tu quoted in its closing comment);
   * https://cerebus.de/glossaryconverter/help/TMX.html (SDL TM8 Format, x- fields);
   * jdvelasquez-git/trados-tmx-to-phrase-tmx, tradosTMXtoPhraseTMX_v2 (creationid/changeid on tu);
   * TomasoAlbinoni/Trados-Studio-Resource-Converter, source.java (Studio's tags as TMX).
   */
  @Test
  void tradosStudioExport() {
    assertThat(read("trados-studio.tmx"))
        .containsExactly(
            tuple(
                "ps",
                CEASEFIRE_EN,
                "پاکستان او افغان طالبان د پولې نښتو په ترڅ کې پر ۴۸ ساعته اوربند همغږي شول، ازاد نیوز"
                    + " اېچ ډي"),
            tuple(
                "ps",
                KANDAHAR_EN,
                "د <1>کندهار</1> تر ژورو پورې د برید په کولو سره پاکستان د مخنیوي ځواک یو پیاوړی"
                    + " پیغام لېږلی دی.<2/>"),
            tuple(
                "ps",
                TARGET_EN,
                "د هدف ټاکنه د خپلې ځمکنۍ بشپړتیا د ساتنې او د له پولې پورې غاړې ګواښونو د له منځه"
                    + " وړلو لپاره د اسلام آباد د هوډ جدیت څرګندوي، که څه هم دا د هغو سیمو ته ننوتل"
                    + " وي چې پخوا د بهرنۍ مداخلې لپاره منع ګڼل کېدې."));
  }

  /**
   * A Trados Translator's Workbench (2007) export, which Studio users still import: DOCTYPE, header
   * o-tmf="TW4Win 2.0 Format" datatype="rtf", upper-case codes (EN-US, UR-PK), a Txt:: prop and RTF
   * codes in the deprecated {@code <ut>}: each becomes a standalone tag numbered by its place, its
   * RTF never text. Shapes: tingley/otter, src/test/resources/header.tmx (the header); the TMX 1.4b
   * specification, http://www.ttt.org/oscarStandards/tmx/tmx14-20041007.htm ({@code <ut>}).
   */
  @Test
  void tradosWorkbenchExportWithUtCodes() {
    assertThat(read("trados-workbench.tmx"))
        .containsExactly(
            tuple(
                "ur",
                "By striking deep into <1/>Kandahar<2/>, Pakistan has sent a resounding message of"
                    + " deterrence.",
                "<1/>قندھار<2/> کے اندر گہرائی تک حملہ کر کے پاکستان نے ڈیٹرنس کا گونج دار پیغام دیا"
                    + " ہے۔"),
            tuple(
                "ur",
                CEASEFIRE_EN,
                "پاکستان اور افغان طالبان سرحدی جھڑپوں کے دوران 48 گھنٹے کی جنگ بندی پر متفق، آزاد"
                    + " نیوز ایچ ڈی"));
  }

  /**
   * A memoQ TM export: DOCTYPE, header creationtool="MemoQ" o-tmf="MemoQTM" with def* props and
   * targetlang, tu props client/domain/corrected/aligned/x-document, and the source tuv's
   * x-context-pre and x-context-post props holding neighbouring segments as escaped {@code <seg>}
   * text, never read as the segment. Shapes: jakub-szczepaniak/Tmx, tmx/test/test_tmx.py (a memoQ
   * 7.0 export as its test sample);
   * https://xtm-cloud.atlassian.net/wiki/spaces/EXKB/pages/3273490578 (the context props).
   */
  @Test
  void memoqExportWithContextProps() {
    assertThat(read("memoq.tmx"))
        .containsExactly(
            tuple(
                "ur",
                TENSIONS_EN,
                "پاکستان کے قندھار میں ہدفی حملے، کشیدگی میں اضافہ: طالبان کے ٹھکانے تباہ اور درجنوں"
                    + " عسکریت پسند ہلاک"),
            tuple(
                "ur",
                KANDAHAR_EN.replace("<1>", "").replace("</1>", "").replace("<2/>", ""),
                "قندھار کے اندر گہرائی تک حملہ کر کے پاکستان نے ڈیٹرنس کا گونج دار پیغام دیا ہے۔"));
  }

  /**
   * Okapi's TMXWriter (okapi-core 1.47.0, header as its LeveragingStep writes it): one tu with the
   * three targets in locale order, codes as bpt/ept/ph holding their native HTML. Written by that
   * class (net.sf.okapi.common.filterwriter.TMXWriter, writeTUFull); OkapiTmxTest writes it live.
   */
  @Test
  void okapiTmxWriterOutput() {
    assertThat(read("okapi.tmx"))
        .containsExactly(
            tuple(
                "prs",
                TENSIONS_EN,
                "تنش‌ها بالا می‌گیرد: پاکستان در قندهار حملات دقیق انجام داد، سنگرهای طالبان را ویران"
                    + " کرد و ده‌ها جنگجو را از پا درآورد"),
            tuple(
                "ps",
                TENSIONS_EN,
                "کړکېچ زیاتېږي: پاکستان په کندهار کې دقیق بریدونه وکړل، د طالبانو مورچې یې ویجاړې او"
                    + " لسګونه وسله وال یې ووژل"),
            tuple(
                "ur",
                TENSIONS_EN,
                "پاکستان کے قندھار میں ہدفی حملے، کشیدگی میں اضافہ: طالبان کے ٹھکانے تباہ اور درجنوں"
                    + " عسکریت پسند ہلاک"),
            tuple(
                "prs",
                KANDAHAR_EN,
                "پاکستان با حمله به عمق <1>قندهار</1>، پیام رسایی از بازدارندگی فرستاده است.<2/>"),
            tuple(
                "ps",
                KANDAHAR_EN,
                "د <1>کندهار</1> تر ژورو پورې د برید په کولو سره پاکستان د مخنیوي ځواک یو پیاوړی"
                    + " پیغام لېږلی دی.<2/>"),
            tuple(
                "ur",
                KANDAHAR_EN,
                "<1>قندھار</1> کے اندر گہرائی تک حملہ کر کے پاکستان نے ڈیٹرنس کا گونج دار پیغام دیا"
                    + " ہے۔<2/>"));
  }
}
