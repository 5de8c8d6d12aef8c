package org.tarjuma.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tarjuma.glossary.TbxReader.TermSec;

/** One pass over a TBX document for {@link TbxReader}, gathering entries and warnings. */
final class TbxParse {
  /** TBX's own namespaces: v3, and those TBX 2008 files were written with. */
  private static final Set<String> CORE_NAMESPACES =
      Set.of(
          TbxWriter.NAMESPACE,
          "urn:iso:std:iso:30042:ed-1",
          "http://www.lisa.org/TBX-Specification.33.0.html");

  private static final Set<String> TARJUMA_CATEGORIES =
      Set.of("elementWorkingStatus", "doNotTranslate");

  private final XMLStreamReader xml;
  private final String where;
  private final List<Entry> entries = new ArrayList<>();
  private int seen;
  private boolean tarjuma; // the file has Tarjuma's own data categories
  private final Map<String, String> warnings = new LinkedHashMap<>();

  TbxParse(XMLStreamReader xml, String where) {
    this.xml = xml;
    this.where = where;
  }

  /** The entries, the warnings, and whether the file has Tarjuma's categories. */
  TbxReader.Read read() throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        throw fail("a DOCTYPE is not allowed in a glossary file");
      }
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw fail("entity references are not allowed: &" + xml.getLocalName() + ";");
      }
      if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("tbx")) {
        tarjuma |= "TBX-Tarjuma".equals(xml.getAttributeValue(null, "type"));
      }
      if (event == XMLStreamConstants.START_ELEMENT
          && (xml.getLocalName().equals("conceptEntry")
              || xml.getLocalName().equals("termEntry"))) {
        seen++;
        Entry entry = concept();
        if (entry != null) {
          entries.add(entry);
        }
      }
    }
    if (entries.isEmpty() && seen > 0) {
      throw new GlossaryFileException(
          where, -1, "none of its " + seen + " entries has en, ur, ps or prs: nothing to import");
    }
    if (entries.isEmpty()) {
      throw new GlossaryFileException(
          where,
          -1,
          "no conceptEntry (TBX v3) or termEntry (TBX 2008, martif) found: nothing to import");
    }
    return new TbxReader.Read(entries, List.copyOf(warnings.values()), tarjuma);
  }

  /** The entry of a conceptEntry or termEntry, or null when none of its languages is Tarjuma's. */
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
        case "descrip", "descripGrp", "subjectField", "definition" -> {
          String[] read = descrip();
          if ("subjectField".equals(read[0])) {
            domains.add(read[1]);
          } else if ("definition".equals(read[0])) {
            definition = read[1];
          }
        }
        case "langSec", "langSet" -> {
          String code = xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
          if (code == null) {
            code = xml.getAttributeValue(null, "lang"); // as some TBX 2008 tools write it
          }
          if (code == null) {
            throw fail("a " + xml.getLocalName() + " needs xml:lang");
          }
          String lang = TbxReader.language(code);
          if (lang == null) {
            passOver(code);
            skip();
          } else {
            languages.computeIfAbsent(lang, k -> new ArrayList<>()).addAll(termSecs());
          }
        }
        default -> skip();
      }
    }
    if (languages.isEmpty()) {
      warnings.put(
          "concept " + id,
          "entry '" + id + "' (line " + line + ") has none of en, ur, ps, prs: passed over");
      return null;
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
        case "term" -> term.text = text();
        case "note" -> term.note = text();
        case "termNote", "admin" -> {
          tarjuma |= TARJUMA_CATEGORIES.contains(type) || type != null && type.startsWith("x-");
          term.properties.put(String.valueOf(type), text());
        }
        default -> {
          if (isModuleElement()) {
            term.properties.put(name, text()); // DCT: the element's name is its category
          } else {
            skip();
          }
        }
      }
    }
  }

  /** A descrip's type and text, or a descripGrp's descrip's (its other children skipped). */
  private String[] descrip() throws XMLStreamException {
    if (xml.getLocalName().equals("descrip")) {
      String type = xml.getAttributeValue(null, "type");
      return new String[] {type, text()};
    }
    if (!xml.getLocalName().equals("descripGrp")) {
      return new String[] {xml.getLocalName(), text()}; // DCT: min:subjectField, basic:definition
    }
    String[] found = {null, ""};
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      String name = xml.getLocalName();
      if (name.equals("descrip") || name.equals("subjectField") || name.equals("definition")) {
        found = descrip();
      } else {
        skip();
      }
    }
    return found;
  }

  /** An element of a module's namespace, as DCT style writes a data category. */
  private boolean isModuleElement() {
    String namespace = xml.getNamespaceURI();
    return namespace != null && !namespace.isEmpty() && !CORE_NAMESPACES.contains(namespace);
  }

  /**
   * The text of the current element and of everything inside it ({@code hi}, {@code foreign}, an
   * inline code), stripped; ends on its end tag.
   */
  private String text() throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(xml.getText());
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw fail("entity references are not allowed: &" + xml.getLocalName() + ";");
        default -> {}
      }
    }
    return text.toString().strip();
  }

  private void passOver(String code) {
    String key = code.strip().toLowerCase(Locale.ROOT);
    boolean persian = key.equals("fa") || key.startsWith("fa-") || key.startsWith("fa_");
    warnings.putIfAbsent(
        key,
        "language sections in '"
            + code
            + "' were passed over: Tarjuma keeps en, ur, ps and prs"
            + (persian ? " (Dari is prs or fa-AF; fa is Persian)" : ""));
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
