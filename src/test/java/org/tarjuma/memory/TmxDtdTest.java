package org.tarjuma.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** The TMX export against TMX 1.4's DTD (memory/schema/tmx14.dtd, see SOURCE.md there). */
class TmxDtdTest {

  /** Every validity error of {@code tmx}, with {@code tmx14.dtd} as its DOCTYPE. */
  static List<String> dtdErrors(String tmx) throws Exception {
    String declared =
        tmx.replaceFirst("\\?>", "?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">")
            .replaceFirst("^(?!<\\?xml)", "");
    List<String> errors = new ArrayList<>();
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setValidating(true);
    factory.setNamespaceAware(false);
    var reader = factory.newSAXParser().getXMLReader();
    reader.setEntityResolver(
        (publicId, systemId) ->
            new InputSource(TmxDtdTest.class.getResourceAsStream("/memory/schema/tmx14.dtd")));
    reader.setErrorHandler(
        new DefaultHandler() {
          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ": " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            errors.add(e.getLineNumber() + ": " + e.getMessage());
          }
        });
    reader.parse(new InputSource(new StringReader(declared)));
    return errors;
  }

  /** The export of the seed memory and tagged units is valid TMX 1.4. */
  @Test
  void theExportIsValidAgainstTheTmx14Dtd() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TmxWriter.write(OkapiTmxTest.units(), out);
    String tmx = out.toString(StandardCharsets.UTF_8);
    assertThat(tmx).contains("<bpt ", "xml:lang=\"ps\"");
    assertThat(dtdErrors(tmx)).isEmpty();
    // The check can fail: a header without srclang, a tuv without a seg.
    assertThat(dtdErrors(tmx.replaceFirst(" srclang=\"en\"", "")))
        .anyMatch(e -> e.contains("srclang"));
    assertThat(dtdErrors(tmx.replaceFirst("<seg>", "<sag>").replaceFirst("</seg>", "</sag>")))
        .isNotEmpty();
  }
}
