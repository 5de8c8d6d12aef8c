package org.tarjuma.job;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.tarjuma.language.Languages;
import org.tarjuma.memory.TranslationMemory;
import org.tarjuma.security.Caller;
import org.tarjuma.segment.Segment;

/**
 * The translators' pages: articles and their jobs, filterable; then one article, source and targets
 * side by side, and a translator's decision on one segment. Every piece of article or glossary text
 * reaches the page through {@code th:text}, escaped: it is untrusted.
 */
@Controller
class ReviewController {

  private static final int LISTED = 200;

  private final JobStore store;
  private final JobSegments rows;
  private final JobService jobs;
  private final ReviewPage page;
  private final Reviews reviews;
  private final Languages languages;
  private final TranslationMemory memory;

  ReviewController(
      JobStore store,
      JobSegments rows,
      JobService jobs,
      ReviewPage page,
      Reviews reviews,
      Languages languages,
      TranslationMemory memory) {
    this.store = store;
    this.rows = rows;
    this.jobs = jobs;
    this.page = page;
    this.reviews = reviews;
    this.languages = languages;
    this.memory = memory;
  }

  /** One job in the list. */
  record Row(Job job, JobStatus status) {}

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
    List<Job> listed =
        store.recent(LISTED).stream()
            .filter(job -> caller.sees(job.outlet()))
            .filter(job -> lang == null || lang.isBlank() || job.targets().contains(lang))
            .filter(job -> status == null || status.isBlank() || job.status().equals(status))
            .toList();
    Map<String, JobStatus> statuses = jobs.statuses(listed);
    List<Row> out = new ArrayList<>();
    for (Job job : listed) {
      JobStatus s = statuses.get(job.id());
      if (!qa || s.languages().values().stream().anyMatch(p -> p.qaFlagged() > 0)) {
        out.add(new Row(job, s));
      }
    }
    model.addAttribute("rows", out);
    model.addAttribute("lang", lang);
    model.addAttribute("status", status);
    model.addAttribute("qa", qa);
    model.addAttribute("caller", caller);
    return "review/articles";
  }

  /**
   * One article: every language of the job, or one ({@code lang}) beside the English; every
   * segment, or only those {@code only=flagged} or {@code only=needs-engine}. A language not the
   * job's or another filter is a 400 problem naming the parameter.
   */
  @GetMapping("/articles/{id}")
  String article(
      @PathVariable String id,
      @RequestParam(required = false) String lang,
      @RequestParam(required = false) String only,
      Model model) {
    Caller caller = Caller.current().orElseThrow();
    Job job =
        store
            .find(id)
            .filter(j -> caller.sees(j.outlet()))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no job " + id));
    ReviewView view = ReviewView.of(job, lang, only);
    List<ReviewPage.Line> lines = page.lines(caller, job, view.languages());
    model.addAttribute("job", job);
    model.addAttribute("status", jobs.status(job));
    model.addAttribute("view", view);
    model.addAttribute("lines", view.shown(lines));
    model.addAttribute("total", lines.size());
    model.addAttribute("all", job.targets().stream().map(languages::require).toList());
    model.addAttribute("targets", view.languages().stream().map(languages::require).toList());
    model.addAttribute("approves", view.languages().stream().anyMatch(caller::edits));
    model.addAttribute("caller", caller);
    return "review/article";
  }

  /**
   * A translator's decision on one segment ({@code action}: save, approve or reject), from the
   * version they started with. Answers the cell again: updated; or, when someone else changed it
   * meanwhile, unchanged with a conflict message (409); or refused for a language not theirs (403).
   */
  @PostMapping("/articles/{id}/segments/{lang}/{position}")
  String review(
      @PathVariable String id,
      @PathVariable String lang,
      @PathVariable int position,
      @RequestParam String action,
      @RequestParam(required = false, defaultValue = "") String target,
      @RequestParam int version,
      Model model,
      HttpServletResponse response) {
    Caller caller = Caller.current().orElseThrow();
    Job job = visible(caller, id, lang);
    List<Segment> segments = jobs.article(job).segments();
    JobSegment row = rows.one(id, lang, position).map(JobSegments.Stored::segment).orElse(null);
    if (row == null || position >= segments.size()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such segment");
    }
    Reviews.Outcome outcome =
        reviews.decide(
            caller,
            job,
            segments.get(position),
            row,
            new Reviews.Decision(lang, position, action, target, version));
    ReviewPage.Cell cell = page.cell(caller, id, position, lang);
    return switch (outcome) {
      case SAVED -> answer(model, response, HttpStatus.OK, cell);
      case NOT_THEIRS ->
          answer(
              model,
              response,
              HttpStatus.FORBIDDEN,
              cell.with("You may not edit " + languages.require(lang).name() + "."));
      case UNKNOWN_ACTION ->
          throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown action");
      case EMPTY_APPROVAL ->
          answer(
              model,
              response,
              HttpStatus.BAD_REQUEST,
              cell.with("An empty translation cannot be approved."));
      case STALE ->
          answer(
              model,
              response,
              HttpStatus.CONFLICT,
              cell.with(
                  "Someone else changed this segment while you were editing it; this is their"
                      + " version. Your text was not saved."));
    };
  }

  /** Fuzzy memory suggestions for one segment: offered, never applied. */
  @GetMapping("/articles/{id}/segments/{lang}/{position}/suggestions")
  String suggestions(
      @PathVariable String id, @PathVariable String lang, @PathVariable int position, Model model) {
    Caller caller = Caller.current().orElseThrow();
    List<Segment> segments = jobs.article(visible(caller, id, lang)).segments();
    if (position < 0 || position >= segments.size()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such segment");
    }
    model.addAttribute("suggestions", memory.fuzzy(lang, segments.get(position).text(), 0.75, 3));
    model.addAttribute("lang", lang);
    return "review/article :: suggestions";
  }

  private Job visible(Caller caller, String id, String lang) {
    return store
        .find(id)
        .filter(j -> caller.sees(j.outlet()) && j.targets().contains(lang))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such segment"));
  }

  private static String answer(
      Model model, HttpServletResponse response, HttpStatus status, ReviewPage.Cell cell) {
    response.setStatus(status.value());
    model.addAttribute("cell", cell);
    return "review/article :: cell";
  }
}
