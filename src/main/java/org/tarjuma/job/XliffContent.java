package org.tarjuma.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.tarjuma.segment.InlineCode;
import org.tarjuma.segment.TaggedText;

/**
 * The content of one {@code source} or {@code target} as tagged text: {@code sc}, {@code pc} → an
 * opening tag, {@code ec} and the end of a {@code pc} → its closing tag, {@code ph} → a standalone
 * one, each numbered by the id Tarjuma wrote ({@code c1}, {@code p1} → 1); {@code cp} → its
 * character; annotations ({@code mrk}, {@code sm}, {@code em}) are passed over, their text kept. A
 * code whose id Tarjuma did not write, or an element XLIFF does not allow there, makes a problem.
 */
final class XliffContent {

  private static final Pattern OUR_ID = Pattern.compile("[cp]([0-9]{1,9})");

  /** Tagged text, and why it cannot be used as it stands (null if it can). */
  record Content(String tagged, String problem) {}

  private final XliffCursor xml;
  private final String where;
  private final StringBuilder tagged = new StringBuilder();
  private final Deque<String> paired = new ArrayDeque<>();
  private String problem;

  private XliffContent(XliffCursor xml, String where) {
    this.xml = xml;
    this.where = where;
  }

  /** Reads from the current start of a source or target ({@code where}) to its end. */
  static Content read(XliffCursor xml, String where) throws XMLStreamException {
    return new XliffContent(xml, where).read();
  }

  private Content read() throws XMLStreamException {
    int depth = xml.depth();
    while (xml.hasNext()) {
      switch (xml.next()) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          String text = xml.text();
          TaggedText.escape(text, 0, text.length(), tagged);
        }
        case XMLStreamConstants.START_ELEMENT -> start();
        case XMLStreamConstants.END_ELEMENT -> {
          if (xml.depth() < depth) {
            return new Content(tagged.toString(), problem);
          }
          if (xml.inCore() && xml.name().equals("pc") && !paired.isEmpty()) {
            tag(InlineCode.Kind.CLOSE, paired.pop(), "pc");
          }
        }
        default -> {}
      }
    }
    throw new XliffFormatException("The file ends inside a <" + where + ">.");
  }

  private void start() {
    String name = xml.name();
    if (!xml.inCore()) {
      problem("the element <" + name + "> (" + xml.namespace() + ") is not allowed here");
      return;
    }
    switch (name) {
      case "sc" -> tag(InlineCode.Kind.OPEN, xml.attribute("id"), name);
      case "ec" ->
          tag(
              InlineCode.Kind.CLOSE,
              xml.attribute("startRef") != null ? xml.attribute("startRef") : xml.attribute("id"),
              name);
      case "ph" -> tag(InlineCode.Kind.ISOLATED, xml.attribute("id"), name);
      case "pc" -> {
        String id = xml.attribute("id");
        paired.push(id == null ? "" : id);
        tag(InlineCode.Kind.OPEN, id, name);
      }
      case "cp" -> codePoint(xml.attribute("hex"));
      case "mrk", "sm", "em" -> {}
      default -> problem("the element <" + name + "> is not allowed here");
    }
  }

  private void tag(InlineCode.Kind kind, String id, String element) {
    Matcher ours = OUR_ID.matcher(id == null ? "" : id);
    if (!ours.matches()) {
      problem(
          "the code <"
              + element
              + (id == null ? "" : " id=\"" + id + "\"")
              + "/> is not one Tarjuma exported (its codes are c1, c2… and p1, p2…)");
      return;
    }
    tagged.append(new TaggedText.Tag(kind, ours.group(1)).text());
  }

  private void codePoint(String hex) {
    try {
      int c = Integer.parseInt(hex == null ? "" : hex, 16);
      String text = Character.toString(c);
      TaggedText.escape(text, 0, text.length(), tagged);
    } catch (IllegalArgumentException e) {
      problem("<cp hex=\"" + hex + "\"/> is not a character");
    }
  }

  private void problem(String what) {
    if (problem == null) {
      problem = "In the " + where + ", " + what + ".";
    }
  }
}
