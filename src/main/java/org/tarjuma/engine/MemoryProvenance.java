package org.tarjuma.engine;

import java.util.ArrayList;
import java.util.List;
import org.tarjuma.qa.Finding;
import org.tarjuma.qa.Severity;

/**
 * Where a memory unit came from, and what that means for a segment that reuses it. A unit a
 * translator approved in Tarjuma (origin {@code approved}) is reused as it is. Any other is reused
 * with a visible flag, so nobody takes it for reviewed work: one imported from a TMX file ({@code
 * tmx}, the other tool's review is not Tarjuma's) or a reference translation shipped unreviewed
 * ({@code seed}, awaiting native review). The flag becomes a QA warning on the segment, which a
 * translator clears by approving the segment.
 */
public final class MemoryProvenance {

  /** The QA check its warnings are reported under. */
  public static final String CHECK = "memory";

  /** The flag of a segment reused from an imported unit. */
  public static final String IMPORTED = "memory-imported";

  /** The flag of a segment reused from an unreviewed reference unit. */
  public static final String REFERENCE = "memory-reference";

  private MemoryProvenance() {}

  /** The flags a unit of this origin puts on the segment that reuses it; none for approved. */
  public static List<String> flags(String origin) {
    return switch (origin) {
      case "approved" -> List.of();
      case "seed" -> List.of(REFERENCE);
      default -> List.of(IMPORTED);
    };
  }

  /** {@code findings} with a QA warning for each provenance flag among {@code flags}. */
  public static List<Finding> withFindings(List<Finding> findings, List<String> flags) {
    if (!flags.contains(IMPORTED) && !flags.contains(REFERENCE)) {
      return findings;
    }
    List<Finding> all = new ArrayList<>(findings);
    if (flags.contains(REFERENCE)) {
      all.add(
          new Finding(
              CHECK,
              Severity.WARNING,
              REFERENCE,
              "from the translation memory's reference translations, not reviewed in Tarjuma:"
                  + " read it before approving"));
    }
    if (flags.contains(IMPORTED)) {
      all.add(
          new Finding(
              CHECK,
              Severity.WARNING,
              IMPORTED,
              "from translation memory imported from a file, not reviewed in Tarjuma: read it"
                  + " before approving"));
    }
    return List.copyOf(all);
  }
}
