package org.tarjuma.job;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;
import org.tarjuma.security.Caller;
import org.tarjuma.segment.Segment;
import org.tarjuma.web.Problems;

/**
 * An XLIFF 2 file of a job's language, translated elsewhere, applied as translator edits: checked
 * as a whole first (the caller's language, well-formed XLIFF 2 of this job and language; else a
 * problem and nothing applied), then every unit decided by {@link UploadDecision} and all that is
 * accepted written in one transaction.
 */
@Component
class XliffUploads {

  private final JobSegments rows;
  private final JobService jobs;
  private final JobResults results;
  private final Reviews reviews;
  private final Languages languages;
  private final TransactionTemplate transactions;

  XliffUploads(
      JobSegments rows,
      JobService jobs,
      JobResults results,
      Reviews reviews,
      Languages languages,
      TransactionTemplate transactions) {
    this.rows = rows;
    this.jobs = jobs;
    this.results = results;
    this.reviews = reviews;
    this.languages = languages;
    this.transactions = transactions;
  }

  /**
   * Applies the file to {@code job} in {@code lang} and approves what it applies if asked; never
   * null.
   *
   * @throws org.springframework.web.ErrorResponseException 404 for a language the job has not, 403
   *     for one the caller may not edit, 400 for a file that cannot be applied
   */
  UploadReport upload(Caller caller, Job job, String lang, InputStream in, boolean approve) {
    String code = results.language(job, lang);
    if (!caller.edits(code)) {
      throw Problems.of(
          HttpStatus.FORBIDDEN,
          "Not your language",
          "You may not edit "
              + languages.require(code).name()
              + " ("
              + code
              + "); your languages are: "
              + (caller.languages().isEmpty() ? "none" : String.join(", ", caller.languages()))
              + ".");
    }
    XliffReader.Document file = read(in);
    check(file, job, code);
    return transactions.execute(status -> apply(caller, job, code, file, approve));
  }

  private static XliffReader.Document read(InputStream in) {
    try {
      return XliffReader.read(in);
    } catch (XliffFormatException e) {
      throw notApplied(e.getMessage());
    }
  }

  private void check(XliffReader.Document file, Job job, String code) {
    if (!sameLanguage(file.srcLang(), job.source())) {
      throw notApplied(
          "The file's srcLang is '"
              + file.srcLang()
              + "'; this job translates from "
              + job.source()
              + ".");
    }
    if (!sameLanguage(file.trgLang(), code)) {
      throw notApplied(
          "The file's trgLang is '"
              + file.trgLang()
              + "', but it was uploaded as "
              + code
              + ". Upload it to the result of its own language.");
    }
    String ours = "tarjuma-job-" + job.id();
    for (String original : file.originals()) {
      if (original != null && original.startsWith("tarjuma-job-") && !original.equals(ours)) {
        throw notApplied(
            "The file was exported from job "
                + original.substring("tarjuma-job-".length())
                + ", not from job "
                + job.id()
                + ".");
      }
    }
  }

  private boolean sameLanguage(String value, String code) {
    return value != null
        && languages.find(value).map(Language::code).filter(code::equals).isPresent();
  }

  private UploadReport apply(
      Caller caller, Job job, String code, XliffReader.Document file, boolean approve) {
    Map<String, JobSegments.Stored> stored = new HashMap<>();
    rows.reviewed(job.id(), code).forEach(s -> stored.put(s.segment().id(), s));
    List<Segment> segments = jobs.article(job).segments();
    UploadDecision decision =
        new UploadDecision(reviews, caller, job, code, segments, stored, approve);
    List<UploadReport.Line> lines =
        file.units().stream().map(decision::decide).filter(Objects::nonNull).toList();
    return UploadReport.of(job.id(), code, approve, lines);
  }

  private static RuntimeException notApplied(String detail) {
    return Problems.of(
        HttpStatus.BAD_REQUEST, "XLIFF not applied", "Nothing was applied: " + detail);
  }
}
