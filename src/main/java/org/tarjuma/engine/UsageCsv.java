package org.tarjuma.engine;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tarjuma.engine.UsageLedger.EngineTotal;
import org.tarjuma.engine.UsageLedger.Group;
import org.tarjuma.engine.UsageLedger.Grouping;
import org.tarjuma.web.FormulaGuard;

/**
 * Usage as CSV for spreadsheets (RFC 4180 through Apache Commons CSV: a header line, CRLF line
 * ends, a field quoted when it holds a comma, a quote or a line break). Costs are plain decimals
 * ({@code 0.04575}), never in exponent form. A name a spreadsheet would run as a formula (an
 * outlet's {@code =HYPERLINK(..)}) is written behind a single quote ({@link FormulaGuard}).
 */
final class UsageCsv {

  /** Every outcome a request can have, in the order of the per-engine columns. */
  static final List<String> OUTCOMES =
      Stream.concat(
              Stream.of("ok"),
              Stream.of(EngineException.Failure.values())
                  .map(f -> f.name().toLowerCase(Locale.ROOT)))
          .toList();

  private UsageCsv() {}

  /** {@code <groupBy>,characters,cost,requests}, then a line per group. */
  static String groups(Grouping by, List<Group> groups) {
    List<List<Object>> lines = new ArrayList<>();
    for (Group g : groups) {
      lines.add(
          List.of(
              FormulaGuard.guard(g.key()), g.characters(), g.cost().toPlainString(), g.requests()));
    }
    return write(List.of(by.id(), "characters", "cost", "requests"), lines);
  }

  /** {@code engine,characters,cost,requests} and a column per outcome, then a line per engine. */
  static String engines(List<EngineTotal> engines) {
    List<String> header = new ArrayList<>(List.of("engine", "characters", "cost", "requests"));
    header.addAll(OUTCOMES);
    List<List<Object>> lines = new ArrayList<>();
    for (EngineTotal e : engines) {
      List<Object> line = new ArrayList<>();
      line.add(FormulaGuard.guard(e.engine()));
      line.add(e.characters());
      line.add(e.cost().toPlainString());
      line.add(e.requests().values().stream().mapToLong(Long::longValue).sum());
      OUTCOMES.forEach(o -> line.add(e.requests().getOrDefault(o, 0L)));
      lines.add(line);
    }
    return write(header, lines);
  }

  /**
   * {@code chart,series,day,value}, then a line per chart, series and day, in the page's order; a
   * day without a value (a gap) has an empty value.
   */
  static String charts(List<UsageChart> charts) {
    List<List<Object>> lines = new ArrayList<>();
    for (UsageChart chart : charts) {
      for (UsageChart.Series series : chart.series()) {
        for (int i = 0; i < chart.days().size(); i++) {
          BigDecimal value = series.values().get(i);
          lines.add(
              List.of(
                  chart.id(),
                  FormulaGuard.guard(series.name()),
                  chart.days().get(i).toString(),
                  value == null ? "" : value.toPlainString()));
        }
      }
    }
    return write(List.of("chart", "series", "day", "value"), lines);
  }

  private static String write(List<String> header, List<List<Object>> lines) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
      for (List<Object> line : lines) {
        csv.printRecord(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV", e);
    }
    return out.toString();
  }
}
