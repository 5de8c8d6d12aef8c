package org.tarjuma.job;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader that keeps count of how deep it is: it refuses a DOCTYPE and nesting deeper than
 * its limit with an {@link XliffFormatException}. Not thread-safe: one per file.
 */
final class XliffCursor {

  private final XMLStreamReader xml;
  private final int maxDepth;
  private int depth;

  XliffCursor(XMLStreamReader xml, int maxDepth) {
    this.xml = xml;
    this.maxDepth = maxDepth;
  }

  boolean hasNext() throws XMLStreamException {
    return xml.hasNext();
  }

  /** The next event, counted. */
  int next() throws XMLStreamException {
    int event = xml.next();
    switch (event) {
      case XMLStreamConstants.START_ELEMENT -> {
        if (++depth > maxDepth) {
          throw new XliffFormatException(
              "Elements are nested deeper than " + maxDepth + " levels (line " + line() + ").");
        }
      }
      case XMLStreamConstants.END_ELEMENT -> depth--;
      case XMLStreamConstants.DTD ->
          throw new XliffFormatException(
              "The file has a DOCTYPE; XLIFF 2 has none, and a file with one is refused so that"
                  + " no entity or DTD is ever read.");
      default -> {}
    }
    return event;
  }

  /** Moves to the next start of an element; a file without one has no root. */
  void nextStart() throws XMLStreamException {
    while (xml.hasNext()) {
      if (next() == XMLStreamConstants.START_ELEMENT) {
        return;
      }
    }
    throw new XliffFormatException("The file is empty: it has no root element.");
  }

  /** How many elements are open, the current start element included. */
  int depth() {
    return depth;
  }

  String name() {
    return xml.getLocalName();
  }

  /** The namespace of the current element; empty for none. */
  String namespace() {
    String namespace = xml.getNamespaceURI();
    return namespace == null ? "" : namespace;
  }

  boolean inCore() {
    return in(XliffWriter.CORE);
  }

  boolean in(String namespace) {
    return namespace.equals(namespace());
  }

  /** The unqualified attribute of the current start element, or null. */
  String attribute(String name) {
    return xml.getAttributeValue(null, name);
  }

  /** The text of the current event. */
  String text() {
    return xml.getText();
  }

  int line() {
    return xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
  }

  /** A parser's error as a sentence a person can act on, without the parser's framing. */
  static String describe(XMLStreamException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    return "The file is not well-formed XML"
        + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")")
        + ": "
        + message.replaceAll(
            "(?s)^ParseError at \\[row,col\\]:\\[-?\\d+,-?\\d+\\]\\s*Message: ", "");
  }
}
