package org.tarjuma.memory;

import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tarjuma.segment.TaggedText;

/**
 * Writes memory units as TMX 1.4b: one {@code tu} per unit, the English {@code tuv} first; our tags
 * become {@code bpt}/{@code ept}/{@code ph}, so {@link TmxReader} reads back what was written.
 */
final class TmxWriter {

  private static final DateTimeFormatter TMX_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private TmxWriter() {}

  static void write(List<MemoryUnit> units, OutputStream out) {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("tmx");
      xml.writeAttribute("version", "1.4");
      xml.writeCharacters("\n  ");
      xml.writeEmptyElement("header");
      xml.writeAttribute("creationtool", "Tarjuma");
      xml.writeAttribute("creationtoolversion", "0.1");
      xml.writeAttribute("segtype", "sentence");
      xml.writeAttribute("o-tmf", "Tarjuma");
      xml.writeAttribute("adminlang", "en");
      xml.writeAttribute("srclang", "en");
      xml.writeAttribute("datatype", "plaintext");
      xml.writeCharacters("\n  ");
      xml.writeStartElement("body");
      for (MemoryUnit unit : units) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("tu");
        xml.writeAttribute("changedate", TMX_DATE.format(unit.changedAt()));
        xml.writeAttribute("changeid", unit.changedBy());
        xml.writeStartElement("prop");
        xml.writeAttribute("type", "x-origin");
        xml.writeCharacters(unit.origin());
        xml.writeEndElement();
        tuv(xml, unit.sourceLang(), unit.source());
        tuv(xml, unit.targetLang(), unit.target());
        xml.writeEndElement();
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write TMX", e);
    }
  }

  /** A unit's text: its tags as {@code bpt}/{@code ept}/{@code ph}; without tags, as it stands. */
  private static void tuv(XMLStreamWriter xml, String lang, String text) throws XMLStreamException {
    xml.writeStartElement("tuv");
    xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
    xml.writeStartElement("seg");
    if (TaggedText.tags(text).isEmpty()) {
      xml.writeCharacters(text); // a unit without codes is plain text, not tagged
    } else {
      for (TaggedText.Piece piece : TaggedText.parse(text)) {
        switch (piece) {
          case TaggedText.Text run -> xml.writeCharacters(run.text());
          case TaggedText.Tag tag -> {
            switch (tag.kind()) {
              case OPEN -> code(xml, "bpt", "i", tag.id());
              case CLOSE -> code(xml, "ept", "i", tag.id());
              case ISOLATED -> code(xml, "ph", "x", tag.id());
            }
          }
        }
      }
    }
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void code(XMLStreamWriter xml, String element, String attribute, String value)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeAttribute(attribute, value);
    xml.writeEndElement();
  }
}
