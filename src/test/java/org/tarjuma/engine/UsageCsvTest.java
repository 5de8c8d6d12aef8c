package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotEmpty;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.tarjuma.engine.UsageLedger.EngineTotal;
import org.tarjuma.engine.UsageLedger.Group;
import org.tarjuma.engine.UsageLedger.Grouping;
import org.tarjuma.web.FormulaGuard;

/** Usage as CSV: the exact lines, and any outlet name read back as it was. */
class UsageCsvTest {

  @Test
  void aLinePerGroupWithNamesQuotedWhereTheyMustBe() {
    assertThat(
            UsageCsv.groups(
                Grouping.OUTLET,
                List.of(
                    new Group("Dawn, \"Karachi\"", 40, new BigDecimal("0.0004"), 1),
                    new Group("tolo", 1_500_000, new BigDecimal("4.5E+1"), 2))))
        .isEqualTo(
            "outlet,characters,cost,requests\r\n"
                + "\"Dawn, \"\"Karachi\"\"\",40,0.0004,1\r\n"
                + "tolo,1500000,45,2\r\n");
  }

  @Test
  void withoutGroupingALinePerEngineWithEveryOutcome() {
    assertThat(
            UsageCsv.engines(
                List.of(
                    new EngineTotal(
                        "deepl",
                        260,
                        new BigDecimal("0.0065"),
                        Map.of("ok", 2L, "quota_exhausted", 1L)),
                    new EngineTotal("memory", 0, BigDecimal.ZERO, Map.of()))))
        .isEqualTo(
            "engine,characters,cost,requests,ok,retryable,quota_exhausted,authentication,"
                + "rejected,unsupported_language\r\n"
                + "deepl,260,0.0065,3,2,0,1,0,0,0\r\n"
                + "memory,0,0,0,0,0,0,0,0,0\r\n");
  }

  /** An outlet named like a formula is written behind a single quote, numbers as they are. */
  @Test
  void anOutletNamedLikeAFormulaIsQuoted() {
    String csv =
        UsageCsv.groups(
            Grouping.OUTLET, List.of(new Group("=HYPERLINK(\"http://x\")", 7, BigDecimal.ONE, 1)));
    assertThat(csv)
        .isEqualTo(
            "outlet,characters,cost,requests\r\n\"'=HYPERLINK(\"\"http://x\"\")\",7,1,1\r\n");
  }

  /** Any outlet name is read back as it was, once the formula guard is removed. */
  @Property
  void anyOutletNameIsReadBackAsItWas(@ForAll @NotEmpty String outlet) throws IOException {
    String csv =
        UsageCsv.groups(
            Grouping.OUTLET,
            List.of(new Group(outlet, 7, BigDecimal.ONE, 1), new Group("z", 1, BigDecimal.ONE, 1)));
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(csv),
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      List<CSVRecord> records = parser.getRecords();
      assertThat(records).hasSize(2);
      assertThat(FormulaGuard.unguard(records.getFirst().get("outlet"))).isEqualTo(outlet);
      assertThat(records.getFirst().get("outlet")).doesNotMatch("(?s)[=+\\-@\t\r].*");
      assertThat(records.getFirst().get("characters")).isEqualTo("7");
      assertThat(records.get(1).get("outlet")).isEqualTo("z");
    }
  }
}
