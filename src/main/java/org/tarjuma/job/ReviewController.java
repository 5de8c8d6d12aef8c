package org.tarjuma.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.tarjuma.glossary.Entry;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.glossary.TermMatch;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;
import org.tarjuma.qa.Subject;
import org.tarjuma.security.Caller;

/**
 * The translators' pages: articles and their jobs, filterable; then one article, source and targets
 * side by side. Every piece of article or glossary text reaches the page through {@code th:text},
 * escaped: it is untrusted.
 */
@Controller
class ReviewController {

  private static final int LISTED = 200;

  private final JobStore store;
  private final JobService jobs;
  private final Glossary glossary;
  private final Languages languages;

  ReviewController(JobStore store, JobService jobs, Glossary glossary, Languages languages) {
    this.store = store;
    this.jobs = jobs;
    this.glossary = glossary;
    this.languages = languages;
  }

  /** One job in the list. */
  record Row(Job job, JobStatus status) {}

  /** A piece of a source sentence: plain text, or a glossary term with its required forms. */
  record Piece(String text, String entryId, String forms) {}

  /** One segment's target in one language. */
  record Cell(String lang, String text, String status, String origin, List<String> flags) {}

  /** One row of the article: the source with its terms, and each language's target. */
  record Line(int position, String id, List<Piece> source, List<Cell> targets) {}

  @GetMapping("/")
  String home() {
    return "redirect:/articles";
  }

  @GetMapping("/articles")
  String articles(
      @RequestParam(required = false) String lang,
      @RequestParam(required = false) String status,
      @RequestParam(required = false, defaultValue = "false") boolean qa,
      Model model) {
    Caller caller = Caller.current().orElseThrow();
    List<Row> rows = new ArrayList<>();
    for (Job job : store.recent(LISTED)) {
      if (!caller.sees(job.outlet())
          || (lang != null && !lang.isBlank() && !job.targets().contains(lang))
          || (status != null && !status.isBlank() && !job.status().equals(status))) {
        continue;
      }
      JobStatus s = jobs.status(job);
      if (qa && s.languages().values().stream().allMatch(p -> p.qaFlagged() == 0)) {
        continue;
      }
      rows.add(new Row(job, s));
    }
    model.addAttribute("rows", rows);
    model.addAttribute("lang", lang);
    model.addAttribute("status", status);
    model.addAttribute("qa", qa);
    model.addAttribute("caller", caller);
    return "review/articles";
  }

  @GetMapping("/articles/{id}")
  String article(@PathVariable String id, Model model) {
    Caller caller = Caller.current().orElseThrow();
    Job job =
        store
            .find(id)
            .filter(j -> caller.sees(j.outlet()))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no job " + id));
    Map<String, List<JobSegment>> byLang = new LinkedHashMap<>();
    job.targets().forEach(lang -> byLang.put(lang, store.segments(id, lang)));
    List<Line> lines = new ArrayList<>();
    var segments = jobs.article(job).segments();
    for (int i = 0; i < segments.size(); i++) {
      List<Cell> cells = new ArrayList<>();
      for (String lang : job.targets()) {
        int position = i;
        JobSegment row =
            byLang.get(lang).stream()
                .filter(r -> r.position() == position)
                .findFirst()
                .orElse(null);
        cells.add(
            row == null
                ? new Cell(lang, "", "pending", null, List.of())
                : new Cell(
                    lang,
                    row.target() == null ? "" : plain(row.target(), lang),
                    row.status(),
                    row.origin(),
                    row.qa().stream().map(f -> f.code()).toList()));
      }
      lines.add(
          new Line(i, segments.get(i).id(), pieces(segments.get(i).text(), job.targets()), cells));
    }
    model.addAttribute("job", job);
    model.addAttribute("status", jobs.status(job));
    model.addAttribute("lines", lines);
    model.addAttribute("targets", job.targets().stream().map(languages::require).toList());
    model.addAttribute("caller", caller);
    return "review/article";
  }

  /** The sentence cut at its glossary terms, each term with its forms in the job's languages. */
  private List<Piece> pieces(String text, List<String> targets) {
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    for (TermMatch match : glossary.matcher().find(text)) {
      if (match.start() > at) {
        pieces.add(new Piece(text.substring(at, match.start()), null, null));
      }
      pieces.add(
          new Piece(
              text.substring(match.start(), match.end()),
              match.entryId(),
              forms(match.entryId(), targets)));
      at = match.end();
    }
    if (at < text.length()) {
      pieces.add(new Piece(text.substring(at), null, null));
    }
    return pieces;
  }

  private String forms(String entryId, List<String> targets) {
    Entry entry = glossary.find(entryId).orElse(null);
    if (entry == null) {
      return "";
    }
    List<String> lines = new ArrayList<>();
    for (String lang : targets) {
      Entry.Forms forms = entry.targets().get(lang);
      if (forms != null && !forms.preferred().isBlank()) {
        lines.add(lang + ": " + forms.preferred());
      }
    }
    return String.join("\n", lines);
  }

  private String plain(String tagged, String lang) {
    Language language = languages.require(lang);
    return new Subject("", tagged, language).plainTarget();
  }
}
