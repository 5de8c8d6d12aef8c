package org.tarjuma.job;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;
import org.tarjuma.calendar.EnglishDates;
import org.tarjuma.calendar.SourceDate;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.glossary.TermMatch;
import org.tarjuma.qa.Finding;
import org.tarjuma.qa.Severity;
import org.tarjuma.segment.TaggedText;

/**
 * A job's segments in one language as XLIFF 2.1: one {@code unit} per segment (its id the segment
 * id after {@code u}, its segment's after {@code s}), the segment's revision in the Metadata module
 * (category {@code tarjuma}, type {@code revision}: what an upload of the file is checked against),
 * the glossary terms of the sentence with their required forms in the Glossary module (found here,
 * with the glossary of the moment), QA findings as notes, each date of the source in a note
 * (category {@code source-date}: the date as written and its ISO 8601 form, {@code October 12, 2025
 * = 2025-10-12}, {@code 12–14 October 2025 = 2025-10-12/2025-10-14}, {@code August 2021 = 2021-08};
 * a date without its year in the year nearest the article's date), inline codes as {@code
 * sc}/{@code ec}/{@code ph}; a segment still needing an engine has no target and state {@code
 * initial}, an approved one state {@code final}. Thread-safe.
 */
@Component
final class XliffWriter {

  static final String CORE = "urn:oasis:names:tc:xliff:document:2.0";
  static final String GLOSSARY = "urn:oasis:names:tc:xliff:glossary:2.0";
  static final String METADATA = "urn:oasis:names:tc:xliff:metadata:2.0";

  /** A glossary term of a segment with the form its target language requires. */
  record Term(String source, String form, String entryId) {}

  private final Glossary glossary;

  XliffWriter(Glossary glossary) {
    this.glossary = glossary;
  }

  /**
   * The document; never null.
   *
   * @param dated the article's date, for the source's dates written without their year
   */
  String write(String jobId, String lang, LocalDate dated, List<JobSegments.Stored> segments) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      start(xml, jobId, lang);
      for (JobSegments.Stored stored : segments) {
        String plain = TaggedText.plain(stored.segment().source());
        unit(xml, stored, terms(plain, lang), dates(plain, dated));
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

  /** The glossary terms of a plain source that have a form in {@code lang}, with that form. */
  private List<Term> terms(String plain, String lang) {
    List<Term> out = new ArrayList<>();
    for (TermMatch match : glossary.matcher().find(plain)) {
      glossary
          .required(match.entryId(), lang)
          .ifPresent(forms -> out.add(new Term(match.text(), forms.preferred(), match.entryId())));
    }
    return out;
  }

  /** Each date of a plain source as its note says it: as written, then its ISO 8601 form. */
  static List<String> dates(String plain, LocalDate dated) {
    List<String> out = new ArrayList<>();
    for (SourceDate date : EnglishDates.find(plain, dated)) {
      String iso =
          switch (date) {
            case SourceDate.Day day -> day.date().toString();
            case SourceDate.Days days -> days.first() + "/" + days.last();
            case SourceDate.Month month -> month.month().toString();
          };
      out.add(plain.substring(date.start(), date.end()) + " = " + iso);
    }
    return out;
  }

  private static void start(XMLStreamWriter xml, String jobId, String lang)
      throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.setDefaultNamespace(CORE);
    xml.writeStartElement(CORE, "xliff");
    xml.writeDefaultNamespace(CORE);
    xml.writeNamespace("gls", GLOSSARY);
    xml.writeNamespace("mda", METADATA);
    xml.writeAttribute("version", "2.1");
    xml.writeAttribute("srcLang", "en");
    xml.writeAttribute("trgLang", lang);
    xml.writeStartElement(CORE, "file");
    xml.writeAttribute("id", "f1");
    xml.writeAttribute("original", "tarjuma-job-" + jobId);
  }

  private static void unit(
      XMLStreamWriter xml, JobSegments.Stored stored, List<Term> terms, List<String> dates)
      throws XMLStreamException {
    JobSegment s = stored.segment();
    xml.writeStartElement(CORE, "unit");
    xml.writeAttribute("id", "u" + s.id());
    revision(xml, stored.review().version());
    glossary(xml, terms);
    notes(xml, s, dates);
    xml.writeStartElement(CORE, "segment");
    xml.writeAttribute("id", "s" + s.id());
    xml.writeAttribute("state", state(stored));
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

  private static String state(JobSegments.Stored stored) {
    if (stored.segment().target() == null) {
      return "initial";
    }
    return "approved".equals(stored.review().review()) ? "final" : "translated";
  }

  private static void revision(XMLStreamWriter xml, int version) throws XMLStreamException {
    xml.writeStartElement(METADATA, "metadata");
    xml.writeStartElement(METADATA, "metaGroup");
    xml.writeAttribute("category", "tarjuma");
    xml.writeStartElement(METADATA, "meta");
    xml.writeAttribute("type", "revision");
    xml.writeCharacters(Integer.toString(version));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void glossary(XMLStreamWriter xml, List<Term> terms) throws XMLStreamException {
    if (terms.isEmpty()) {
      return;
    }
    xml.writeStartElement(GLOSSARY, "glossary");
    for (Term term : terms) {
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

  private static void notes(XMLStreamWriter xml, JobSegment s, List<String> dates)
      throws XMLStreamException {
    if (s.qa().isEmpty() && s.flags().isEmpty() && dates.isEmpty()) {
      return;
    }
    xml.writeStartElement(CORE, "notes");
    for (Finding finding : s.qa()) {
      note(xml, "qa:" + finding.check(), finding.severity() == Severity.ERROR ? "1" : "5");
      xml.writeCharacters(finding.message());
      xml.writeEndElement();
    }
    for (String flag : s.flags()) {
      note(xml, "engine", null);
      xml.writeCharacters(flag);
      xml.writeEndElement();
    }
    for (String date : dates) {
      note(xml, "source-date", null);
      xml.writeCharacters(date);
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static void note(XMLStreamWriter xml, String category, String priority)
      throws XMLStreamException {
    xml.writeStartElement(CORE, "note");
    xml.writeAttribute("category", category);
    if (priority != null) {
      xml.writeAttribute("priority", priority);
    }
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
