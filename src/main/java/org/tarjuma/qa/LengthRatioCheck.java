package org.tarjuma.qa;

import java.util.List;

/**
 * A translation far shorter or longer than its source usually lost or invented something. Urdu,
 * Pashto and Dari news run at 0.8–1.3 times the English length; outside 0.4–2.5 is flagged, for
 * sources of 20 characters or more.
 */
final class LengthRatioCheck implements QualityCheck {

  static final double MIN = 0.4;
  static final double MAX = 2.5;

  @Override
  public String id() {
    return "length";
  }

  @Override
  public List<Finding> check(Subject s) {
    int source = s.plainSource().strip().length();
    int target = s.plainTarget().strip().length();
    if (source < 20 || target == 0) {
      return List.of();
    }
    double ratio = (double) target / source;
    if (ratio >= MIN && ratio <= MAX) {
      return List.of();
    }
    return List.of(
        new Finding(
            id(),
            Severity.WARNING,
            "length-ratio",
            String.format(
                java.util.Locale.ROOT,
                "The translation is %.1f times as long as the source (usual: 0.8–1.3).",
                ratio)));
  }
}
