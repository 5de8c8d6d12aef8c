package org.tarjuma.job;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/**
 * Validates XLIFF against the OASIS XLIFF 2 core schema and the Glossary and Metadata modules'
 * schemas.
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
            new StreamSource(
                loader.getResource("net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd").toExternalForm()),
            new StreamSource(
                loader
                    .getResource("net/sf/okapi/lib/xliff2/modules/glossary.xsd")
                    .toExternalForm()),
            new StreamSource(
                loader.getResource("net/sf/okapi/lib/xliff2/modules/metadata.xsd").toExternalForm())
          });
    } catch (org.xml.sax.SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Throws with the validator's message when {@code xliff} is not valid. */
  static void assertValid(String xliff) {
    try {
      SCHEMA.newValidator().validate(new StreamSource(new StringReader(xliff)));
    } catch (Exception e) {
      throw new AssertionError("invalid XLIFF: " + e.getMessage() + "\n" + xliff, e);
    }
  }
}
