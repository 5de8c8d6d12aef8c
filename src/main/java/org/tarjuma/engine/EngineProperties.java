package org.tarjuma.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The engines and routes: {@code tarjuma.engines.<name>.*} and {@code tarjuma.routing.<lang>}.
 * Checked as a whole when the application starts (see {@code EngineRegistry}).
 *
 * @param engines the configured engines by name
 * @param routing per target language, the engine names to try in order
 * @param resilience retry and circuit breaker settings shared by every engine
 */
@ConfigurationProperties("tarjuma")
public record EngineProperties(
    Map<String, EngineSettings> engines,
    Map<String, List<String>> routing,
    @DefaultValue Resilience resilience) {

  public EngineProperties {
    engines = engines == null ? Map.of() : Map.copyOf(engines);
    routing = routing == null ? Map.of() : Map.copyOf(routing);
  }

  /**
   * How engines are retried and when they are left alone for a while.
   *
   * @param maxAttempts attempts per request, the first one included
   * @param initialBackoff wait before the second attempt; doubled each time, with jitter
   * @param maxBackoff longest wait between attempts, also the cap on a provider's Retry-After
   * @param failureRateThreshold percentage of failed calls that opens an engine's circuit
   * @param slidingWindow calls the failure rate is measured over
   * @param openFor how long an open circuit refuses calls before it lets a few through
   */
  public record Resilience(
      @DefaultValue("4") int maxAttempts,
      @DefaultValue("500ms") Duration initialBackoff,
      @DefaultValue("30s") Duration maxBackoff,
      @DefaultValue("50") float failureRateThreshold,
      @DefaultValue("20") int slidingWindow,
      @DefaultValue("30s") Duration openFor) {}
}
