package org.tarjuma.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.tarjuma.engine.Translator;
import org.tarjuma.language.Languages;
import org.tarjuma.segment.Format;
import org.tarjuma.segment.Segment;
import org.tarjuma.segment.SegmentedArticle;
import org.tarjuma.segment.Segmenter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs jobs: each in the background, chunk by chunk, every chunk's segments stored as soon as they
 * are translated; on start, jobs a crash or a stop left unfinished go on where they stopped.
 */
@Service
class JobService {

  private static final Logger log = LoggerFactory.getLogger(JobService.class);

  private final JobStore store;
  private final Translator translator;
  private final Segmenter segmenter;
  private final Languages languages;
  private final JobProperties properties;
  private final CallbackSender callbacks;
  private final JsonMapper json;
  private final ExecutorService workers;

  JobService(
      JobStore store,
      Translator translator,
      Segmenter segmenter,
      Languages languages,
      JobProperties properties,
      CallbackSender callbacks,
      JsonMapper json) {
    this.store = store;
    this.translator = translator;
    this.segmenter = segmenter;
    this.languages = languages;
    this.properties = properties;
    this.callbacks = callbacks;
    this.json = json;
    this.workers = Executors.newFixedThreadPool(properties.workers(), Thread.ofVirtual().factory());
  }

  /**
   * Stores the job and starts it in the background on the article as already segmented (to find out
   * that it had something to translate), so the worker does not segment it again.
   */
  Job submit(
      SegmentedArticle article,
      String text,
      Format format,
      List<String> targets,
      String articleId,
      String callbackUrl,
      String outlet) {
    Job job =
        new Job(
            UUID.randomUUID().toString(),
            articleId,
            outlet == null || outlet.isBlank() ? "anonymous" : outlet,
            format.id(),
            "en",
            targets,
            text,
            Job.QUEUED,
            callbackUrl,
            null,
            Instant.now(),
            null,
            article.segments().size());
    store.insert(job);
    List<Segment> segments = article.segments();
    workers.submit(() -> run(job, segments));
    return job;
  }

  @EventListener(ApplicationReadyEvent.class)
  void resume() {
    List<String> unfinished = store.unfinished();
    if (!unfinished.isEmpty()) {
      log.info("Resuming {} unfinished job(s)", unfinished.size());
      unfinished.forEach(id -> workers.submit(() -> run(id)));
    }
  }

  SegmentedArticle segment(String text, Format format) {
    return segmenter.segment(text, format, languages.require("en"));
  }

  SegmentedArticle article(Job job) {
    return segmenter.segment(job.text(), Format.of(job.format()), languages.require(job.source()));
  }

  void run(String id) {
    run(store.find(id).orElseThrow(), null);
  }

  /** Runs the job; {@code segments} are its article's, or null to segment it here. */
  private void run(Job job, List<Segment> segmented) {
    String id = job.id();
    try {
      List<Segment> segments = segmented != null ? segmented : article(job).segments();
      // Read once: this worker is the only writer of the job's rows from here on.
      Map<String, java.util.Set<Integer>> stored = store.positions(id);
      Map<String, List<JobSegment>> reused = reuse(job, segments, stored);
      boolean complete =
          job.targets().stream()
              .allMatch(l -> stored.getOrDefault(l, java.util.Set.of()).size() == segments.size());
      // The reused rows and the job's new status in one transaction: an article that is all hits
      // is done in one write.
      store.saveSegments(id, reused, complete ? Job.DONE : Job.RUNNING);
      if (!complete) {
        for (int from = 0; from < segments.size(); from += properties.chunk()) {
          int to = Math.min(segments.size(), from + properties.chunk());
          translateChunk(job, segments, from, to, stored);
        }
        store.status(id, Job.DONE, null);
      }
    } catch (RuntimeException e) {
      log.error("Job {} failed", id, e);
      store.status(id, Job.FAILED, "The job failed: " + e.getClass().getSimpleName());
    }
    if (job.callbackUrl() != null) {
      callbacks.send(
          job.callbackUrl(), json.writeValueAsString(status(store.find(id).orElseThrow())));
    }
  }

