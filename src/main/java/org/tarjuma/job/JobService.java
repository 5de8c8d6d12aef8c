package org.tarjuma.job;

import java.time.Instant;
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
import org.tarjuma.language.Languages;
import org.tarjuma.segment.Format;
import org.tarjuma.segment.SegmentedArticle;
import org.tarjuma.segment.Segmenter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jobs from submission to the callback: an article is segmented once, stored with the job, and
 * translated in the background by the {@link JobRunner}; on start, jobs a crash or a stop left
 * unfinished go on where they stopped. Statuses are counted from the stored rows.
 */
@Service
class JobService {

  private static final Logger log = LoggerFactory.getLogger(JobService.class);

  private final JobStore store;
  private final JobSegments rows;
  private final JobRunner runner;
  private final Segmenter segmenter;
  private final Languages languages;
  private final CallbackSender callbacks;
  private final JsonMapper json;
  private final ExecutorService workers;

  JobService(
      JobStore store,
      JobSegments rows,
      JobRunner runner,
      Segmenter segmenter,
      Languages languages,
      JobProperties properties,
      CallbackSender callbacks,
      JsonMapper json) {
    this.store = store;
    this.rows = rows;
    this.runner = runner;
    this.segmenter = segmenter;
    this.languages = languages;
    this.callbacks = callbacks;
    this.json = json;
    this.workers = Executors.newFixedThreadPool(properties.workers(), Thread.ofVirtual().factory());
  }

  /** The article cut into segments, as a job would store it. */
  SegmentedArticle segment(String text, Format format) {
    return segmenter.segment(text, format, languages.require("en"));
  }

  /** Stores the job with its segmented article and starts it in the background. */
  Job submit(
      SegmentedArticle article,
      List<String> targets,
      String articleId,
      String callbackUrl,
      String outlet) {
    Job job =
        new Job(
            UUID.randomUUID().toString(),
            articleId,
            outlet == null || outlet.isBlank() ? "anonymous" : outlet,
            article.format().id(),
            article.lang(),
            targets,
            Job.QUEUED,
            callbackUrl,
            null,
            Instant.now(),
            null,
            article.segments().size(),
            article.repairs());
    store.insert(job, article);
    workers.submit(() -> run(job, article));
    return job;
  }

  /**
   * Jobs stored before articles were kept segmented get their segmentation stored, once; then every
   * unfinished job goes on where it stopped.
   */
  @EventListener(ApplicationReadyEvent.class)
  void resume() {
    List<String> unsegmented = store.unsegmented();
    if (!unsegmented.isEmpty()) {
      log.info("Storing the segmentation of {} job(s) from before it was kept", unsegmented.size());
      unsegmented.forEach(id -> workers.submit(() -> store.find(id).ifPresent(this::article)));
    }
    List<String> unfinished = store.unfinished();
    if (!unfinished.isEmpty()) {
      log.info("Resuming {} unfinished job(s)", unfinished.size());
      unfinished.forEach(
          id -> {
            Job job = store.find(id).orElseThrow();
            workers.submit(() -> run(job, article(job)));
          });
    }
  }

  private void run(Job job, SegmentedArticle article) {
    runner.run(job, article.segments());
    if (job.callbackUrl() != null) {
      callbacks.send(
          job.callbackUrl(), json.writeValueAsString(status(store.find(job.id()).orElseThrow())));
    }
  }

  /**
   * The job's article as segmented at submission. A job stored before articles were kept segmented
   * is segmented here, once, and its segmentation stored.
   */
  SegmentedArticle article(Job job) {
    return store
        .article(job.id())
        .orElseGet(
            () -> {
              SegmentedArticle article =
                  segmenter.segment(
                      store.text(job.id()),
                      Format.of(job.format()),
                      languages.require(job.source()));
              store.keep(job.id(), article);
              return article;
            });
  }

  /**
   * A job as it was accepted: queued, nothing stored yet (its first rows are written with the
   * status that ends "queued"), so counted without asking the database.
   */
  JobStatus accepted(Job job) {
    return status(job, Map.of());
  }

  /** The job as the API shows it. */
  JobStatus status(Job job) {
    return statuses(List.of(job)).get(job.id());
  }

  /** Each job as the API shows it, by id, counted in one query. */
  Map<String, JobStatus> statuses(List<Job> jobs) {
    Map<String, Map<String, JobStatus.LanguageProgress>> counted = rows.progress(jobs);
    Map<String, JobStatus> out = new LinkedHashMap<>();
    for (Job job : jobs) {
      out.put(job.id(), status(job, counted.getOrDefault(job.id(), Map.of())));
    }
    return out;
  }

  /** The job with these stored counts per language (a language without any has none yet). */
  private static JobStatus status(Job job, Map<String, JobStatus.LanguageProgress> stored) {
    Map<String, JobStatus.LanguageProgress> progress = new LinkedHashMap<>();
    for (String lang : job.targets()) {
      progress.put(
          lang,
          stored.getOrDefault(
              lang, new JobStatus.LanguageProgress(0, job.segmentCount(), 0, 0, 0, 0, 0)));
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
        job.repairs(),
        progress);
  }

  @jakarta.annotation.PreDestroy
  void shutdown() {
    workers.shutdownNow();
  }
}
