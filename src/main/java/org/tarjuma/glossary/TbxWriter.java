package org.tarjuma.glossary;

import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes entries as TBX v3, DCA style, in one of two dialects, both read back by {@link TbxReader}:
 * {@link Dialect#TARJUMA} keeps everything, {@link Dialect#BASIC} is what other tools accept.
 */
final class TbxWriter {

  /** What a file holds, and the name it declares in {@code <tbx type>}. */
  enum Dialect {
    /**
     * TBX-Tarjuma: TBX-Basic's data categories and Tarjuma's own (working status, do-not-translate,
     * proper nouns, each form's grammatical forms), as {@code tbx/TBX-Tarjuma_DCA.sch} declares
     * them. The format of {@code glossary/}; nothing is lost.
     */
    TARJUMA("TBX-Tarjuma"),
    /**
     * TBX-Basic, valid against LTAC Global's RelaxNG and Schematron: the terms, their status, part
     * of speech (a proper noun is a noun), subject, definition and notes. A language whose forms
     * are deprecated has them all superseded.
     */
    BASIC("TBX-Basic");

    final String type;

    Dialect(String type) {
      this.type = type;
    }
  }

  static final String NAMESPACE = "urn:iso:std:iso:30042:ed-2";
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  private TbxWriter() {}

  /** Writes {@code entries} in Tarjuma's own dialect. */
  static void write(Collection<Entry> entries, OutputStream out) {
    write(entries, out, Dialect.TARJUMA);
  }

  static void write(Collection<Entry> entries, OutputStream out, Dialect dialect) {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      new TbxWriter.Document(xml, dialect).write(entries);
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write TBX", e);
    }
  }

  private record Document(XMLStreamWriter xml, Dialect dialect) {

    /** Whether Tarjuma's own data categories are written. */
    private boolean full() {
      return dialect == Dialect.TARJUMA;
    }

    void write(Collection<Entry> entries) throws XMLStreamException {
      xml.writeStartDocument("UTF-8", "1.0");
      text("\n");
      xml.writeStartElement("tbx");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeAttribute("type", dialect.type);
      xml.writeAttribute("style", "dca");
      xml.writeAttribute("xml", XML_NS, "lang", "en");
      open(1, "tbxHeader");
      open(2, "fileDesc");
      open(3, "sourceDesc");
      element(
          4,
          "p",
          null,
          null,
          "Tarjuma glossary: names and terms of Afghanistan–Pakistan news, with Urdu, Pashto and Dari forms.");
      close(3);
      close(2);
      close(1);
      open(1, "text");
      open(2, "body");
      for (Entry entry : entries) {
        concept(entry);
      }
      close(2);
      close(1);
      text("\n");
      xml.writeEndElement();
      text("\n");
      xml.writeEndDocument();
    }

    private void concept(Entry entry) throws XMLStreamException {
      indent(3);
      xml.writeStartElement("conceptEntry");
      xml.writeAttribute("id", entry.id());
      for (String domain : entry.english().domains()) {
        element(4, "descrip", "type", "subjectField", domain);
      }
      if (!entry.english().note().isEmpty()) {
        element(4, "descrip", "type", "definition", entry.english().note());
      }
      langSec("en");
      Entry.English english = entry.english();
      for (Entry.SourceTerm term : english.all()) {
        open(5, "termSec");
        element(6, "term", null, null, term.text());
        String partOfSpeech =
            full() ? english.partOfSpeech() : TbxBasic.partOfSpeech(english.partOfSpeech());
        if (!partOfSpeech.isEmpty()) {
          element(6, "termNote", "type", "partOfSpeech", partOfSpeech);
        }
        element(
            7,
            "termNote",
            "type",
            "administrativeStatus",
            term == english.preferred() ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts");
        element(6, "termNote", "type", "termType", term.caseSensitive() ? "acronym" : "fullForm");
        close(5);
      }
      close(4);
      for (var target : entry.targets().entrySet()) {
        forms(entry, target.getKey(), target.getValue());
      }
      close(3);
    }

    private void forms(Entry entry, String lang, Entry.Forms forms) throws XMLStreamException {
      java.util.Set<String> written = new java.util.HashSet<>();
      langSec(lang);
      boolean retired = !full() && forms.status() == Entry.Status.DEPRECATED;
      String admitted = retired ? "supersededTerm-admn-sts" : "admittedTerm-admn-sts";
      open(5, "termSec");
      element(6, "term", null, null, forms.preferred());
      element(
          6,
          "termNote",
          "type",
          "administrativeStatus",
          retired ? "supersededTerm-admn-sts" : "preferredTerm-admn-sts");
      if (full()) {
        tarjumaNotes(forms);
      }
      if (!forms.note().isEmpty()) {
        element(6, "note", null, null, forms.note());
      }
      close(5);
      paradigm(entry, lang, forms, forms.preferred(), "admittedTerm-admn-sts", written);
      for (String variant : forms.variants()) {
        open(5, "termSec");
        element(6, "term", null, null, variant);
        element(6, "termNote", "type", "administrativeStatus", admitted);
        inflects(forms, variant);
        close(5);
        paradigm(entry, lang, forms, variant, "admittedTerm-admn-sts", written);
      }
      for (Entry.Forbidden forbidden : forms.forbidden()) {
        open(5, "termSec");
        element(6, "term", null, null, forbidden.form());
        element(6, "termNote", "type", "administrativeStatus", "deprecatedTerm-admn-sts");
        inflects(forms, forbidden.form());
        if (forbidden.reason() != null && !forbidden.reason().isEmpty()) {
          element(6, "note", null, null, forbidden.reason());
        }
        close(5);
        paradigm(entry, lang, forms, forbidden.form(), "deprecatedTerm-admn-sts", written);
      }
      close(4);
    }

    /** Tarjuma's own notes on a language's preferred form: working status, do-not-translate. */
    private void tarjumaNotes(Entry.Forms forms) throws XMLStreamException {
      inflects(forms, forms.preferred()); // termNotes come before admins in a termSec
      element(
          6,
          "admin",
          "type",
          "elementWorkingStatus",
          switch (forms.status()) {
            case APPROVED -> "finalizedElement";
            case DEPRECATED -> "archiveElement";
            case PROPOSED -> "workingElement";
          });
      if (forms.doNotTranslate()) {
        element(6, "admin", "type", "doNotTranslate", "yes");
      }
    }

    /** Tarjuma's {@code x-inflection} note, when a curator said whether the form inflects. */
    private void inflects(Entry.Forms forms, String form) throws XMLStreamException {
      if (!full()) {
        return;
      }
      Entry.Paradigm paradigm = forms.paradigm(form);
      switch (paradigm.inflects()) {
        case INFLECTS -> element(6, "termNote", "type", "x-inflection", "inflects");
        case INVARIANT -> element(6, "termNote", "type", "x-inflection", "invariant");
        case RULES -> {}
      }
      List<String> missing =
          paradigm.cells().entrySet().stream()
              .filter(c -> c.getValue().isEmpty())
              .map(Map.Entry::getKey)
              .toList();
      if (!missing.isEmpty()) {
        element(6, "termNote", "type", "x-missingCells", String.join(" ", missing));
      }
    }

    /**
     * Each grammatical form of {@code form} other than itself, as a term of the same status with
     * its grammatical number, Tarjuma's {@code x-paradigmCell} and {@code x-inflectionOf}.
     */
    private void paradigm(
        Entry entry,
        String lang,
        Entry.Forms forms,
        String form,
        String status,
        java.util.Set<String> written)
        throws XMLStreamException {
      if (!full() || !written.add(form)) {
        return; // a form listed twice has one paradigm; TBX-Basic has no grammatical forms
      }
      TermForms paradigm = Inflections.of(lang).forms(entry, forms, form);
      for (var cell : paradigm.cells().entrySet()) {
        for (String inflected : cell.getValue()) {
          open(5, "termSec");
          element(6, "term", null, null, inflected);
          element(6, "termNote", "type", "administrativeStatus", status);
          element(
              6,
              "termNote",
              "type",
              "grammaticalNumber",
              cell.getKey().startsWith("pl") ? "plural" : "singular");
          element(6, "termNote", "type", "x-paradigmCell", cell.getKey());
          element(6, "termNote", "type", "x-inflectionOf", form);
          close(5);
        }
      }
    }

    private void langSec(String lang) throws XMLStreamException {
      indent(4);
      xml.writeStartElement("langSec");
      xml.writeAttribute("xml", XML_NS, "lang", lang);
    }

    private void open(int depth, String name) throws XMLStreamException {
      indent(depth);
      xml.writeStartElement(name);
    }

    private void close(int depth) throws XMLStreamException {
      indent(depth);
      xml.writeEndElement();
    }

    private void element(int depth, String name, String attribute, String value, String text)
        throws XMLStreamException {
      indent(depth);
      xml.writeStartElement(name);
      if (attribute != null) {
        xml.writeAttribute(attribute, value);
      }
      xml.writeCharacters(text);
      xml.writeEndElement();
    }

    private void indent(int depth) throws XMLStreamException {
      text("\n" + "  ".repeat(depth));
    }

    private void text(String text) throws XMLStreamException {
      xml.writeCharacters(text);
    }
  }
}
