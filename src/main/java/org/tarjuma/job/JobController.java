package org.tarjuma.job;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.tarjuma.engine.Translator;
import org.tarjuma.glossary.Entry;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.glossary.TermMatch;
import org.tarjuma.language.Languages;
import org.tarjuma.qa.GlossaryCheck;
import org.tarjuma.qa.Subject;
import org.tarjuma.security.Caller;
import org.tarjuma.segment.Format;
import org.tarjuma.segment.SegmentedArticle;
import org.tarjuma.web.Problems;

/** The outlets' job API. */
@RestController
class JobController {

  private final JobService jobs;
  private final JobStore store;
  private final Translator translator;
  private final Languages languages;
  private final CallbackSender callbacks;
  private final Glossary glossary;
  private final GlossaryCheck required;
  // One daemon thread pushes every open event stream; closed with the application.
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("job-events").factory());

  @jakarta.annotation.PreDestroy
  void stopEvents() {
    ticker.shutdownNow();
  }

  JobController(
      JobService jobs,
      JobStore store,
      Translator translator,
      Languages languages,
      CallbackSender callbacks,
      Glossary glossary) {
    this.glossary = glossary;
    this.required = new GlossaryCheck(glossary);
    this.jobs = jobs;
    this.store = store;
    this.translator = translator;
    this.languages = languages;
    this.callbacks = callbacks;
  }

  /**
   * The article as the body itself ({@code text/plain}, {@code text/markdown}, {@code text/html}),
   * the rest as query parameters: what {@code curl --data-binary @article.txt} sends.
   */
  @PostMapping(
      path = "/api/v1/jobs",
      consumes = {MediaType.TEXT_PLAIN_VALUE, "text/markdown", MediaType.TEXT_HTML_VALUE})
  ResponseEntity<JobStatus> submitDocument(
      @RequestBody String article,
      @RequestHeader("Content-Type") MediaType type,
      @RequestParam List<String> targets,
      @RequestParam(required = false) String source,
      @RequestParam(required = false) String articleId,
      @RequestParam(required = false) String callbackUrl,
      @RequestHeader(name = "X-Tarjuma-Outlet", required = false) String outlet) {
    String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
    return submit(
        new JobRequest(
            subtype.equals("plain") ? article : null,
            subtype.equals("markdown") ? article : null,
            subtype.equals("html") ? article : null,
            source,
            targets,
            articleId,
            callbackUrl),
        outlet);
  }

  @PostMapping(path = "/api/v1/jobs", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<JobStatus> submit(
      @RequestBody JobRequest request,
      @RequestHeader(name = "X-Tarjuma-Outlet", required = false) String outlet) {
    Map<Format, String> given = new LinkedHashMap<>();
    if (request.text() != null) {
      given.put(Format.TEXT, request.text());
    }
    if (request.markdown() != null) {
      given.put(Format.MARKDOWN, request.markdown());
    }
    if (request.html() != null) {
      given.put(Format.HTML, request.html());
    }
    if (given.size() != 1) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "One article, in one field",
          "Send the article in exactly one of 'text', 'markdown' or 'html'"
              + (given.isEmpty() ? "; none was given." : "; " + given.size() + " were given."));
    }
    Format format = given.keySet().iterator().next();
    String text = given.get(format);
    if (text.isBlank()) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST, "Empty article", "The field '" + format.id() + "' is blank.");
    }
    if (request.source() != null && !languages.require(request.source()).code().equals("en")) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "Unsupported source language",
          "Tarjuma translates from English (en); '" + request.source() + "' is not English.");
    }
    List<String> targets = targets(request.targets());
    String callback = request.callbackUrl();
    if (callback != null && !callback.isBlank()) {
      String refusal = callbacks.refusal(callback);
      if (refusal != null) {
        throw Problems.of(HttpStatus.BAD_REQUEST, "Callback URL refused", refusal);
      }
    } else {
      callback = null;
    }
    SegmentedArticle article = jobs.segment(text, format);
    if (article.segments().isEmpty()) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "Nothing to translate",
          "The article has no sentence to translate (only markup or white space).");
    }
    String actingFor = Caller.current().map(c -> c.actingFor(outlet)).orElse(outlet);
    Job job = jobs.submit(article, text, format, targets, request.articleId(), callback, actingFor);
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/jobs/" + job.id()))
        .body(jobs.status(job));
  }

  @GetMapping("/api/v1/jobs/{id}")
  JobStatus status(@PathVariable String id) {
    return jobs.status(find(id));
  }

  /** Progress as server-sent events ({@code progress}, then {@code done}), every half second. */
  @GetMapping(path = "/api/v1/jobs/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter events(@PathVariable String id) {
    find(id); // the caller may see it; the ticker's thread has no caller to ask
    SseEmitter emitter = new SseEmitter(600_000L);
    var task =
        ticker.scheduleAtFixedRate(
            () -> {
              try {
                JobStatus status = jobs.status(store.find(id).orElseThrow());
                boolean over =
                    status.status().equals(Job.DONE) || status.status().equals(Job.FAILED);
                emitter.send(SseEmitter.event().name(over ? "done" : "progress").data(status));
                if (over) {
                  emitter.complete();
                  throw new IllegalStateException("over");
                }
              } catch (IOException | RuntimeException e) {
                if (!(e instanceof IllegalStateException ise && "over".equals(ise.getMessage()))) {
                  // Anything else ends the stream now, not at its timeout ten minutes later.
                  emitter.completeWithError(e);
                }
                throw new IllegalStateException(e);
              }
            },
            0,
            500,
            TimeUnit.MILLISECONDS);
    emitter.onCompletion(() -> task.cancel(false));
    emitter.onTimeout(() -> task.cancel(false));
    return emitter;
  }

  @GetMapping("/api/v1/jobs/{id}/result/{lang}")
  ResponseEntity<?> result(
      @PathVariable String id,
      @PathVariable String lang,
      @RequestParam(required = false) String as) {
    Job job = find(id);
    String code = languages.find(lang).map(l -> l.code()).orElse(lang);
    if (!job.targets().contains(code)) {
      throw Problems.of(
          HttpStatus.NOT_FOUND,
          "Language not in this job",
          "Job "
              + id
              + " was asked for "
              + String.join(", ", job.targets())
              + ", not "
              + lang
              + ".");
    }
    List<JobSegment> rows = store.segments(id, code);
    String kind = as == null ? job.format() : as.strip().toLowerCase(java.util.Locale.ROOT);
    if (kind.equals("json")) {
      return ResponseEntity.ok(new JobResult(id, code, job.status(), rows));
    }
    if (kind.equals("xliff")) {
      List<List<XliffWriter.Term>> terms = rows.stream().map(r -> terms(r.source(), code)).toList();
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType("application/xliff+xml;charset=UTF-8"))
          .body(XliffWriter.write(id, code, rows, terms));
    }
    if (!kind.equals(job.format())) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "Unavailable result format",
          "This article came as "
              + job.format()
              + "; ask for as="
              + job.format()
              + ", as=json or as=xliff.");
    }
    SegmentedArticle article = jobs.article(job);
    Map<String, String> targets = new LinkedHashMap<>();
    rows.stream().filter(r -> r.target() != null).forEach(r -> targets.put(r.id(), r.target()));
    MediaType type =
        switch (kind) {
          case "html" -> MediaType.TEXT_HTML;
          case "markdown" -> MediaType.parseMediaType("text/markdown");
          default -> MediaType.TEXT_PLAIN;
        };
    return ResponseEntity.ok()
        .contentType(new MediaType(type, java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Language", code)
        .body(article.assemble(targets));
  }

  /** The glossary terms of a tagged source with the forms {@code lang} requires. */
  private List<XliffWriter.Term> terms(String tagged, String lang) {
    String plain = new Subject(tagged, "", languages.require(lang)).plainSource();
    List<XliffWriter.Term> out = new ArrayList<>();
    for (TermMatch match : glossary.matcher().find(plain)) {
      Entry.Forms forms = required.required(match.entryId(), lang);
      if (forms != null) {
        out.add(new XliffWriter.Term(match.text(), forms.preferred(), match.entryId()));
      }
    }
    return out;
  }

  private List<String> targets(List<String> requested) {
    List<String> routed = translator.routedLanguages();
    if (requested == null || requested.isEmpty()) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "No target language",
          "The field 'targets' must list one or more of: " + String.join(", ", routed));
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String target : requested) {
      String code = languages.find(target).map(l -> l.code()).orElse(null);
      if (code == null || !routed.contains(code)) {
        throw Problems.of(
            HttpStatus.BAD_REQUEST,
            "Unsupported target language",
            "'" + target + "' is not a supported target; use one of: " + String.join(", ", routed));
      }
      out.add(code);
    }
    return new ArrayList<>(out);
  }

  /** The job, if it exists and the caller may see it: an outlet sees only its own outlet's. */
  private Job find(String id) {
    return store
        .find(id)
        .filter(job -> Caller.current().map(c -> c.sees(job.outlet())).orElse(false))
        .orElseThrow(
            () -> Problems.of(HttpStatus.NOT_FOUND, "Unknown job", "There is no job " + id + "."));
  }

  /**
   * @param text the article as plain text (or markdown, or html: exactly one of the three)
   * @param source en (the default)
   * @param targets ur, ps, prs
   * @param articleId the outlet's id for the article; revisions share it
   * @param callbackUrl where to POST the job's status when it is done
   */
  record JobRequest(
      String text,
      String markdown,
      String html,
      String source,
      List<String> targets,
      String articleId,
      String callbackUrl) {}

  record JobResult(String job, String lang, String status, List<JobSegment> segments) {}
}
