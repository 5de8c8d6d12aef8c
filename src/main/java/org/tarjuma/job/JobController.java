package org.tarjuma.job;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.tarjuma.language.Languages;
import org.tarjuma.security.Caller;
import org.tarjuma.security.Role;
import org.tarjuma.web.Problems;

/**
 * The outlets' job API: submit, status, progress events, results; and the translators' way back in,
 * a result translated elsewhere uploaded as XLIFF.
 */
@RestController
class JobController {

  /** The header of a document result that says the job's dates and digits in its language. */
  static final String PROFILE = "Tarjuma-Profile";

  private final Submissions submissions;
  private final JobService jobs;
  private final JobStore store;
  private final JobEvents events;
  private final JobResults results;
  private final XliffUploads uploads;
  private final Languages languages;

  JobController(
      Submissions submissions,
      JobService jobs,
      JobStore store,
      JobEvents events,
      JobResults results,
      XliffUploads uploads,
      Languages languages) {
    this.submissions = submissions;
    this.jobs = jobs;
    this.store = store;
    this.events = events;
    this.results = results;
    this.uploads = uploads;
    this.languages = languages;
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
    String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
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
    Job job = submissions.submit(request, outlet);
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/jobs/" + job.id()))
        .body(jobs.accepted(job));
  }

  /**
   * The jobs the caller may see (an outlet: its own), newest first, filtered, a page at a time:
   * {@code next} is the cursor of the following page, null on the last.
   */
  @GetMapping("/api/v1/jobs")
  JobPage list(
      @RequestParam(required = false) String articleId,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String lang,
      @RequestParam(required = false) String since,
      @RequestParam(required = false) String limit,
      @RequestParam(required = false) String cursor) {
    int size = JobFilter.limit(limit);
    String outlet =
        Caller.current().filter(c -> c.role() == Role.OUTLET).map(Caller::outlet).orElse(null);
    JobFilter filter = JobFilter.of(outlet, articleId, status, lang, since, cursor, languages);
    List<Job> found = store.list(filter, size + 1);
    List<Job> page = found.subList(0, Math.min(size, found.size()));
    String next = found.size() > size ? JobCursor.after(page.getLast()).encode() : null;
    return new JobPage(List.copyOf(jobs.statuses(page).values()), next);
  }

  /**
   * A page of {@code GET /api/v1/jobs}.
   *
   * @param items each job as {@code GET /api/v1/jobs/{id}} shows it, newest first
   * @param next the cursor of the next page; null when this is the last
   */
  record JobPage(List<JobStatus> items, String next) {}

  @GetMapping("/api/v1/jobs/{id}")
  JobStatus status(@PathVariable String id) {
    return jobs.status(find(id));
  }

  /** Progress as server-sent events ({@code progress}, then {@code done}), every half second. */
  @GetMapping(path = "/api/v1/jobs/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter events(@PathVariable String id) {
    return events.stream(find(id).id());
  }

  @GetMapping("/api/v1/jobs/{id}/result/{lang}")
  ResponseEntity<?> result(
      @PathVariable String id,
      @PathVariable String lang,
      @RequestParam(required = false) String as) {
    JobResults.Result result = results.of(find(id), lang, as);
    ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(result.type());
    if (result.language() != null) {
      answer.header(HttpHeaders.CONTENT_LANGUAGE, result.language());
    }
    if (result.profile() != null) {
      answer.header(PROFILE, result.profile());
    }
    return answer.body(result.body());
  }

  /**
   * An XLIFF 2 file of the job's language, as exported and translated elsewhere, applied unit by
   * unit as the caller's edits, and approved when {@code approve=true}: the body itself.
   */
  @PostMapping(
      path = "/api/v1/jobs/{id}/result/{lang}",
      consumes = {
        "application/xliff+xml",
        MediaType.APPLICATION_XML_VALUE,
        MediaType.TEXT_XML_VALUE
      })
  UploadReport upload(
      @PathVariable String id,
      @PathVariable String lang,
      @RequestParam(defaultValue = "false") boolean approve,
      InputStream body) {
    return uploads.upload(Caller.current().orElseThrow(), find(id), lang, body, approve);
  }

  /** The same upload as a form's field {@code file} ({@code curl -F file=@ur.xlf}). */
  @PostMapping(
      path = "/api/v1/jobs/{id}/result/{lang}",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  UploadReport uploadForm(
      @PathVariable String id,
      @PathVariable String lang,
      @RequestParam(defaultValue = "false") boolean approve,
      @RequestParam("file") MultipartFile file)
      throws IOException {
    try (InputStream in = file.getInputStream()) {
      return upload(id, lang, approve, in);
    }
  }

  /** The job, if it exists and the caller may see it: an outlet sees only its own outlet's. */
  private Job find(String id) {
    return store
        .find(id)
        .filter(job -> Caller.current().map(c -> c.sees(job.outlet())).orElse(false))
        .orElseThrow(
            () -> Problems.of(HttpStatus.NOT_FOUND, "Unknown job", "There is no job " + id + "."));
  }
}
