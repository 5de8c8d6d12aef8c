package org.tarjuma.glossary;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;

/**
 * Reads TBX v3 in DCA style ({@code <termNote type="partOfSpeech">}) and in DCT style ({@code
 * <min:partOfSpeech>}: an element of a module's namespace is the data category its local name
 * says), any dialect (TBX-Basic, TBX-Tarjuma with its own categories, TBX-Min), and TBX 2008
 * ({@code martif}: {@code termEntry}, {@code langSet}, {@code tig} and {@code ntig} with their
 * groups), as most termbase tools and IATE export it. A file with no entry at all is refused,
 * saying so. A {@code conceptEntry} (or {@code termEntry}) is an {@link Entry}; in English, the
 * preferred {@code termSec} is the preferred term, admitted ones are variants, and {@code
 * termType=acronym} makes a term case-sensitive; in a target language, the preferred term is the
 * form to use, admitted terms are variants, deprecated ones are forbidden with their {@code note}
 * as reason, and {@code elementWorkingStatus} gives the status (finalized: approved, archived:
 * deprecated, else proposed).
 *
 * <p>A DOCTYPE is refused before anything of it is read: no external entities, no entity expansion.
 */
final class TbxReader {

  private static final Languages LANGUAGES = Languages.standard();

  private TbxReader() {}

  /** The entries of a TBX file; see {@link #readWithWarnings}. */
  static List<Entry> read(InputStream in, String where) {
    return readWithWarnings(in, where).entries();
  }

  /**
   * The entries of a TBX file, and what of it was passed over: a language section in a language
   * Tarjuma does not keep ({@code de}, Persian {@code fa}), once per code.
   *
   * @throws GlossaryFileException when the file is not TBX Tarjuma can read, naming where
   */
  static Read readWithWarnings(InputStream in, String where) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    XMLStreamReader xml = null;
    try {
      xml = factory.createXMLStreamReader(in, "UTF-8");
      return new TbxParse(xml, where).read();
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

  /**
   * The entries of a file, what of it was passed over, and whether it has Tarjuma's own data
   * categories (TBX-Tarjuma, or an older export of Tarjuma's that called itself TBX-Basic).
   */
  record Read(List<Entry> entries, List<String> warnings, boolean tarjuma) {

    /**
     * The entries to import: as read from a file in Tarjuma's dialect; from any other (TBX-Basic,
     * TBX 2008, another tool's), completed from {@code current} with what the file cannot say.
     */
    List<Entry> entries(java.util.function.Function<String, java.util.Optional<Entry>> current) {
      return tarjuma ? entries : TbxBasic.completed(entries, current);
    }
  }

  /**
   * Tarjuma's code for a language section's code in any case and with any region ({@code en-US},
   * {@code UR-pk}, {@code ps_AF}; Dari as {@code prs} or {@code fa-AF}), or null for another
   * language, Persian ({@code fa}, {@code fa-IR}) among them.
   */
  static String language(String code) {
    return LANGUAGES.findByTag(code).map(Language::code).orElse(null);
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
