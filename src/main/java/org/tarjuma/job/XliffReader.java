package org.tarjuma.job;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XLIFF 2 file (as {@link XliffWriter} writes it, or as a CAT tool writes it back) into
 * units: each unit's sources and targets in tagged form ({@link XliffContent}), and the revision
 * the Metadata module carries. A DOCTYPE is refused outright (XLIFF 2 has none; no entity is ever
 * expanded), so are XLIFF 1.x, other XML, and nesting deeper than {@value #MAX_DEPTH}. Throws only
 * {@link XliffFormatException}, whose message says what is wrong and where. Stateless.
 */
final class XliffReader {

  static final int MAX_DEPTH = 64;
  private static final String XLIFF_1 = "urn:oasis:names:tc:xliff:document:1.2";

  private XliffReader() {}

  /** The file's languages, the {@code original} of each {@code file}, and its units in order. */
  record Document(String srcLang, String trgLang, List<String> originals, List<Unit> units) {}

  /**
   * One unit.
   *
   * @param id the unit's id as in the file
   * @param source its segments' and ignorables' sources, tagged, in order
   * @param target their targets (an ignorable's source where it has none); null when no segment has
   *     a target
   * @param revision the Tarjuma revision it was exported at; null when the file does not say
   * @param problem why the unit cannot be applied as it stands, or null
   */
  record Unit(String id, String source, String target, Integer revision, String problem) {}

  /** Reads the whole stream; never null. */
  static Document read(InputStream in) {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        return new Parse(new XliffCursor(xml, MAX_DEPTH)).document();
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new XliffFormatException(XliffCursor.describe(e));
    }
  }

  /** One reading of one file. */
  private static final class Parse {
    private final XliffCursor xml;
    private final List<String> originals = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    Parse(XliffCursor xml) {
      this.xml = xml;
    }

    Document document() throws XMLStreamException {
      xml.nextStart();
      root();
      Document document =
          new Document(xml.attribute("srcLang"), xml.attribute("trgLang"), originals, units);
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT || !xml.inCore()) {
          continue;
        }
        switch (xml.name()) {
          case "file" -> originals.add(xml.attribute("original"));
          case "unit" -> unit();
          default -> {}
        }
      }
      return document;
    }

    private void root() {
      String version = xml.attribute("version");
      if (xml.name().equals("xliff")
          && (XLIFF_1.equals(xml.namespace()) || version != null && version.startsWith("1."))) {
        throw new XliffFormatException(
            "This is XLIFF "
                + (version == null ? "1.x" : version)
                + "; only XLIFF 2 (2.0, 2.1, 2.2) is read. Export the file as XLIFF 2 from your"
                + " tool, or start from Tarjuma's own export (?as=xliff).");
      }
      if (!xml.name().equals("xliff") || !xml.inCore()) {
        throw new XliffFormatException(
            "Not an XLIFF 2 document: the root element is <"
                + xml.name()
                + "> in the namespace '"
                + xml.namespace()
                + "', not <xliff> in "
                + XliffWriter.CORE
                + ".");
      }
      if (version == null || !version.startsWith("2.")) {
        throw new XliffFormatException(
            "The XLIFF version is '" + version + "'; only XLIFF 2 (2.0, 2.1, 2.2) is read.");
      }
    }

    private void unit() throws XMLStreamException {
      String id = xml.attribute("id");
      int line = xml.line();
      if (id == null || id.isBlank()) {
        throw new XliffFormatException("The unit at line " + line + " has no id.");
      }
      if (!ids.add(id)) {
        throw new XliffFormatException(
            "The unit id " + id + " appears twice (line " + line + "); unit ids are unique.");
      }
      units.add(new XliffUnit(xml, id).read());
    }
  }
}
