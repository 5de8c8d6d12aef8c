package org.tarjuma.language;

/** Writing direction of a script, as used for the HTML {@code dir} attribute. */
public enum Direction {
  LTR,
  RTL
}
