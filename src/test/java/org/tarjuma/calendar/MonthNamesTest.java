package org.tarjuma.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The month names are ICU's where months.properties says so, and differ only where it says why. */
class MonthNamesTest {

  private static List<String> icu(String locale) {
    ULocale l = new ULocale(locale);
    DateFormatSymbols symbols = new DateFormatSymbols(Calendar.getInstance(l), l);
    return List.of(symbols.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE));
  }

  /** Gregorian names: exactly ICU's for ur, ps and fa_AF. */
  @ParameterizedTest
  @CsvSource({
    "ur, ur@calendar=gregorian",
    "ps, ps@calendar=gregorian",
    "prs, fa_AF@calendar=gregorian"
  })
  void gregorianNamesAreIcus(String lang, String locale) {
    assertThat(MonthNames.all().get("gregorian." + lang)).isEqualTo(icu(locale));
  }

  /** Dari Solar Hijri: ICU's fa_AF names, with سنبله for its ezafe form سنبلهٔ. */
  @Test
  void dariSolarHijriNamesAreIcusAfghanOnes() {
    List<String> expected = new ArrayList<>(icu("fa_AF@calendar=persian"));
    assertThat(expected.get(5)).isEqualTo("سنبلهٔ");
    expected.set(5, "سنبله");
    assertThat(MonthNames.all().get("solar-hijri.prs")).isEqualTo(expected);
  }

  /** Pashto Solar Hijri: ICU's ps names with the Pashto gaf ګ where ICU has the Persian گ. */
  @Test
  void pashtoSolarHijriNamesAreIcusWithPashtoGaf() {
    List<String> expected =
        icu("ps@calendar=persian").stream().map(name -> name.replace('گ', 'ګ')).toList();
    assertThat(MonthNames.all().get("solar-hijri.ps")).isEqualTo(expected);
    assertThat(String.join("", MonthNames.all().get("solar-hijri.ps"))).doesNotContain("گ");
  }

  /** Urdu Solar Hijri: the Dari names, Urdu spelling (ہ for final ه). */
  @Test
  void urduSolarHijriNamesAreTheAfghanOnesInUrduSpelling() {
    List<String> dari = MonthNames.all().get("solar-hijri.prs");
    assertThat(MonthNames.all().get("solar-hijri.ur"))
        .isEqualTo(dari.stream().map(name -> name.replaceAll("ه$", "ہ")).toList());
  }

  /** The public accessor gives each calendar's twelve names, and none for a language without. */
  @Test
  void targetDatesGivesTheNamesByCalendarId() {
    assertThat(TargetDates.monthNames("solar-hijri", "ps"))
        .isEqualTo(MonthNames.all().get("solar-hijri.ps"))
        .hasSize(12)
        .element(6)
        .isEqualTo("تله");
    assertThat(TargetDates.monthNames("gregorian", "en")).isEmpty();
  }
}
