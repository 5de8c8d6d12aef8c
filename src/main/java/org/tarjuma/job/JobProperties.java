package org.tarjuma.job;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tarjuma.jobs.*}.
 *
 * @param workers jobs translated at once; they mostly wait on engines, whose queues bound the
 *     requests (max-concurrency), and a busy engine's queue fills its requests from all of them
 * @param chunk segments translated and stored together; a crash loses at most one chunk's rows
 *     (never its paid translations, which the segment cache already holds)
 * @param callbackSecret the key of the callbacks' Standard Webhooks signature: {@code whsec_} and
 *     the base64 of 24 to 64 random bytes; none by default, and then a job with a callback is
 *     refused
 * @param allowPrivateCallbacks whether callback URLs may point at addresses that are not public
 *     (loopback, private, and every other special-purpose block), for tests and closed networks
 * @param callbackAttempts attempts per callback, with doubling waits from one second
 * @param callbackTimeout how long one callback attempt may take
 * @param lease how long a node holds a job without renewing it (it renews every quarter of it while
 *     it works); when a node dies, another takes its jobs within about this time
 * @param claimInterval how often a node looks for jobs nobody holds (a dead node's, or queued ones)
 */
@ConfigurationProperties("tarjuma.jobs")
record JobProperties(
    @DefaultValue("256") int workers,
    @DefaultValue("50") int chunk,
    String callbackSecret,
    @DefaultValue("false") boolean allowPrivateCallbacks,
    @DefaultValue("4") int callbackAttempts,
    @DefaultValue("10s") Duration callbackTimeout,
    @DefaultValue("20s") Duration lease,
    @DefaultValue("2s") Duration claimInterval) {

  JobProperties {
    if (workers < 1 || chunk < 1 || callbackAttempts < 1) {
      throw new IllegalArgumentException(
          "tarjuma.jobs.workers, chunk and callback-attempts must be at least 1");
    }
    if (lease.toMillis() < 1000 || claimInterval.toMillis() < 100) {
      throw new IllegalArgumentException(
          "tarjuma.jobs.lease must be at least 1s and tarjuma.jobs.claim-interval at least 100ms");
    }
    if (callbackSecret != null && !callbackSecret.isBlank()) {
      CallbackSignature.of(callbackSecret);
    }
  }
}
