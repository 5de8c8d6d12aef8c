package org.tarjuma.job;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/**
 * Validates XLIFF against the OASIS XLIFF 2.1 core schema and the Glossary and Metadata modules'
 * schemas, as the XLIFF TC publishes them (src/test/resources/xliff/2.1, see SOURCE.md there).
 */
final class Xliff {

  private static final Schema SCHEMA = load();

  private Xliff() {}

  private static Schema load() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      ClassLoader loader = Xliff.class.getClassLoader();
      return factory.newSchema(
          new StreamSource[] {
            new StreamSource(loader.getResource("xliff/2.1/xliff_core_2.0.xsd").toExternalForm()),
            new StreamSource(loader.getResource("xliff/2.1/glossary.xsd").toExternalForm()),
            new StreamSource(loader.getResource("xliff/2.1/metadata.xsd").toExternalForm())
          });
    } catch (org.xml.sax.SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Throws with the validator's message when {@code xliff} is not valid XLIFF 2.1 or does not say
   * {@code version="2.1"}.
   */
  static void assertValid(String xliff) {
    if (!xliff.contains("version=\"2.1\"")) {
      throw new AssertionError("not XLIFF 2.1 (no version=\"2.1\"):\n" + xliff);
    }
    try {
      SCHEMA.newValidator().validate(new StreamSource(new StringReader(xliff)));
    } catch (Exception e) {
      throw new AssertionError("invalid XLIFF: " + e.getMessage() + "\n" + xliff, e);
    }
  }
}
