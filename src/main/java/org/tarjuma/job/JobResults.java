package org.tarjuma.job;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.tarjuma.calendar.DateStyle;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;
import org.tarjuma.web.Problems;

/**
 * A job's result in one language, in one of three forms: the article in its own format (the stored
 * segmentation put back together with the translations), JSON of its segments, or XLIFF 2.1; each
 * says the dates and digits of the job's profile in that language, the XLIFF the source's dates.
 */
@Component
class JobResults {

  private final JobService jobs;
  private final JobSegments rows;
  private final XliffWriter xliff;
  private final Languages languages;
  private final JobProfiles profiles;

  JobResults(
      JobService jobs,
      JobSegments rows,
      XliffWriter xliff,
      Languages languages,
      JobProfiles profiles) {
    this.jobs = jobs;
    this.rows = rows;
    this.xliff = xliff;
    this.languages = languages;
    this.profiles = profiles;
  }

  /**
   * A result to send.
   *
   * @param type its media type
   * @param language our code of the language it is written in, for {@code Content-Language}; null
   *     for JSON and XLIFF, which hold both languages
   * @param body the document, or a {@link JobResult} for JSON
   * @param profile the job's dates and digits in the language, for the header {@code
   *     Tarjuma-Profile} of a document ({@code digits=eastern; calendar=both}); null for JSON and
   *     XLIFF, and for a language no profile covers
   */
  record Result(MediaType type, String language, Object body, String profile) {}

  /**
   * The segments of a job in one language, as JSON.
   *
   * @param profile the dates and digits the job writes in the language; null where no profile
   *     covers it
   */
  record JobResult(
      String job, String lang, String status, DateStyle profile, List<JobSegment> segments) {}

  /**
   * The result of {@code job} in {@code lang} as {@code as} asks ({@code text}, {@code markdown},
   * {@code html}: only the article's own; {@code json}; {@code xliff}); the article's own format
   * when {@code as} is null.
   */
  Result of(Job job, String lang, String as) {
    String code = language(job, lang);
    List<JobSegment> segments = rows.of(job.id(), code);
    String kind = as == null ? job.format() : as.strip().toLowerCase(Locale.ROOT);
    DateStyle profile = profiles.of(job).get(code);
    return switch (kind) {
      case "json" ->
          new Result(
              MediaType.APPLICATION_JSON,
              null,
              new JobResult(job.id(), code, job.status(), profile, segments),
              null);
      case "xliff" ->
          new Result(
              MediaType.parseMediaType("application/xliff+xml;charset=UTF-8"),
              null,
              xliff.write(job.id(), code, job.dated(), rows.reviewed(job.id(), code)),
              null);
      default -> document(job, code, kind, segments, profile);
    };
  }

  /**
   * Our code of {@code lang} (a code or alias), if the job was asked for it.
   *
   * @throws org.springframework.web.ErrorResponseException 404 when it was not
   */
  String language(Job job, String lang) {
    String code = languages.find(lang).map(Language::code).orElse(lang);
    if (!job.targets().contains(code)) {
      throw Problems.of(
          HttpStatus.NOT_FOUND,
          "Language not in this job",
          "Job "
              + job.id()
              + " was asked for "
              + String.join(", ", job.targets())
              + ", not "
              + lang
              + ".");
    }
    return code;
  }

  private Result document(
      Job job, String code, String kind, List<JobSegment> segments, DateStyle profile) {
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
    Map<String, String> targets = new LinkedHashMap<>();
    segments.stream().filter(r -> r.target() != null).forEach(r -> targets.put(r.id(), r.target()));
    MediaType type =
        switch (kind) {
          case "html" -> MediaType.TEXT_HTML;
          case "markdown" -> MediaType.parseMediaType("text/markdown");
          default -> MediaType.TEXT_PLAIN;
        };
    return new Result(
        new MediaType(type, StandardCharsets.UTF_8),
        code,
        jobs.article(job).assemble(targets),
        profile == null
            ? null
            : "digits=" + profile.digits().id() + "; calendar=" + profile.calendar().id());
  }
}
