package org.tarjuma.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tarjuma.glossary.Inflections;
import org.tarjuma.glossary.TermForms;
import org.tarjuma.segment.InlineCode;
import org.tarjuma.segment.InlineCode.Kind;
import org.tarjuma.segment.Segment;
import org.tarjuma.segment.TaggedText;

/**
 * A segment as one engine receives it, and the engine's answer back in the segment's tagged form
 * ({@code <1>…</1>}, {@code <2/>}, {@code &lt;}, {@code &amp;}).
 *
 * <p>On the way out, glossary terms are replaced by a placeholder {@code ⟦n⟧} (masking) or wrapped
 * in Azure's dictionary markup, and inline codes travel as {@code <span class="tN">} to engines
 * that take HTML and as the tags themselves to the others. A segment without codes goes as plain
 * text. A term with a code inside it is left as it is (its form is still verified).
 */
final class WireText {

  /** How terms are carried. */
  enum Mode {
    NONE,
    MASK,
    MARKUP
  }

  /**
   * A glossary term of a segment with the target form's paradigm.
   *
   * @param start UTF-16 offset in {@link Segment#text()}
   * @param end offset just after it
   * @param forms the target form and its paradigm
   * @param plural whether the English term is plural
   */
  record Term(int start, int end, TermForms forms, boolean plural) {

    /** The form to send before the target's words around it are known: the English number's. */
    String sent(Inflections grammar) {
      return grammar.choose(forms, null, null, plural);
    }
  }

  /**
   * A date of a segment and how the target writes it (Gregorian, Western digits: the outlet's style
   * is applied after), sent as a placeholder, or in Azure's markup, and restored as written.
   *
   * @param start UTF-16 offset in {@link Segment#text()}
   * @param end offset just after it
   * @param written the target's text for it
   */
  record Fixed(int start, int end, String written) {}

  private static final Pattern PLACEHOLDER = Pattern.compile("⟦\\s*(\\p{Nd}{1,3})\\s*⟧");
  private static final Pattern HTML_TAG =
      Pattern.compile("<span class=\"t(\\d+)\">\\s*</span>|<span class=\"t(\\d+)\">|</span>");

  private WireText() {}

  /**
   * What to send for {@code segment}.
   *
   * @param html whether the engine takes HTML
   * @return the text, whether it is HTML, and the forms by placeholder number
   */
  static Wire prepare(
      Segment segment,
      List<Term> terms,
      List<Fixed> dates,
      Mode mode,
      boolean html,
      Inflections grammar) {
    boolean tagged = !segment.codes().isEmpty();
    boolean asHtml = tagged && html;
    String text = segment.text();
    StringBuilder out = new StringBuilder(text.length() + 32);
    Map<Integer, Term> masks = new java.util.LinkedHashMap<>();
    Map<Integer, String> fixed = new java.util.LinkedHashMap<>();
    List<Term> marked = new java.util.ArrayList<>();
    List<InlineCode> codes = segment.codes();
    List<Fixed> kept = clearOf(dates, terms);
    int c = 0;
    int t = 0;
    int d = 0;
    int i = 0;
    while (i <= text.length()) {
      while (c < codes.size() && codes.get(c).offset() == i) {
        out.append(asHtml ? htmlTag(codes.get(c)) : tagged ? codes.get(c).tag() : "");
        c++;
      }
      if (i == text.length()) {
        break;
      }
      while (t < terms.size() && terms.get(t).start() < i) {
        t++;
      }
      if (mode != Mode.NONE && t < terms.size() && terms.get(t).start() == i) {
        Term term = terms.get(t);
        if (!codeInside(codes, c, term.start(), term.end())) {
          if (mode == Mode.MASK) {
            int n = masks.size() + fixed.size() + 1;
            masks.put(n, term);
            out.append('⟦').append(n).append('⟧');
          } else {
            marked.add(term);
            out.append("<mstrans:dictionary translation=\"")
                .append(attribute(term.sent(grammar)))
                .append("\">");
            escape(text, term.start(), term.end(), tagged, out);
            out.append("</mstrans:dictionary>");
          }
          i = term.end();
          t++;
          continue;
        }
      }
      while (d < kept.size() && kept.get(d).start() < i) {
        d++;
      }
      if (d < kept.size() && kept.get(d).start() == i) {
        Fixed date = kept.get(d);
        if (!codeInside(codes, c, date.start(), date.end())) {
          if (mode == Mode.MARKUP) {
            out.append("<mstrans:dictionary translation=\"")
                .append(attribute(date.written()))
                .append("\">");
            escape(text, date.start(), date.end(), tagged, out);
            out.append("</mstrans:dictionary>");
          } else {
            int n = masks.size() + fixed.size() + 1;
            fixed.put(n, date.written());
            out.append('⟦').append(n).append('⟧');
          }
          i = date.end();
          d++;
          continue;
        }
      }
      escape(text, i, i + 1, tagged, out);
      i++;
    }
    return new Wire(
        out.toString(),
        asHtml ? EngineRequest.TextType.HTML : EngineRequest.TextType.PLAIN,
        masks,
        fixed,
        List.copyOf(marked),
        tagged,
        grammar);
  }

