package org.tarjuma.job;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A job's progress as server-sent events: its status as {@code progress} every half second, then
 * once as {@code done} when it has ended, and the stream closes. Each open stream is a virtual
 * thread of its own that mostly sleeps, so a thousand watchers cost a thousand sleeping virtual
 * threads, not a thread pool; a stream ends on any error at once, never waiting for its timeout.
 */
@Component
class JobEvents {

  static final Duration TICK = Duration.ofMillis(500);
  static final Duration TIMEOUT = Duration.ofMinutes(10);

  private final JobStore store;
  private final JobService jobs;
  private final Set<Thread> streams = ConcurrentHashMap.newKeySet();

  JobEvents(JobStore store, JobService jobs) {
    this.store = store;
    this.jobs = jobs;
  }

  /** Streams the status of job {@code id}, which the caller has been allowed to see. */
  SseEmitter stream(String id) {
    SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
    Thread stream = Thread.ofVirtual().name("job-events-" + id).unstarted(() -> push(id, emitter));
    Runnable stop = stream::interrupt;
    emitter.onCompletion(stop);
    emitter.onTimeout(stop);
    emitter.onError(e -> stop.run());
    streams.add(stream);
    stream.start();
    return emitter;
  }

  private void push(String id, SseEmitter emitter) {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Job job = store.find(id).orElseThrow();
        emitter.send(
            SseEmitter.event().name(job.over() ? "done" : "progress").data(jobs.status(job)));
        if (job.over()) {
          emitter.complete();
          return;
        }
        Thread.sleep(TICK);
      }
    } catch (InterruptedException e) {
      // The stream was closed, timed out or the application stops.
    } catch (IOException | RuntimeException e) {
      emitter.completeWithError(e);
    } finally {
      streams.remove(Thread.currentThread());
    }
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    streams.forEach(Thread::interrupt);
  }
}
