package org.tarjuma.job;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.tarjuma.qa.Finding;
import org.tarjuma.security.Caller;
import org.tarjuma.segment.Segment;

/**
 * Decides one unit of an uploaded XLIFF file as the review page decides a translator's edit (same
 * normalization, QA and stale rule, through {@link Reviews}): an unknown id, a problem in the unit,
 * an edited source, an empty target, or codes lost or added are refused; a target equal to the
 * stored one is unchanged; a segment whose revision moved on since the export is stale and never
 * overwritten; any other target is written. Not thread-safe: one per upload, inside its
 * transaction.
 */
final class UploadDecision {

  private final Reviews reviews;
  private final Caller caller;
  private final Job job;
  private final String lang;
  private final List<Segment> segments;
  private final Map<String, JobSegments.Stored> stored;
  private final boolean approve;

  UploadDecision(
      Reviews reviews,
      Caller caller,
      Job job,
      String lang,
      List<Segment> segments,
      Map<String, JobSegments.Stored> stored,
      boolean approve) {
    this.reviews = reviews;
    this.caller = caller;
    this.job = job;
    this.lang = lang;
    this.segments = segments;
    this.stored = stored;
    this.approve = approve;
  }

  UploadReport.Line decide(XliffReader.Unit unit) {
    String id = unit.id().startsWith("u") ? unit.id().substring(1) : unit.id();
    JobSegments.Stored now = stored.get(id);
    if (now == null) {
      return segments.stream().anyMatch(s -> s.id().equals(id))
          ? line(id, unit, UploadReport.Status.REFUSED, "Not translated in Tarjuma yet.")
          : line(unit.id(), unit, UploadReport.Status.UNKNOWN, "This job has no such segment.");
    }
    if (unit.problem() != null) {
      return line(id, unit, UploadReport.Status.REFUSED, unit.problem());
    }
    if (!comparable(unit.source()).equals(comparable(now.segment().source()))) {
      return line(id, unit, UploadReport.Status.REFUSED, "The source differs from the job's.");
    }
    return target(id, unit, now);
  }

  private UploadReport.Line target(String id, XliffReader.Unit unit, JobSegments.Stored now) {
    String text = unit.target() == null ? "" : reviews.normalized(lang, unit.target());
    String stored = now.segment().target();
    if (text.isBlank() && stored == null) {
      return line(id, unit, UploadReport.Status.UNCHANGED, null);
    }
    if (text.isBlank()) {
      String reason = "The target is empty; an upload never deletes a translation.";
      return line(id, unit, UploadReport.Status.REFUSED, reason);
    }
    return text.equals(stored) ? unchanged(id, unit, now) : changed(id, unit, now, text);
  }

  private UploadReport.Line changed(
      String id, XliffReader.Unit unit, JobSegments.Stored now, String text) {
    if (stale(unit, now)) {
      return line(id, unit, UploadReport.Status.STALE, staleReason(unit, now, "overwritten"));
    }
    Segment segment = segments.get(now.segment().position());
    List<Finding> findings = reviews.findings(job, segment, lang, text);
    String codes = codes(findings);
    if (codes != null) {
      return line(id, unit, UploadReport.Status.REFUSED, codes);
    }
    Reviews.Action action = approve ? Reviews.Action.APPROVE : Reviews.Action.SAVE;
    if (!write(now, segment, text, findings, action)) {
      return line(
          id, unit, UploadReport.Status.STALE, "Changed in Tarjuma while the file was applied.");
    }
    return new UploadReport.Line(id, unit.id(), UploadReport.Status.UPDATED, null, approve);
  }

  /**
   * An unchanged target, approved when asked, current, not yet approved and free of code errors.
   */
  private UploadReport.Line unchanged(String id, XliffReader.Unit unit, JobSegments.Stored now) {
    String reason = null;
    if (approve && "approved".equals(now.review().review())) {
      reason = "Already approved.";
    } else if (approve && stale(unit, now)) {
      reason = staleReason(unit, now, "approved");
    } else if (approve) {
      Segment segment = segments.get(now.segment().position());
      String text = now.segment().target();
      List<Finding> findings = reviews.findings(job, segment, lang, text);
      reason = codes(findings);
      if (reason == null && write(now, segment, text, findings, Reviews.Action.APPROVE)) {
        return new UploadReport.Line(id, unit.id(), UploadReport.Status.UNCHANGED, null, true);
      }
      reason = reason != null ? "Not approved: " + reason : "Changed in Tarjuma meanwhile.";
    }
    return line(id, unit, UploadReport.Status.UNCHANGED, reason);
  }

  private boolean write(
      JobSegments.Stored now,
      Segment segment,
      String text,
      List<Finding> findings,
      Reviews.Action action) {
    int position = now.segment().position();
    Reviews.Edit edit = new Reviews.Edit(lang, position, now.review().version(), text, findings);
    return reviews.write(caller, job, segment, edit, action);
  }

  /**
   * Whether the segment changed in Tarjuma since the export: its revision moved on; for a file that
   * does not say, whether anyone changed it since the engine's draft.
   */
  private static boolean stale(XliffReader.Unit unit, JobSegments.Stored now) {
    int version = now.review().version();
    return unit.revision() == null ? version != 0 : unit.revision() != version;
  }

  private static String staleReason(XliffReader.Unit unit, JobSegments.Stored now, String not) {
    return "Changed in Tarjuma since the file was exported (revision "
        + (unit.revision() == null ? "unknown" : unit.revision())
        + ", now "
        + now.review().version()
        + "); not "
        + not
        + ". Export the file again to see the change.";
  }

  /** The inline-code findings of QA as one reason, or null when the codes are right. */
  private static String codes(List<Finding> findings) {
    List<String> codes =
        findings.stream().filter(f -> f.check().equals("codes")).map(Finding::message).toList();
    return codes.isEmpty() ? null : String.join(" ", codes);
  }

  /** Tagged text as compared: NFC, white space collapsed. */
  private static String comparable(String tagged) {
    String text = Normalizer.normalize(tagged, Normalizer.Form.NFC);
    return text.strip().replaceAll("\\s+", " ");
  }

  private static UploadReport.Line line(
      String id, XliffReader.Unit unit, UploadReport.Status status, String reason) {
    return new UploadReport.Line(id, unit.id(), status, reason, false);
  }
}