  /**
   * What an engine sent out, and how to read its answer.
   *
   * @param text what to send
   * @param type plain or HTML
   * @param masks the term of each placeholder number
   * @param fixed the text of each placeholder number that stands for a date
   * @param marked the terms sent in dictionary markup, with the form their English number needs
   * @param tagged whether the segment has codes (so the text went in tagged form)
   * @param grammar the target language's grammar of terms
   */
  record Wire(
      String text,
      EngineRequest.TextType type,
      Map<Integer, Term> masks,
      Map<Integer, String> fixed,
      List<Term> marked,
      boolean tagged,
      Inflections grammar) {

    /**
     * The answer in tagged form, each placeholder replaced by the form of its term the words around
     * it need, and each form sent in markup inflected as the words around it need.
     */
    String restore(String answer) {
      String text = answer;
      if (type == EngineRequest.TextType.HTML) {
        text = fromHtml(text);
      } else if (!tagged) {
        StringBuilder escaped = new StringBuilder(text.length());
        escape(text, 0, text.length(), true, escaped);
        text = escaped.toString();
      }
      Matcher m = PLACEHOLDER.matcher(text);
      StringBuilder out = new StringBuilder(text.length());
      while (m.find()) {
        int n = number(m.group(1));
        Term term = masks.get(n);
        StringBuilder replacement = new StringBuilder();
        if (fixed.containsKey(n)) {
          escape(fixed.get(n), 0, fixed.get(n).length(), true, replacement);
        } else if (term == null) {
          replacement.append(m.group());
        } else {
          String form =
              grammar.choose(
                  term.forms(),
                  Context.wordBefore(text, m.start()),
                  Context.wordAfter(text, m.end(), grammar),
                  term.plural());
          escape(form, 0, form.length(), true, replacement);
        }
        m.appendReplacement(out, Matcher.quoteReplacement(replacement.toString()));
      }
      m.appendTail(out);
      String restored = out.toString();
      for (Term term : marked) {
        restored = Context.reinflect(restored, term.sent(grammar), term, grammar);
      }
      return restored;
    }
  }

  /** Whether the answer still holds a placeholder (one the engine mangled or invented). */
  static boolean hasPlaceholder(String text) {
    return PLACEHOLDER.matcher(text).find() || text.indexOf('⟦') >= 0;
  }

  private static String fromHtml(String html) {
    Matcher m = HTML_TAG.matcher(html);
    StringBuilder out = new StringBuilder(html.length());
    Deque<String> open = new ArrayDeque<>();
    while (m.find()) {
      String replacement;
      if (m.group(1) != null) {
        replacement = new TaggedText.Tag(Kind.ISOLATED, m.group(1)).text();
      } else if (m.group(2) != null) {
        open.push(m.group(2));
        replacement = new TaggedText.Tag(Kind.OPEN, m.group(2)).text();
      } else {
        replacement = open.isEmpty() ? "" : new TaggedText.Tag(Kind.CLOSE, open.pop()).text();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString()
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&nbsp;", "\u00A0");
  }

  private static String htmlTag(InlineCode code) {
    return switch (code.kind()) {
      case OPEN -> "<span class=\"t" + code.id() + "\">";
      case CLOSE -> "</span>";
      case ISOLATED -> "<span class=\"t" + code.id() + "\"></span>";
    };
  }

  /** The dates that overlap no term: a curated term is never cut by a date. */
  private static List<Fixed> clearOf(List<Fixed> dates, List<Term> terms) {
    return dates.stream()
        .filter(
            date -> terms.stream().noneMatch(t -> t.start() < date.end() && date.start() < t.end()))
        .toList();
  }

  private static boolean codeInside(List<InlineCode> codes, int from, int start, int end) {
    for (int k = from; k < codes.size() && codes.get(k).offset() < end; k++) {
      if (codes.get(k).offset() > start) {
        return true;
      }
    }
    return false;
  }

  /** {@code text[from, to)}, escaped as tagged text if {@code tagged}. */
  private static void escape(String text, int from, int to, boolean tagged, StringBuilder out) {
    if (tagged) {
      TaggedText.escape(text, from, to, out);
    } else {
      out.append(text, from, to);
    }
  }

  private static String attribute(String value) {
    return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  private static int number(String digits) {
    int n = 0;
    for (int i = 0; i < digits.length(); i++) {
      n = n * 10 + Character.digit(digits.charAt(i), 10);
    }
    return n;
  }
}
