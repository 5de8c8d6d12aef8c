package org.tarjuma.memory;

import java.util.List;

/** A TMX file that cannot be imported; nothing of it was. One line per problem. */
public final class TmxFormatException extends RuntimeException {

  private final List<String> problems;

  TmxFormatException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
