package org.tarjuma.web;

/**
 * Keeps a CSV cell from being run as a spreadsheet formula (OWASP "CSV Injection"): a cell that
 * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written
 * with a single quote before it, which spreadsheets take as "text, do not evaluate". A cell that
 * already begins with quotes before such a character gets one more, so that {@link #unguard}
 * removes exactly what {@link #guard} added and {@code unguard(guard(s)).equals(s)} for every
 * string. Stateless and thread-safe.
 */
public final class FormulaGuard {

  private FormulaGuard() {}

  /** The cell as written to a file: {@code text}, or {@code "'" + text}; null stays null. */
  public static String guard(String text) {
    return guarded(text) ? "'" + text : text;
  }

  /** The cell as read from a file Tarjuma wrote: the quote {@link #guard} added removed. */
  public static String unguard(String cell) {
    return cell != null && cell.startsWith("'") && guarded(cell.substring(1))
        ? cell.substring(1)
        : cell;
  }

  /** Whether the text, after any leading quotes, begins with a character a formula begins with. */
  private static boolean guarded(String text) {
    if (text == null) {
      return false;
    }
    int i = 0;
    while (i < text.length() && text.charAt(i) == '\'') {
      i++;
    }
    return i < text.length() && "=+-@\t\r".indexOf(text.charAt(i)) >= 0;
  }
}
