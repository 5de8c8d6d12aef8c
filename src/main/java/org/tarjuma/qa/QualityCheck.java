package org.tarjuma.qa;

import java.util.List;

/** One check of a translated segment. Implementations are stateless and thread-safe. */
public interface QualityCheck {

  /** A short stable id, e.g. {@code numbers}. */
  String id();

  /** What is wrong with the segment; empty when nothing is. */
  List<Finding> check(Subject subject);
}
