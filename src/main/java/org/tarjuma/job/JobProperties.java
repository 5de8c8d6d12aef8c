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
 * @param callbackSecret the key of the HMAC-SHA256 signature on callbacks
 * @param allowPrivateCallbacks whether callback URLs may point at loopback or private addresses
 * @param callbackAttempts attempts per callback, with doubling waits from one second
 * @param callbackTimeout how long one callback attempt may take
 */
@ConfigurationProperties("tarjuma.jobs")
record JobProperties(
    @DefaultValue("256") int workers,
    @DefaultValue("50") int chunk,
    @DefaultValue("change-me") String callbackSecret,
    @DefaultValue("false") boolean allowPrivateCallbacks,
    @DefaultValue("4") int callbackAttempts,
    @DefaultValue("10s") Duration callbackTimeout) {

  JobProperties {
    if (workers < 1 || chunk < 1 || callbackAttempts < 1) {
      throw new IllegalArgumentException(
          "tarjuma.jobs.workers, chunk and callback-attempts must be at least 1");
    }
  }
}
