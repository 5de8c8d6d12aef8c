package org.tarjuma.glossary;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TBX v3 (DCA style) with TBX-Basic data categories, plus Tarjuma's {@code admin
 * type="doNotTranslate"}, and TBX 2008 ({@code martif}: {@code termEntry}, {@code langSet}, {@code
 * tig} and {@code ntig} with their groups), as most termbase tools and IATE export it. A file with
 * no entry at all is refused, saying so. A {@code conceptEntry} (or {@code termEntry}) is an {@link
 * Entry}; in English, the preferred {@code termSec} is the preferred term, admitted ones are
 * variants, and {@code termType=acronym} makes a term case-sensitive; in a target language, the
 * preferred term is the form to use, admitted terms are variants, deprecated ones are forbidden
 * with their {@code note} as reason, and {@code elementWorkingStatus} gives the status (finalized:
 * approved, archived: deprecated, else proposed).
 *
 * <p>A DOCTYPE is refused before anything of it is read: no external entities, no entity expansion.
 */
final class TbxReader {

  private TbxReader() {}

  static List<Entry> read(InputStream in, String where) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    XMLStreamReader xml = null;
    try {
      xml = factory.createXMLStreamReader(in, "UTF-8");
      return new Parse(xml, where).entries();
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      throw new GlossaryFileException(
          where, line, "not well-formed XML: " + firstLine(e.getMessage()));
    } finally {
      close(xml);
    }
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message;
    int at = text.lastIndexOf("Message: ");
    return (at >= 0 ? text.substring(at + 9) : text).lines().findFirst().orElse("").strip();
  }

  private static void close(XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException ignored) {
        // nothing was held open that a failed parse could leak
      }
    }
  }

  /** One pass over the document, gathering entries. */
  private static final class Parse {
    private final XMLStreamReader xml;
    private final String where;
    private final List<Entry> entries = new ArrayList<>();

    Parse(XMLStreamReader xml, String where) {
      this.xml = xml;
      this.where = where;
    }

    List<Entry> entries() throws XMLStreamException {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw fail("a DOCTYPE is not allowed in a glossary file");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw fail("entity references are not allowed: &" + xml.getLocalName() + ";");
        }
        if (event == XMLStreamConstants.START_ELEMENT
            && (xml.getLocalName().equals("conceptEntry")
                || xml.getLocalName().equals("termEntry"))) {
          entries.add(concept());
        }
      }
      if (entries.isEmpty()) {
        throw new GlossaryFileException(
            where,
            -1,
            "no conceptEntry (TBX v3) or termEntry (TBX 2008, martif) found: nothing to import");
      }
      return entries;
    }

    private Entry concept() throws XMLStreamException {
      int line = xml.getLocation().getLineNumber();
      String id = xml.getAttributeValue(null, "id");
      if (id == null || id.isBlank()) {
        throw fail("a conceptEntry needs an id");
      }
      List<String> domains = new ArrayList<>();
      String definition = "";
      Map<String, List<TermSec>> languages = new TreeMap<>();
      while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "descrip", "descripGrp" -> {
            String[] read = descrip();
            if ("subjectField".equals(read[0])) {
              domains.add(read[1]);
            } else if ("definition".equals(read[0])) {
              definition = read[1];
            }
          }
          case "langSec", "langSet" -> {
            String lang = xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
            if (lang == null) {
              throw fail("a " + xml.getLocalName() + " needs xml:lang");
            }
            languages.put(lang, termSecs());
          }
          default -> skip();
        }
      }
      return EntryAssembly.entry(id, domains, definition, languages, where, line);
    }

    private List<TermSec> termSecs() throws XMLStreamException {
      List<TermSec> terms = new ArrayList<>();
      while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("termSec") || name.equals("tig") || name.equals("ntig")) {
          terms.add(termSec());
        } else {
          skip();
        }
      }
      return terms;
    }

    private TermSec termSec() throws XMLStreamException {
      int line = xml.getLocation().getLineNumber();
      TermSec term = new TermSec(line);
      termChildren(term);
      if (term.text == null || term.text.isBlank()) {
        throw new GlossaryFileException(where, line, "a termSec needs a non-empty term");
      }
      return term;
    }

    /**
     * The children of a termSec (TBX v3) or tig / ntig (TBX 2008), descending into the groups TBX
     * 2008 wraps them in (termGrp, termNoteGrp, adminGrp, descripGrp).
     */
    private void termChildren(TermSec term) throws XMLStreamException {
      while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (name.endsWith("Grp")) {
          termChildren(term);
          continue;
        }
        String type = xml.getAttributeValue(null, "type");
        switch (name) {
          case "term" -> term.text = xml.getElementText().strip();
          case "note" -> term.note = xml.getElementText().strip();
          case "termNote", "admin" ->
              term.properties.put(String.valueOf(type), xml.getElementText().strip());
          default -> skip();
        }
      }
    }

    /** A descrip's type and text, or a descripGrp's descrip's (its other children skipped). */
    private String[] descrip() throws XMLStreamException {
      if (xml.getLocalName().equals("descrip")) {
        String type = xml.getAttributeValue(null, "type");
        return new String[] {type, xml.getElementText().strip()};
      }
      String[] found = {null, ""};
      while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
        if (xml.getLocalName().equals("descrip")) {
          found = descrip();
        } else {
          skip();
        }
      }
      return found;
    }

    private void skip() throws XMLStreamException {
      int depth = 1;
      while (depth > 0) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    }

    private GlossaryFileException fail(String problem) {
      return new GlossaryFileException(where, xml.getLocation().getLineNumber(), problem);
    }
  }

  /** A termSec as read: the term, its notes and its properties by type. */
  static final class TermSec {
    final int line;
    String text;
    String note = "";
    final Map<String, String> properties = new TreeMap<>();

    TermSec(int line) {
      this.line = line;
    }

    String property(String type) {
      return properties.getOrDefault(type, "");
    }
  }
}
