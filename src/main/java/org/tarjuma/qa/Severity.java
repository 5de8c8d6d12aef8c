package org.tarjuma.qa;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How bad a finding is: an error must be fixed before approval, a warning should be looked at. */
public enum Severity {
  ERROR,
  WARNING;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
