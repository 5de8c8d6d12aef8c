package org.tarjuma.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tarjuma.glossary.Entry;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.glossary.TermMatch;
import org.tarjuma.qa.Finding;
import org.tarjuma.security.Caller;
import org.tarjuma.segment.Segment;
import org.tarjuma.segment.TaggedText;

/**
 * What the review page of one article shows: each stored source segment cut at its glossary terms
 * (each with its forms in the job's languages), and each language's target as a cell with its QA
 * findings and review state. Read from the stored article and rows; nothing is segmented again.
 */
@Component
class ReviewPage {

  private final JobService jobs;
  private final JobSegments rows;
  private final Glossary glossary;

  ReviewPage(JobService jobs, JobSegments rows, Glossary glossary) {
    this.jobs = jobs;
    this.rows = rows;
    this.glossary = glossary;
  }

  /** A piece of a source sentence: plain text, or a glossary term with its required forms. */
  record Piece(String text, String entryId, String forms) {}

  /**
   * One segment's target in one language, as the page shows it.
   *
   * @param editable whether the caller may edit this language
   * @param diff what a translator changed in the engine's draft; empty when it is unchanged or
   *     there is none
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
      List<DraftDiff.Part> diff,
      String message) {

    /** Whether the translation has a QA flag. */
    boolean flagged() {
      return !flags.isEmpty();
    }

    /** Whether no engine on the route could translate it yet. */
    boolean needsEngine() {
      return JobSegment.NEEDS_ENGINE.equals(status);
    }

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
          diff,
          message);
    }
  }

  /** One row of the article: the source with its terms, and each language's target. */
  record Line(int position, String id, List<Piece> source, List<Cell> targets) {}

  /** Every line of the job's article, with the targets in {@code langs}. */
  List<Line> lines(Caller caller, Job job, List<String> langs) {
    Map<String, Map<Integer, JobSegments.Stored>> stored = rows.all(job.id());
    List<Segment> segments = jobs.article(job).segments();
    List<Line> lines = new ArrayList<>(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      List<Cell> cells = new ArrayList<>();
      for (String lang : langs) {
        cells.add(cell(caller, job.id(), i, lang, stored.getOrDefault(lang, Map.of()).get(i)));
      }
      Segment segment = segments.get(i);
      lines.add(new Line(i, segment.id(), pieces(segment.text(), job.targets()), cells));
    }
    return lines;
  }

  /** The cell of one segment in one language as it is stored now. */
  Cell cell(Caller caller, String jobId, int position, String lang) {
    return cell(caller, jobId, position, lang, rows.one(jobId, lang, position).orElse(null));
  }

  private Cell cell(
      Caller caller, String jobId, int position, String lang, JobSegments.Stored stored) {
    if (stored == null) {
      return new Cell(
          jobId, position, lang, "", "pending", null, List.of(), 0, null, null, false, List.of(),
          null);
    }
    JobSegment row = stored.segment();
    JobSegments.ReviewState review = stored.review();
    String text = row.target() == null ? "" : TaggedText.plain(row.target());
    return new Cell(
        jobId,
        position,
        lang,
        text,
        row.status(),
        row.origin(),
        row.qa(),
        review.version(),
        review.review(),
        review.reviewedBy(),
        caller.edits(lang),
        stored.draft() == null ? List.of() : DraftDiff.of(TaggedText.plain(stored.draft()), text),
        null);
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
