package org.tarjuma.engine;

import java.util.List;

/** The engines or routes are configured wrongly; one line per problem. Stops the start. */
final class EngineConfigurationException extends RuntimeException {

  private final List<String> problems;

  EngineConfigurationException(List<String> problems) {
    super(
        "Tarjuma cannot start: the engine configuration has "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ":\n  "
            + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }
}
