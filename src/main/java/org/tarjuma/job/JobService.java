package org.tarjuma.job;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.tarjuma.calendar.DateStyle;
import org.tarjuma.cluster.Node;
import org.tarjuma.language.Languages;
import org.tarjuma.segment.Format;
import org.tarjuma.segment.SegmentedArticle;
import org.tarjuma.segment.Segmenter;

/**
 * Jobs from submission to the callback: an article is segmented once, stored with the job, and
 * translated in the background by the {@link JobRunner} on the node that took it. A node takes the
 * job it was submitted to at once, and every {@code claim-interval} the jobs nobody holds (a dead
 * node's, whose lease ended; or those a stopped node gave back), up to its free workers; it renews
 * its leases every quarter of a lease and gives them back when it stops. Statuses are counted from
 * the stored rows.
 */
@Service
class JobService {

  private static final Logger log = LoggerFactory.getLogger(JobService.class);

  private final JobStore store;
  private final JobSegments rows;
  private final JobRunner runner;
  private final JobProfiles profiles;
  private final Segmenter segmenter;
  private final Languages languages;
  private final JobLeases leases;
  private final Node node;
  private final JobProperties properties;
  private final ExecutorService workers;
  private final Set<String> active = ConcurrentHashMap.newKeySet();
  private volatile boolean stopping;
  private final AtomicBoolean keeping = new AtomicBoolean();
  private static final CompletableFuture<?> STORED = CompletableFuture.completedFuture(null);
  private final ScheduledExecutorService leaseKeeper =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("job-leases").factory());

  JobService(
      JobStore store,
      JobSegments rows,
      JobRunner runner,
      JobProfiles profiles,
      Segmenter segmenter,
      Languages languages,
      JobProperties properties,
      JobLeases leases,
      Node node) {
    this.store = store;
    this.rows = rows;
    this.runner = runner;
    this.profiles = profiles;
    this.segmenter = segmenter;
    this.languages = languages;
    this.leases = leases;
    this.node = node;
    this.properties = properties;
    this.workers = Executors.newFixedThreadPool(properties.workers(), Thread.ofVirtual().factory());
  }

  /** The article cut into segments, as a job would store it. */
  SegmentedArticle segment(String text, Format format) {
    return segmenter.segment(text, format, languages.require("en"));
  }

  /**
   * Stores the job with its segmented article and its outlet's profile as it stands now (which the
   * job applies from then on), and starts it in the background.
   */
  Job submit(
      SegmentedArticle article,
      List<String> targets,
      String articleId,
      String callbackUrl,
      String outlet) {
    String by = outlet == null || outlet.isBlank() ? "anonymous" : outlet;
    Job job =
        new Job(
            UUID.randomUUID().toString(),
            articleId,
            by,
            article.format().id(),
            article.lang(),
            targets,
            Job.QUEUED,
            callbackUrl,
            null,
            Instant.now(),
            null,
            article.segments().size(),
            article.repairs(),
            profiles.current(by, targets));
    // The job's lookups start while its row is stored; it stores no row before that is done.
    CompletableFuture<Void> stored = new CompletableFuture<>();
    start(job, () -> article, stored);
    try {
      store.insert(job, article);
    } catch (Throwable e) {
      stored.cancel(false);
      throw e;
    }
    stored.complete(null);
    return job;
  }

  /**
   * Jobs stored before articles were kept segmented get their segmentation stored, once; then this
   * node takes the jobs nobody holds (at once, and every {@code claim-interval}) and keeps its
   * leases.
   */
  @EventListener(ApplicationReadyEvent.class)
  void resume() {
    List<String> unsegmented = store.unsegmented();
    if (!unsegmented.isEmpty()) {
      log.info("Storing the segmentation of {} job(s) from before it was kept", unsegmented.size());
      unsegmented.forEach(id -> workers.submit(() -> store.find(id).ifPresent(this::article)));
    }
    if (!keeping.compareAndSet(false, true)) {
      leaseKeeper.execute(this::claim);
      return;
    }
    long renewEvery = Math.max(250, properties.lease().toMillis() / 4);
    leaseKeeper.scheduleWithFixedDelay(this::renew, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
    leaseKeeper.scheduleWithFixedDelay(
        this::claim, 0, properties.claimInterval().toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Runs the jobs this node holds without working on them, then takes the jobs nobody holds, up to
   * the free workers, and runs them.
   */
  private void claim() {
    try {
      List<String> taken = new java.util.ArrayList<>(leases.idle(Set.copyOf(active)));
      List<String> free = leases.claim(properties.workers() - active.size() - taken.size());
      if (!free.isEmpty()) {
        log.info("Taking {} job(s) nobody holds: {}", free.size(), free);
      }
      taken.addAll(free);
      for (String id : taken) {
        store.find(id).ifPresent(job -> start(job, () -> article(job), STORED));
      }
    } catch (RuntimeException e) {
      log.warn("Could not look for jobs to take: {}", e.getMessage());
    }
  }

  private void renew() {
    try {
      leases.renew(Set.copyOf(active));
    } catch (RuntimeException e) {
      log.warn("Could not renew this node's job leases: {}", e.getMessage());
    }
  }

  private void start(Job job, Supplier<SegmentedArticle> article, CompletableFuture<?> stored) {
    if (!active.add(job.id())) {
      return;
    }
    try {
      workers.submit(
          () -> {
            try {
              runner.run(job, article.get().segments(), () -> stopping, stored);
            } catch (RuntimeException e) {
              log.warn("Job {} stopped on this node: {}", job.id(), e.getMessage());
            } finally {
              active.remove(job.id());
            }
          });
    } catch (java.util.concurrent.RejectedExecutionException stopping) {
      active.remove(job.id());
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
    return status(job, Map.of(), profiles.of(job));
  }

  /** The job as the API shows it. */
  JobStatus status(Job job) {
    return statuses(List.of(job)).get(job.id());
  }

  /** Each job as the API shows it, by id, counted in one query. */
  Map<String, JobStatus> statuses(List<Job> jobs) {
    Map<String, Map<String, JobStatus.LanguageProgress>> counted = rows.progress(jobs);
    Map<String, Map<String, DateStyle>> applied = profiles.of(jobs);
    Map<String, JobStatus> out = new LinkedHashMap<>();
    for (Job job : jobs) {
      out.put(
          job.id(), status(job, counted.getOrDefault(job.id(), Map.of()), applied.get(job.id())));
    }
    return out;
  }

  /**
   * The job with these stored counts per language (a language without any has none yet), applying
   * {@code profile}.
   */
  private static JobStatus status(
      Job job, Map<String, JobStatus.LanguageProgress> stored, Map<String, DateStyle> profile) {
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
        profile,
        job.createdAt(),
        job.finishedAt(),
        job.error(),
        job.repairs(),
        progress);
  }

  /**
   * Stops taking jobs and lets each worker finish the chunk it is on (its requests in flight are
   * answered and stored, not paid again elsewhere), for at most a quarter of a lease; then gives
   * back every lease this node holds, so another node takes its jobs at once (and a worker still
   * running can no longer write them), and stops the workers.
   */
  @jakarta.annotation.PreDestroy
  void shutdown() throws InterruptedException {
    stopping = true;
    workers.shutdown();
    workers.awaitTermination(properties.lease().toMillis() / 4, TimeUnit.MILLISECONDS);
    leaseKeeper.shutdownNow();
    try {
      int released = leases.releaseAll();
      if (released > 0) {
        log.info("Gave back {} job(s) for other nodes to finish", released);
      }
    } catch (RuntimeException e) {
      log.warn(
          "Could not give back this node's jobs; they are taken when their leases end: {}",
          e.getMessage());
    }
    workers.shutdownNow();
    workers.awaitTermination(2, TimeUnit.SECONDS);
    try {
      node.stopped();
    } catch (RuntimeException e) {
      log.debug("Could not mark this node stopped", e);
    }
  }
}
