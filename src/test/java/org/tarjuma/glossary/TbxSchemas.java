package org.tarjuma.glossary;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.transform.Templates;
import javax.xml.transform.TransformerException;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.TransformerFactoryImpl;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Validates TBX against the official schemas kept in {@code glossary/tbx/schema} (RelaxNG with
 * Jing, ISO Schematron with SchXslt on Saxon) and returns every error as a line, so a test can show
 * what failed.
 */
final class TbxSchemas {

  static final String CORE_RNG = "/glossary/tbx/schema/TBXcoreStructV03.rng";
  static final String BASIC_INTEGRATED_RNG =
      "/glossary/tbx/schema/TBXcoreStructV03_TBX-Basic_integrated.rng";
  static final String BASIC_DCA_SCH = "/glossary/tbx/schema/TBX-Basic_DCA.sch";
  static final String TARJUMA_DCA_SCH = "/tbx/TBX-Tarjuma_DCA.sch";

  private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";

  private TbxSchemas() {}

  /** Every RelaxNG error of {@code tbx} against the schema at {@code rng}; empty when valid. */
  static List<String> relaxNgErrors(byte[] tbx, String rng) {
    List<String> errors = new ArrayList<>();
    ErrorHandler collect =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ": " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            errors.add(e.getLineNumber() + ": " + e.getMessage());
          }
        };
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, collect);
    ValidationDriver driver = new ValidationDriver(properties.toPropertyMap());
    try {
      if (!driver.loadSchema(new InputSource(resource(rng).toExternalForm()))) {
        throw new IllegalStateException("cannot load " + rng + ": " + errors);
      }
      driver.validate(new InputSource(new ByteArrayInputStream(tbx)));
    } catch (Exception e) {
      throw new IllegalStateException("cannot validate against " + rng, e);
    }
    return errors;
  }

  /** The text of every failed assert of {@code tbx} against the Schematron at {@code sch}. */
  static List<String> schematronFailures(byte[] tbx, String sch) {
    TransformerFactoryImpl saxon = new TransformerFactoryImpl();
    try {
      StringWriter validator = new StringWriter();
      saxon
          .newTransformer(
              new StreamSource(
                  resource("/xslt/2.0/pipeline-for-svrl.xsl").openStream(),
                  resource("/xslt/2.0/pipeline-for-svrl.xsl").toExternalForm()))
          .transform(
              new StreamSource(resource(sch).openStream(), resource(sch).toExternalForm()),
              new StreamResult(validator));
      Templates compiled = saxon.newTemplates(new StreamSource(new StringReader(validator + "")));
      StringWriter report = new StringWriter();
      compiled
          .newTransformer()
          .transform(new StreamSource(new ByteArrayInputStream(tbx)), new StreamResult(report));
      return failures(report.toString());
    } catch (TransformerException | java.io.IOException e) {
      throw new IllegalStateException("cannot run the Schematron " + sch, e);
    }
  }

  private static List<String> failures(String svrl) {
    try {
      var document =
          javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance()
              .newDocumentBuilder()
              .parse(new InputSource(new StringReader(svrl)));
      var failed = document.getElementsByTagNameNS(SVRL, "failed-assert");
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < failed.getLength(); i++) {
        var element = (org.w3c.dom.Element) failed.item(i);
        lines.add(element.getAttribute("location") + ": " + element.getTextContent().strip());
      }
      return lines;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the Schematron report", e);
    }
  }

  private static URL resource(String path) {
    return Objects.requireNonNull(TbxSchemas.class.getResource(path), path);
  }
}
