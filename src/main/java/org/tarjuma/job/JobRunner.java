package org.tarjuma.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tarjuma.engine.Translator;
import org.tarjuma.engine.Translator.Order;
import org.tarjuma.engine.Translator.TranslatedSegment;
import org.tarjuma.segment.Segment;

/**
 * Translates one job, from where it stands: first everything that needs no engine (the memory's
 * approved translations and the cache's paid ones, every language in one lookup) stored at once,
 * and an article that is all hits done in that same write; then the rest chunk by chunk through the
 * engines, every chunk's rows stored as soon as they are translated. Positions stored before (a job
 * resumed after a crash) are neither translated nor stored again. Every write renews the job's
 * lease; a worker whose node lost it (another node took the job) stops without a word.
 */
@Component
class JobRunner {

  private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

  private final JobLeases leases;
  private final JobSegments rows;
  private final Translator translator;
  private final JobProperties properties;
  private final JobProfiles profiles;

  JobRunner(
      JobLeases leases,
      JobSegments rows,
      Translator translator,
      JobProperties properties,
      JobProfiles profiles) {
    this.leases = leases;
    this.rows = rows;
    this.translator = translator;
    this.properties = properties;
    this.profiles = profiles;
  }

  /**
   * An order of the job's segments in {@code langs}: dated the day the job was submitted (UTC), in
   * the styles of the job's profile.
   */
  private static Order order(Job job, List<String> langs, List<Segment> segments) {
    return new Order(
        job.source(),
        langs,
        segments,
        job.outlet(),
        job.id(),
        job.dated(),
        JobProfiles.only(job.profile(), langs));
  }

  /**
   * Runs the job on its article's segments; marks it done, or failed with a reason. Answers whether
   * this node ended it (false when it lost the job's lease on the way). Stops between two chunks
   * when {@code stop} says so (the node is stopping), leaving the job unfinished for the node that
   * takes it next. A job whose row is still being stored is looked up meanwhile (the lookup's usage
   * row is written when it is made, as any request's), and no row of it is stored before {@code
   * stored} completes; if it does not, the job was never accepted and this stops without a word.
   */
  boolean run(
      Job given,
      List<Segment> segments,
      java.util.function.BooleanSupplier stop,
      CompletableFuture<?> stored) {
    String id = given.id();
    try {
      // The profile fixed at submission; a job stored before it was kept: its outlet's, once.
      Job job = given.profile() != null ? given : given.withProfile(profiles.of(given));
      // Read once: this worker is the only writer of the job's rows from here on. A queued job has
      // none: its first rows are written with the status that ends "queued".
      Map<String, Set<Integer>> positions =
          job.status().equals(Job.QUEUED) ? new HashMap<>() : rows.positions(id);
      Map<String, List<JobSegment>> reused = reuse(job, segments, positions);
      if (!accepted(stored)) {
        return false;
      }
      boolean complete =
          job.targets().stream()
              .allMatch(l -> positions.getOrDefault(l, Set.of()).size() == segments.size());
      rows.save(id, reused, complete ? Job.DONE : Job.RUNNING);
      if (!complete) {
        for (int from = 0; from < segments.size(); from += properties.chunk()) {
          if (stop.getAsBoolean()) {
            return false;
          }
          int to = Math.min(segments.size(), from + properties.chunk());
          translate(job, segments, from, to, positions);
        }
        leases.finish(id, Job.DONE, null);
      }
      return true;
    } catch (JobLeases.LeaseLost lost) {
      log.info("Job {} is no longer held by this node; it goes on where another node holds it", id);
      return false;
    } catch (RuntimeException e) {
      if (org.tarjuma.web.DatabaseOutOfReach.is(e)) {
        // Not the job's fault: it stays unfinished, and is taken again (here or on another node)
        // once its lease ends, from what is stored.
        log.warn("Job {} paused: the database is out of reach ({})", id, e.toString());
        return false;
      }
      if (!accepted(stored)) {
        return false;
      }
      log.error("Job {} failed", id, e);
      try {
        leases.finish(id, Job.FAILED, "The job failed: " + e.getClass().getSimpleName());
        return true;
      } catch (JobLeases.LeaseLost lost) {
        return false;
      }
    }
  }

  /** Waits for the job's row to be stored: false if it could not be (the job does not exist). */
  private static boolean accepted(CompletableFuture<?> stored) {
    try {
      stored.join();
      return true;
    } catch (CompletionException | java.util.concurrent.CancellationException e) {
      return false;
    }
  }

  /**
   * The rows that need no engine, to store at once; their positions are added to {@code stored}, so
   * that the chunks that follow carry only what engines must translate.
   */
  private Map<String, List<JobSegment>> reuse(
      Job job, List<Segment> segments, Map<String, Set<Integer>> stored) {
    Map<String, Map<Integer, TranslatedSegment>> found =
        translator.reuse(order(job, job.targets(), segments));
    Map<String, List<JobSegment>> out = new LinkedHashMap<>();
    found.forEach(
        (lang, byIndex) -> {
          Set<Integer> done = stored.computeIfAbsent(lang, l -> new HashSet<>());
          List<JobSegment> fresh = new ArrayList<>();
          byIndex.forEach(
              (position, t) -> {
                if (done.add(position)) {
                  fresh.add(row(position, t, 0));
                }
              });
          if (!fresh.isEmpty()) {
            out.put(lang, fresh);
          }
        });
    return out;
  }

  /** Positions {@code [from, to)} not stored yet, through the engines, stored together. */
  private void translate(
      Job job, List<Segment> segments, int from, int to, Map<String, Set<Integer>> stored) {
    // Languages that miss the same segments go in one order, so multi-target engines share calls.
    Map<List<Integer>, List<String>> orders = new LinkedHashMap<>();
    for (String lang : job.targets()) {
      Set<Integer> done = stored.getOrDefault(lang, Set.of());
      List<Integer> missing = new ArrayList<>();
      for (int i = from; i < to; i++) {
        if (!done.contains(i)) {
          missing.add(i);
        }
      }
      if (!missing.isEmpty()) {
        orders.computeIfAbsent(missing, p -> new ArrayList<>()).add(lang);
      }
    }
    orders.forEach(
        (positions, langs) -> {
          List<Segment> list = positions.stream().map(segments::get).toList();
          Map<String, Translator.TargetResult> results =
              translator.translateMisses(order(job, langs, list));
          Map<String, List<JobSegment>> chunk = new LinkedHashMap<>();
          results.forEach(
              (lang, result) -> {
                long engineSegments =
                    result.segments().stream().filter(s -> "engine".equals(s.origin())).count();
                long perSegment = result.billedCharacters() / Math.max(1, engineSegments);
                List<JobSegment> translated = new ArrayList<>();
                for (int k = 0; k < positions.size(); k++) {
                  translated.add(row(positions.get(k), result.segments().get(k), perSegment));
                }
                chunk.put(lang, translated);
              });
          rows.save(job.id(), chunk);
        });
  }

  private static JobSegment row(int position, TranslatedSegment t, long perSegment) {
    return new JobSegment(
        position,
        t.id(),
        t.source(),
        t.target(),
        t.target() == null ? JobSegment.NEEDS_ENGINE : JobSegment.TRANSLATED,
        t.engine(),
        t.origin(),
        t.flags(),
        t.qa(),
        "engine".equals(t.origin()) ? perSegment : 0);
  }
}