  /**
   * What needs no engine (the memory's approved translations, the cache's paid ones), every
   * language in one lookup, as rows to store at once, so that the chunks that follow carry only
   * what engines must translate; their positions are added to {@code stored}.
   */
  private Map<String, List<JobSegment>> reuse(
      Job job, List<Segment> segments, Map<String, java.util.Set<Integer>> stored) {
    Map<String, Map<Integer, Translator.TranslatedSegment>> found =
        translator.reuse(new Translator.Order(job.source(), job.targets(), segments, job.outlet()));
    Map<String, List<JobSegment>> rows = new LinkedHashMap<>();
    found.forEach(
        (lang, byIndex) -> {
          java.util.Set<Integer> done =
              stored.computeIfAbsent(lang, l -> new java.util.HashSet<>());
          List<JobSegment> fresh = new ArrayList<>();
          byIndex.forEach(
              (position, t) -> {
                if (done.add(position)) {
                  fresh.add(row(position, t, 0));
                }
              });
          if (!fresh.isEmpty()) {
            rows.put(lang, fresh);
          }
        });
    return rows;
  }

  private static JobSegment row(int position, Translator.TranslatedSegment t, long perSegment) {
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

  private void translateChunk(
      Job job,
      List<Segment> segments,
      int from,
      int to,
      Map<String, java.util.Set<Integer>> stored) {
    // By language, the positions of the chunk not stored yet.
    Map<String, List<Integer>> todo = new LinkedHashMap<>();
    for (String lang : job.targets()) {
      java.util.Set<Integer> done = stored.getOrDefault(lang, java.util.Set.of());
      List<Integer> missing = new ArrayList<>();
      for (int i = from; i < to; i++) {
        if (!done.contains(i)) {
          missing.add(i);
        }
      }
      if (!missing.isEmpty()) {
        todo.put(lang, missing);
      }
    }
    // Languages that miss the same segments go in one order, so multi-target engines share calls.
    Map<List<Integer>, List<String>> orders = new LinkedHashMap<>();
    todo.forEach(
        (lang, positions) -> orders.computeIfAbsent(positions, p -> new ArrayList<>()).add(lang));
    orders.forEach(
        (positions, langs) -> {
          List<Segment> list = positions.stream().map(segments::get).toList();
          Map<String, Translator.TargetResult> results =
              translator.translateMisses(
                  new Translator.Order(job.source(), langs, list, job.outlet()));
          Map<String, List<JobSegment>> chunkRows = new LinkedHashMap<>();
          results.forEach(
              (lang, result) -> {
                List<JobSegment> rows = new ArrayList<>();
                long perSegment =
                    result.billedCharacters()
                        / Math.max(
                            1,
                            result.segments().stream()
                                .filter(s -> "engine".equals(s.origin()))
                                .count());
                for (int k = 0; k < positions.size(); k++) {
                  rows.add(row(positions.get(k), result.segments().get(k), perSegment));
                }
                chunkRows.put(lang, rows);
              });
          store.saveSegments(job.id(), chunkRows);
        });
  }

  /** The job as the API shows it. */
  JobStatus status(Job job) {
    int total = job.segmentCount() > 0 ? job.segmentCount() : article(job).segments().size();
    Map<String, JobStatus.LanguageProgress> progress = new LinkedHashMap<>();
    for (String lang : job.targets()) {
      List<JobSegment> rows = store.segments(job.id(), lang);
      progress.put(
          lang,
          new JobStatus.LanguageProgress(
              rows.size(),
              total,
              (int)
                  rows.stream()
                      .filter(r -> "memory".equals(r.origin()) || "cache".equals(r.origin()))
                      .count(),
              (int) rows.stream().filter(r -> "engine".equals(r.origin())).count(),
              (int) rows.stream().filter(r -> r.target() == null).count(),
              rows.stream().mapToLong(JobSegment::billed).sum(),
              (int) rows.stream().filter(r -> !r.qa().isEmpty()).count()));
    }
    return new JobStatus(
        job.id(),
        job.articleId(),
        job.status(),
        job.format(),
        job.source(),
        job.targets(),
        job.createdAt(),
        job.finishedAt(),
        job.error(),
        Segmenter.repairs(job.text(), Format.of(job.format())),
        progress);
  }

  @jakarta.annotation.PreDestroy
  void shutdown() {
    workers.shutdownNow();
  }
}
