package org.tarjuma.memory;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;
import org.tarjuma.segment.InlineCode;
import org.tarjuma.segment.TaggedText;

/**
 * Reads TMX 1.1 to 1.4b into memory units, all of it or nothing: every problem is collected (with
 * the translation unit and line it is in) and reported together. A DOCTYPE that only names a DTD
 * (OmegaT writes {@code <!DOCTYPE tmx SYSTEM "tmx11.dtd">}) is passed over, never fetched; one with
 * an internal subset (entity declarations) is refused outright. Language codes are read in any case
 * and with any region ({@code UR-PK}, {@code ps_AF}, {@code fa-AF} for Dari), from {@code xml:lang}
 * or the older {@code lang}. Inline codes ({@code bpt}, {@code ept}, {@code ph}, {@code it} and the
 * deprecated {@code ut} of Trados Translator's Workbench) become our tags ({@code <1>}, {@code
 * </1>}, {@code <1/>}), their native code (RTF, HTML) never read as text; a code with neither
 * {@code i} nor {@code x} is numbered by its place in the segment. A segment without codes is kept
 * as plain text.
 */
final class TmxReader {

  private static final int MAX_PROBLEMS = 20;
  private static final java.util.Set<String> CODES =
      java.util.Set.of("bpt", "ept", "ph", "it", "ut");
  private static final java.util.Set<String> VERSIONS =
      java.util.Set.of("1.1", "1.2", "1.3", "1.4", "1.4a", "1.4b");
  private final Languages languages;

  TmxReader(Languages languages) {
    this.languages = languages;
  }

  /** The units of the file, each target of each translation unit one unit. */
  List<MemoryUnit> read(InputStream in, String origin, String user, Instant at) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    List<String> problems = new ArrayList<>();
    List<MemoryUnit> units = new ArrayList<>();
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
      String srcLang = null;
      boolean sawTmx = false;
      int tuCount = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          if (xml.getText().contains("[")) {
            throw new TmxFormatException(
                List.of(
                    "a TMX file whose DOCTYPE declares entities is refused (no DTD or external"
                        + " entity is read)"));
          }
          continue; // a DTD named only: never fetched (SUPPORT_DTD is off)
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (xml.getLocalName()) {
          case "tmx" -> {
            sawTmx = true;
            String version = xml.getAttributeValue(null, "version");
            if (version != null && !VERSIONS.contains(version.strip().toLowerCase(Locale.ROOT))) {
              problems.add("TMX version " + version + " is not one of 1.1, 1.2, 1.3, 1.4, 1.4b");
            }
          }
          case "header" -> srcLang = xml.getAttributeValue(null, "srclang");
          case "tu" -> {
            tuCount++;
            readUnit(xml, tuCount, srcLang, origin, user, at, units, problems);
          }
          default -> {}
        }
        if (problems.size() >= MAX_PROBLEMS) {
          break;
        }
      }
      if (!sawTmx) {
        problems.add("not a TMX document: no <tmx> root element");
      }
    } catch (XMLStreamException e) {
      problems.add(
          "not well-formed XML"
              + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber())
              + ": "
              + e.getMessage()
                  .replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", ""));
    }
    if (!problems.isEmpty()) {
      throw new TmxFormatException(problems);
    }
    return units;
  }

  private void readUnit(
      XMLStreamReader xml,
      int tu,
      String srcLang,
      String origin,
      String user,
      Instant at,
      List<MemoryUnit> units,
      List<String> problems)
      throws XMLStreamException {
    int line = xml.getLocation().getLineNumber();
    Map<String, String> segs = new LinkedHashMap<>();
    String lang = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("tuv")) {
        lang = xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
        if (lang == null) {
          lang = xml.getAttributeValue(null, "lang");
        }
      } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("seg")) {
        segs.put(lang == null ? "" : lang, readSeg(xml));
      } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("tu")) {
        break;
      }
    }
    String where = "tu " + tu + " (line " + line + ")";
    String source = null;
    Map<String, String> targets = new LinkedHashMap<>();
    for (var e : segs.entrySet()) {
      Optional<Language> language = languages.findByTag(e.getKey());
      if (language.isEmpty()) {
        String primary = e.getKey().split("[-_]")[0].toLowerCase(Locale.ROOT);
        problems.add(
            where
                + ": language '"
                + e.getKey()
                + "' is not one of en, ur, ps, prs"
                + (primary.equals("fa") ? " (Dari is prs or fa-AF; fa is Persian)" : ""));
      } else if (language.get().code().equals("en")
          || srcLang != null && e.getKey().equalsIgnoreCase(srcLang)) {
        source = e.getValue();
      } else {
        targets.put(language.get().code(), e.getValue());
      }
    }
    if (source == null || source.isBlank()) {
      problems.add(where + ": no English source segment");
      return;
    }
    for (var t : targets.entrySet()) {
      if (t.getValue().isBlank()) {
        problems.add(where + ": the " + t.getKey() + " segment is empty");
      } else {
        units.add(new MemoryUnit("en", t.getKey(), source, t.getValue(), origin, user, at));
      }
    }
  }

  /** The segment's text, in tagged form when it has inline codes, plain otherwise. */
  private static String readSeg(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder plain = new StringBuilder();
    StringBuilder tagged = new StringBuilder();
    int codes = 0;
    int depth = 0; // inside a code, whose content is native markup, not text
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        switch (name) {
          case "bpt", "ept", "ph", "it", "ut" -> {
            codes++;
            depth++;
            String i = xml.getAttributeValue(null, "i");
            String x = xml.getAttributeValue(null, "x");
            String n = i != null ? i : x != null ? x : String.valueOf(codes);
            InlineCode.Kind kind =
                switch (name) {
                  case "bpt" -> InlineCode.Kind.OPEN;
                  case "ept" -> InlineCode.Kind.CLOSE;
                  default -> InlineCode.Kind.ISOLATED;
                };
            tagged.append(new TaggedText.Tag(kind, n).text());
          }
          default -> {}
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("seg")) {
          break;
        }
        if (CODES.contains(name)) {
          depth--;
        }
      } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
          && depth == 0) {
        String text = xml.getText();
        plain.append(text);
        TaggedText.escape(text, 0, text.length(), tagged);
      }
    }
    return (codes > 0 ? tagged : plain).toString().strip();
  }
}
