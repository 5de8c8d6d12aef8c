package org.tarjuma.segment;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats an article may come in; a translation is returned in the same one. */
public enum Format {
  /** Plain text: every non-blank line is a block (a line ending in a space flows on, RFC 3676). */
  TEXT,
  /** CommonMark: headings, paragraphs, list items and block quotes; inline markup as codes. */
  MARKDOWN,
  /** HTML: block elements are blocks, inline tags are codes, alt and title are segments. */
  HTML;

  /** Lower-case name as used in the API. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format with this API name, ignoring case.
   *
   * @throws UnknownFormatException naming the accepted values
   */
  public static Format of(String name) {
    return Arrays.stream(values())
        .filter(f -> f.id().equalsIgnoreCase(name == null ? "" : name.strip()))
        .findFirst()
        .orElseThrow(() -> new UnknownFormatException(name, accepted()));
  }

  static String accepted() {
    return Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", "));
  }
}
