package org.tarjuma.engine;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tarjuma.security.Caller;

/**
 * The admins' usage page, {@code /admin/usage}: charts over a range of days ({@link UsageCharts}),
 * each with its data as a table; the same series as JSON ({@code /admin/usage/data}) and as CSV
 * ({@code /admin/usage/csv}). A range that cannot be read is a 400: on the page, a message beside
 * the form; from the data and the CSV, a problem naming the field.
 */
@Controller
class UsagePageController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final UsageCharts charts;
  private final Clock clock;

  UsagePageController(UsageCharts charts) {
    this.charts = charts;
    this.clock = Clock.systemUTC();
  }

  /** The charts of a range, as the data endpoint answers. */
  record Charts(LocalDate from, LocalDate to, List<UsageChart> charts) {}

  @GetMapping("/admin/usage")
  String page(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("caller", Caller.current().orElseThrow());
    try {
      UsageRange range = range(from, to);
      model.addAttribute("from", range.from().toString());
      model.addAttribute("to", range.to().toString());
      model.addAttribute("charts", charts.over(range));
    } catch (ErrorResponseException e) {
      response.setStatus(e.getStatusCode().value());
      model.addAttribute("message", e.getBody().getDetail());
      model.addAttribute("from", from);
      model.addAttribute("to", to);
      model.addAttribute("charts", List.of());
    }
    return "admin/usage";
  }

  /** JSON whatever the request accepts, so that a browser opening the link gets it too. */
  @GetMapping("/admin/usage/data")
  ResponseEntity<Charts> data(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    UsageRange range = range(from, to);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(new Charts(range.from(), range.to(), charts.over(range)));
  }

  @GetMapping("/admin/usage/csv")
  ResponseEntity<String> csv(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    UsageRange range = range(from, to);
    String name = "tarjuma-usage-" + range.from() + "-" + range.to() + ".csv";
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(UsageCsv.charts(charts.over(range)));
  }

  private UsageRange range(String from, String to) {
    return UsageRange.of(from, to, LocalDate.now(clock));
  }
}
