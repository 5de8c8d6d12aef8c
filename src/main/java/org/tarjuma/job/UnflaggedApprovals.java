package org.tarjuma.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tarjuma.memory.MemoryUnit;
import org.tarjuma.memory.TranslationMemory;
import org.tarjuma.qa.Finding;
import org.tarjuma.security.Caller;
import org.tarjuma.segment.Segment;

/**
 * "Approve every segment without flags" on one article: the segments of the given languages that
 * have a translation, no QA flag and no decision yet (approved or rejected) are approved one by
 * one, each as a single approval is (from its current version, checked by QA again, recorded with
 * who approved it, and put into the memory). A rejected segment stays rejected: a translator said
 * no to it.
 */
@Component
class UnflaggedApprovals {

  private final JobSegments rows;
  private final JobService jobs;
  private final Reviews reviews;
  private final TranslationMemory memory;

  UnflaggedApprovals(JobSegments rows, JobService jobs, Reviews reviews, TranslationMemory memory) {
    this.rows = rows;
    this.jobs = jobs;
    this.reviews = reviews;
    this.memory = memory;
  }

  /** How many segments in each language would be approved now, in the order of {@code langs}. */
  Map<String, Integer> count(Job job, List<String> langs) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String lang : langs) {
      counts.put(lang, candidates(job, lang).size());
    }
    return counts;
  }

  /**
   * Approves the unflagged, undecided segments of {@code langs} as {@code caller}, who must edit
   * each of them; answers how many were approved per language. A segment that QA flags now, or that
   * someone changed meanwhile, is left as it is and not counted.
   */
  Map<String, Integer> approve(Caller caller, Job job, List<String> langs) {
    List<Segment> segments = jobs.article(job).segments();
    Map<String, Integer> approved = new LinkedHashMap<>();
    List<MemoryUnit> units = new ArrayList<>();
    for (String lang : langs) {
      if (!caller.edits(lang)) {
        throw new IllegalArgumentException(caller.name() + " may not approve " + lang);
      }
      int count = 0;
      for (JobSegments.Stored row : candidates(job, lang)) {
        MemoryUnit unit = approve(caller, job, segments, lang, row);
        if (unit != null) {
          units.add(unit);
          count++;
        }
      }
      approved.put(lang, count);
    }
    memory.saveAll(units); // one write and one notice to the other nodes, not one per segment
    return approved;
  }

  /** The approved segment's memory unit; null when it was left as it is. */
  private MemoryUnit approve(
      Caller caller, Job job, List<Segment> segments, String lang, JobSegments.Stored row) {
    int position = row.segment().position();
    if (position >= segments.size()) {
      return null;
    }
    Segment segment = segments.get(position);
    String text = row.segment().target();
    List<Finding> findings = reviews.findings(job, segment, lang, text);
    if (!findings.isEmpty()) {
      return null;
    }
    Reviews.Edit edit = new Reviews.Edit(lang, position, row.review().version(), text, findings);
    return reviews.recorded(caller, job, edit, Reviews.Action.APPROVE)
        ? Reviews.unit(job, segment, edit, caller.name())
        : null;
  }

  private List<JobSegments.Stored> candidates(Job job, String lang) {
    return rows.reviewed(job.id(), lang).stream()
        .filter(r -> r.segment().target() != null && !r.segment().target().isBlank())
        .filter(r -> r.segment().qa().isEmpty() && r.review().review() == null)
        .toList();
  }
}
