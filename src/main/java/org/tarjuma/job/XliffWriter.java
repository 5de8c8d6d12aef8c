package org.tarjuma.job;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.glossary.TermMatch;
import org.tarjuma.segment.TaggedText;

/**
 * A job's segments in one language as XLIFF 2.1: one {@code unit} per segment (its id the segment
 * id), the glossary terms of the sentence with their required forms in the Glossary module (found
 * here, with the glossary of the moment), QA findings as notes, inline codes as {@code sc}/{@code
 * ec}/{@code ph}; a segment still needing an engine has no target and state {@code initial}.
 * Thread-safe.
 */
@Component
final class XliffWriter {

  static final String CORE = "urn:oasis:names:tc:xliff:document:2.0";
  static final String GLOSSARY = "urn:oasis:names:tc:xliff:glossary:2.0";

  /** A glossary term of a segment with the form its target language requires. */
  record Term(String source, String form, String entryId) {}

  private final Glossary glossary;

  XliffWriter(Glossary glossary) {
    this.glossary = glossary;
  }

  /** The document; never null. */
  String write(String jobId, String lang, List<JobSegment> segments) {
    return write(
        jobId, lang, segments, segments.stream().map(s -> terms(s.source(), lang)).toList());
  }

  /** The glossary terms of a tagged source that have a form in {@code lang}, with that form. */
  private List<Term> terms(String tagged, String lang) {
    List<Term> out = new ArrayList<>();
    for (TermMatch match : glossary.matcher().find(TaggedText.plain(tagged))) {
      glossary
          .required(match.entryId(), lang)
          .ifPresent(forms -> out.add(new Term(match.text(), forms.preferred(), match.entryId())));
    }
    return out;
  }

  private static String write(
      String jobId, String lang, List<JobSegment> segments, List<List<Term>> terms) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.setDefaultNamespace(CORE);
      xml.writeStartElement(CORE, "xliff");
      xml.writeDefaultNamespace(CORE);
      xml.writeNamespace("gls", GLOSSARY);
      xml.writeAttribute("version", "2.1");
      xml.writeAttribute("srcLang", "en");
      xml.writeAttribute("trgLang", lang);
      xml.writeStartElement(CORE, "file");
      xml.writeAttribute("id", "f1");
      xml.writeAttribute("original", "tarjuma-job-" + jobId);
      for (int i = 0; i < segments.size(); i++) {
        JobSegment s = segments.get(i);
        xml.writeStartElement(CORE, "unit");
        xml.writeAttribute("id", "u" + s.id());
        if (!terms.get(i).isEmpty()) {
          xml.writeStartElement(GLOSSARY, "glossary");
          for (Term term : terms.get(i)) {
            xml.writeStartElement(GLOSSARY, "glossEntry");
            xml.writeStartElement(GLOSSARY, "term");
            xml.writeAttribute("source", "tarjuma-glossary:" + term.entryId());
            xml.writeCharacters(term.source());
            xml.writeEndElement();
            xml.writeStartElement(GLOSSARY, "translation");
            xml.writeCharacters(term.form());
            xml.writeEndElement();
            xml.writeEndElement();
          }
          xml.writeEndElement();
        }
        if (!s.qa().isEmpty() || !s.flags().isEmpty()) {
          xml.writeStartElement(CORE, "notes");
          for (var finding : s.qa()) {
            xml.writeStartElement(CORE, "note");
            xml.writeAttribute("category", "qa:" + finding.check());
            xml.writeAttribute(
                "priority", finding.severity() == org.tarjuma.qa.Severity.ERROR ? "1" : "5");
            xml.writeCharacters(finding.message());
            xml.writeEndElement();
          }
          for (String flag : s.flags()) {
            xml.writeStartElement(CORE, "note");
            xml.writeAttribute("category", "engine");
            xml.writeCharacters(flag);
            xml.writeEndElement();
          }
          xml.writeEndElement();
        }
        xml.writeStartElement(CORE, "segment");
        xml.writeAttribute("id", "s" + s.id());
        xml.writeAttribute("state", s.target() == null ? "initial" : "translated");
        xml.writeStartElement(CORE, "source");
        content(xml, s.source());
        xml.writeEndElement();
        if (s.target() != null) {
          xml.writeStartElement(CORE, "target");
          content(xml, s.target());
          xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write XLIFF", e);
    }
    return out.toString();
  }

  /**
   * Tagged text as XLIFF inline content: {@code <1>} → sc, {@code </1>} → ec, {@code <1/>} → ph.
   */
  private static void content(XMLStreamWriter xml, String tagged) throws XMLStreamException {
    for (TaggedText.Piece piece : TaggedText.parse(tagged)) {
      switch (piece) {
        case TaggedText.Text text -> xml.writeCharacters(text.text());
        case TaggedText.Tag tag -> {
          switch (tag.kind()) {
            case OPEN -> code(xml, "sc", "id", "c" + tag.id());
            case CLOSE -> code(xml, "ec", "startRef", "c" + tag.id());
            case ISOLATED -> code(xml, "ph", "id", "p" + tag.id());
          }
        }
      }
    }
  }

  private static void code(XMLStreamWriter xml, String element, String attribute, String value)
      throws XMLStreamException {
    xml.writeEmptyElement(CORE, element);
    xml.writeAttribute(attribute, value);
  }
}
