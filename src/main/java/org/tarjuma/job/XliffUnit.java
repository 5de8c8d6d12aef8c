package org.tarjuma.job;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * Reads one {@code unit} from its start to its end: its segments and ignorables joined in order (a
 * tool that split the unit gives it back whole), and the revision in its Metadata module ({@code
 * metaGroup category="tarjuma"}, {@code meta type="revision"}). Not thread-safe: one per unit.
 */
final class XliffUnit {

  /** A segment or an ignorable: its source and target (null when it has none). */
  private record Part(boolean segment, XliffContent.Content source, XliffContent.Content target) {}

  private final XliffCursor xml;
  private final String id;
  private final List<Part> parts = new ArrayList<>();
  private String category;
  private String revision;

  XliffUnit(XliffCursor xml, String id) {
    this.xml = xml;
    this.id = id;
  }

  /** Reads from the current start of a unit to its end. */
  XliffReader.Unit read() throws XMLStreamException {
    int depth = xml.depth();
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.depth() < depth) {
        return unit();
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        start();
      }
    }
    throw new XliffFormatException("The file ends inside the unit " + id + ".");
  }

  private void start() throws XMLStreamException {
    if (xml.in(XliffWriter.METADATA)) {
      switch (xml.name()) {
        case "metaGroup" -> category = xml.attribute("category");
        case "meta" -> {
          if ("tarjuma".equals(category) && "revision".equals(xml.attribute("type"))) {
            revision = text();
          }
        }
        default -> {}
      }
    } else if (xml.inCore() && (xml.name().equals("segment") || xml.name().equals("ignorable"))) {
      parts.add(part(xml.name().equals("segment")));
    }
  }

  private Part part(boolean segment) throws XMLStreamException {
    int depth = xml.depth();
    XliffContent.Content source = null;
    XliffContent.Content target = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.depth() < depth) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT && xml.inCore()) {
        switch (xml.name()) {
          case "source" -> source = XliffContent.read(xml, "source");
          case "target" -> target = XliffContent.read(xml, "target");
          default -> {}
        }
      }
    }
    if (source == null) {
      throw new XliffFormatException("A segment of the unit " + id + " has no source.");
    }
    return new Part(segment, source, target);
  }

  /** The text of the current element, which holds no other. */
  private String text() throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = xml.depth();
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.depth() < depth) {
        break;
      }
      if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        text.append(xml.text());
      }
    }
    return text.toString().strip();
  }

  private XliffReader.Unit unit() {
    StringBuilder source = new StringBuilder();
    StringBuilder target = new StringBuilder();
    String problem = null;
    int segments = 0;
    int translated = 0;
    for (Part part : parts) {
      source.append(part.source().tagged());
      XliffContent.Content text = part.target() != null ? part.target() : part.source();
      target.append(text.tagged());
      problem = first(problem, part.source().problem(), text.problem());
      segments += part.segment() ? 1 : 0;
      translated += part.segment() && part.target() != null ? 1 : 0;
    }
    if (translated > 0 && translated < segments) {
      problem =
          first(
              problem,
              "Only " + translated + " of the unit's " + segments + " segments are translated.",
              null);
    }
    return new XliffReader.Unit(
        id, source.toString(), translated == 0 ? null : target.toString(), number(), problem);
  }

  private Integer number() {
    try {
      return revision == null ? null : Integer.valueOf(revision);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String first(String a, String b, String c) {
    return a != null ? a : b != null ? b : c;
  }
}
