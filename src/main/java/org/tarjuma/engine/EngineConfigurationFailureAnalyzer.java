package org.tarjuma.engine;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the configuration problems as they are, one line each, without a stack trace. */
final class EngineConfigurationFailureAnalyzer
    extends AbstractFailureAnalyzer<EngineConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, EngineConfigurationException cause) {
    return new FailureAnalysis(
        String.join("\n", cause.problems()),
        "Fix the tarjuma.engines.* and tarjuma.routing.* settings named above (see README,"
            + " \"Translation engines\").",
        cause);
  }
}
