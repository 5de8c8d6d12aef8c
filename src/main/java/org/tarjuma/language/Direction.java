package org.tarjuma.language;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Writing direction of a script; its JSON form is the HTML {@code dir} value ({@code rtl}). */
public enum Direction {
  LTR,
  RTL;

  /** {@code ltr} or {@code rtl}, as the HTML {@code dir} attribute takes it. */
  @JsonValue
  public String dir() {
    return name().toLowerCase(Locale.ROOT);
  }
}
