package org.tarjuma.qa;

import java.util.List;

/** A translation with no text. */
final class EmptyTargetCheck implements QualityCheck {

  @Override
  public String id() {
    return "empty";
  }

  @Override
  public List<Finding> check(Subject s) {
    return s.plainTarget().isBlank()
        ? List.of(new Finding(id(), Severity.ERROR, "empty", "The translation is empty."))
        : List.of();
  }
}
