package org.tarjuma.job;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.tarjuma.glossary.Entry;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.glossary.TermMatch;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;
import org.tarjuma.memory.MemoryUnit;
import org.tarjuma.memory.TranslationMemory;
import org.tarjuma.qa.Finding;
import org.tarjuma.qa.QualityChecks;
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
  private final TranslationMemory memory;
  private final QualityChecks qa;

  ReviewController(
      JobStore store,
      JobService jobs,
      Glossary glossary,
      Languages languages,
      TranslationMemory memory,
      QualityChecks qa) {
    this.store = store;
    this.jobs = jobs;
    this.glossary = glossary;
    this.languages = languages;
    this.memory = memory;
    this.qa = qa;
  }

  /** One job in the list. */
  record Row(Job job, JobStatus status) {}

  /** A piece of a source sentence: plain text, or a glossary term with its required forms. */
  record Piece(String text, String entryId, String forms) {}

  /**
   * One segment's target in one language, as the page shows it.
   *
   * @param editable whether the caller may edit this language
   * @param message what happened to the last edit (a conflict, a refusal), or null
   */
  record Cell(
      String jobId,
      int position,
      String lang,
      String text,
      String status,
      String origin,
      List<Finding> flags,
      int version,
      String review,
      String reviewedBy,
      boolean editable,
      String message) {

    Cell with(String message) {
      return new Cell(
          jobId,
          position,
          lang,
          text,
          status,
          origin,
          flags,
          version,
          review,
          reviewedBy,
          editable,
          message);
    }
  }

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
    Map<String, Map<Integer, JobSegment>> byLang = new LinkedHashMap<>();
    job.targets().forEach(lang -> byLang.put(lang, byPosition(store.segments(id, lang))));
    Map<String, Map<Integer, JobStore.Review>> reviews = store.reviews(id);
    List<Line> lines = new ArrayList<>();
    var segments = jobs.article(job).segments();
    for (int i = 0; i < segments.size(); i++) {
      List<Cell> cells = new ArrayList<>();
      for (String lang : job.targets()) {
        cells.add(
            cell(
                caller,
                id,
                i,
                lang,
                byLang.get(lang).get(i),
                reviews.getOrDefault(lang, Map.of()).get(i)));
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

  /**
   * A translator's decision on one segment ({@code action}: save, approve or reject), from the
   * version they started with. Answers the cell again: updated; or, when someone else changed it
   * meanwhile, unchanged with a conflict message (409); or refused for a language not theirs (403).
   * An approved segment becomes translation memory.
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
    var segments = jobs.article(job).segments();
    JobSegment row = store.segment(id, lang, position).map(JobStore.Stored::segment).orElse(null);
    if (row == null || position >= segments.size()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such segment");
    }
    if (!caller.edits(lang)) {
      return answer(
          model,
          response,
          HttpStatus.FORBIDDEN,
          current(caller, id, position, lang)
              .with("You may not edit " + languages.require(lang).name() + "."));
    }
    String review =
        switch (action) {
          case "approve" -> "approved";
          case "reject" -> "rejected";
          case "save" -> null;
          default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown action");
        };
    Language language = languages.require(lang);
    String text =
        target.isBlank() && row.target() != null
            ? row.target()
            : languages.normalizer(language).normalize(target.strip()).text();
    if ("approved".equals(review) && text.isBlank()) {
      return answer(
          model,
          response,
          HttpStatus.BAD_REQUEST,
          current(caller, id, position, lang).with("An empty translation cannot be approved."));
    }
    var segment = segments.get(position);
    List<Finding> findings =
        text.isBlank()
            ? List.of()
            : qa.run(
                new Subject(segment.tagged(), text, language),
                glossary.matcher().find(segment.text()));
    boolean saved =
        store.review(
            id,
            lang,
            position,
            version,
            text.isBlank() ? null : text,
            findings,
            review,
            caller.name());
    if (!saved) {
      return answer(
          model,
          response,
          HttpStatus.CONFLICT,
          current(caller, id, position, lang)
              .with(
                  "Someone else changed this segment while you were editing it; this is their"
                      + " version. Your text was not saved."));
    }
    if ("approved".equals(review)) {
      // The same key the translator looks memory up by: the text, or the tagged text with codes.
      String source = segment.codes().isEmpty() ? segment.text() : segment.tagged();
      memory.save(
          new MemoryUnit(
              job.source(), lang, source, text, "approved", caller.name(), Instant.now()));
    }
    return answer(model, response, HttpStatus.OK, current(caller, id, position, lang));
  }

  /** Fuzzy memory suggestions for one segment: offered, never applied. */
  @GetMapping("/articles/{id}/segments/{lang}/{position}/suggestions")
  String suggestions(
      @PathVariable String id, @PathVariable String lang, @PathVariable int position, Model model) {
    Caller caller = Caller.current().orElseThrow();
    var segments = jobs.article(visible(caller, id, lang)).segments();
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
      Model model, HttpServletResponse response, HttpStatus status, Cell cell) {
    response.setStatus(status.value());
    model.addAttribute("cell", cell);
    return "review/article :: cell";
  }

  private Cell current(Caller caller, String id, int position, String lang) {
    JobStore.Stored stored = store.segment(id, lang, position).orElse(null);
    return cell(
        caller,
        id,
        position,
        lang,
        stored == null ? null : stored.segment(),
        stored == null ? null : stored.review());
  }

  private Cell cell(
      Caller caller, String id, int position, String lang, JobSegment row, JobStore.Review review) {
    if (row == null) {
      return new Cell(
          id, position, lang, "", "pending", null, List.of(), 0, null, null, false, null);
    }
    return new Cell(
        id,
        position,
        lang,
        row.target() == null ? "" : Subject.plain(row.target()),
        row.status(),
        row.origin(),
        row.qa(),
        review == null ? 0 : review.version(),
        review == null ? null : review.review(),
        review == null ? null : review.reviewedBy(),
        caller.edits(lang),
        null);
  }

  private static Map<Integer, JobSegment> byPosition(List<JobSegment> rows) {
    Map<Integer, JobSegment> out = new java.util.HashMap<>();
    rows.forEach(r -> out.put(r.position(), r));
    return out;
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
}
