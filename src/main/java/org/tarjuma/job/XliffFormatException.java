package org.tarjuma.job;

/** An uploaded file that is not XLIFF 2 Tarjuma can read; nothing of it was applied. */
final class XliffFormatException extends RuntimeException {

  XliffFormatException(String message) {
    super(message);
  }
}
