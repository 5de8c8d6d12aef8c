package org.tarjuma.job;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * What an XLIFF upload did, unit by unit, with totals.
 *
 * @param job the job's id
 * @param lang the language uploaded
 * @param approve whether the upload was asked to approve what it applied
 * @param totals how many units ended each way, and how many segments were approved
 * @param segments one line per unit of the file, in the file's order
 */
record UploadReport(String job, String lang, boolean approve, Totals totals, List<Line> segments) {

  /** How one unit ended; lower-case in JSON. */
  enum Status {
    /** Its target was stored (and approved when asked). */
    UPDATED,
    /** Its target is the stored one (or both are empty): nothing written but an approval. */
    UNCHANGED,
    /** The segment changed in Tarjuma after the file was exported: not overwritten. */
    STALE,
    /** Its target cannot be applied; the reason says why. */
    REFUSED,
    /** The job has no segment with its id in this language. */
    UNKNOWN;

    @JsonValue
    String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One unit.
   *
   * @param id the segment id (the unit id as in the file when it is not a Tarjuma one)
   * @param unit the unit id as in the file
   * @param reason why it was not applied or not approved; null when there is nothing to say
   * @param approved whether this upload approved it
   */
  record Line(String id, String unit, Status status, String reason, boolean approved) {}

  /** The number of units that ended each way, and of segments this upload approved. */
  record Totals(int updated, int unchanged, int stale, int refused, int unknown, int approved) {

    static Totals of(List<Line> lines) {
      int[] counts = new int[Status.values().length];
      lines.forEach(line -> counts[line.status().ordinal()]++);
      int approved = (int) lines.stream().filter(Line::approved).count();
      return new Totals(counts[0], counts[1], counts[2], counts[3], counts[4], approved);
    }
  }

  static UploadReport of(String job, String lang, boolean approve, List<Line> lines) {
    return new UploadReport(job, lang, approve, Totals.of(lines), List.copyOf(lines));
  }
}
