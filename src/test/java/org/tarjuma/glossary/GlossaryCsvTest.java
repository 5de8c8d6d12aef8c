package org.tarjuma.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryCsvTest {

  private static List<Entry> read(String csv) {
    return GlossaryCsv.read(csv.getBytes(StandardCharsets.UTF_8), "terms.csv");
  }

  @Test
  void theShippedGlossaryRoundTripsThroughCsv() throws Exception {
    List<Entry> shipped = TbxReaderTest.shipped();
    StringWriter out = new StringWriter();
    GlossaryCsv.write(shipped, out);
    assertThat(out.toString()).startsWith(String.join(",", GlossaryCsv.header()) + "\r\n");
    assertThat(GlossaryCsv.read(out.toString().getBytes(StandardCharsets.UTF_8), "x.csv"))
        .isEqualTo(shipped);
  }

  @Test
  void aSpreadsheetRowBecomesAnEntry() {
    List<Entry> entries =
        read(
            "id,english,english_variants,case_sensitive,ur,ur_variants,ur_forbidden,ur_status\n"
                + "ttp,Tehreek-e-Taliban Pakistan,TTP | Pakistani Taliban,TTP,تحریک طالبان پاکستان,ٹی ٹی پی,طالبان پاکستان: too vague,approved\n");
    Entry ttp = entries.get(0);
    assertThat(ttp.english().variants())
        .containsExactly(
            new Entry.SourceTerm("TTP", true), new Entry.SourceTerm("Pakistani Taliban", false));
    assertThat(ttp.targets().get("ur").forbidden())
        .containsExactly(new Entry.Forbidden("طالبان پاکستان", "too vague"));
    assertThat(ttp.targets().get("ur").status()).isEqualTo(Entry.Status.APPROVED);
    assertThat(ttp.targets()).doesNotContainKey("ps");
  }

  @Test
  void aRowWithoutAnIdGetsOneFromItsEnglishTerm() {
    List<Entry> entries =
        read("\uFEFFid,english,ur,ur_status\n,Durand Line,ڈیورنڈ لائن,proposed\n  ,Kabul,کابل,\n");
    assertThat(entries).extracting(Entry::id).containsExactly("durand-line", "kabul");
    assertThat(entries.get(0).targets().get("ur").preferred()).isEqualTo("ڈیورنڈ لائن");
  }

  @Test
  void brokenQuotingWrongEncodingAndBadCellsNameTheLine() {
    assertThatThrownBy(() -> read("id,english\nkabul,Kabul\nx,\"broken quote\nmore\n"))
        .isInstanceOf(GlossaryFileException.class)
        .hasMessageMatching("terms\\.csv, line [34]: not valid CSV: .*");
    byte[] latin1 =
        "id,english\nkabul,Kabul\nbeyond,Caf\u00e9 Durand\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> GlossaryCsv.read(latin1, "terms.csv"))
        .hasMessageStartingWith("terms.csv, line 3: not UTF-8");
    assertThatThrownBy(() -> read("id,english,ur,ur_status\nkabul,Kabul,کابل,final\n"))
        .hasMessage(
            "terms.csv, line 2: status 'final' is not one of proposed, approved, deprecated");
    assertThatThrownBy(() -> read("name,english\nkabul,Kabul\n"))
        .hasMessageStartingWith("terms.csv, line 1: the header has no 'id' column");
  }

  /**
   * A plain glossary whose header is language codes (any case, regional forms): one proposed entry
   * a row, its id from the English; other columns passed over with a warning.
   */
  @Test
  void aHeaderOfLanguageCodesIsAPlainGlossary() {
    GlossaryCsv.Read read =
        GlossaryCsv.readWithWarnings(
            ("EN,ur-PK,ps,fa-AF,comment\n"
                    + "Durand Line,ڈیورنڈ لائن,ډیورنډ کرښه,خط دیورند,border\n"
                    + "Spin Boldak,,سپین بولدک,,\n")
                .getBytes(StandardCharsets.UTF_8),
            "terms.csv");
    assertThat(read.warnings())
        .containsExactly("column 'comment' is not read (not en, ur, ps or prs)");
    assertThat(read.entries()).extracting(Entry::id).containsExactly("durand-line", "spin-boldak");
    Entry durand = read.entries().getFirst();
    assertThat(durand.english().preferred().text()).isEqualTo("Durand Line");
    assertThat(durand.targets().get("prs").preferred()).isEqualTo("خط دیورند");
    assertThat(durand.targets().get("ur").status()).isEqualTo(Entry.Status.PROPOSED);
    assertThat(read.entries().get(1).targets()).containsOnlyKeys("ps");
    assertThatThrownBy(() -> read("en,ur\n,کابل\n"))
        .hasMessage("terms.csv, line 2: the row has no English term");
    assertThatThrownBy(() -> read("term,translation\nKabul,کابل\n"))
        .hasMessageContaining("or language codes (en, ur, ps, prs) with en and at least one other");
  }
}
