package org.tarjuma.job;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a translator changed in an engine's draft, word by word: the draft's words kept, removed and
 * added in reading order (a word is a run of non-space characters; the spaces between are kept as
 * they are). Stateless and thread-safe.
 */
final class DraftDiff {

  private static final Pattern TOKENS = Pattern.compile("\\s+|\\S+");

  private DraftDiff() {}

  /** Whether a run of text is in both, only in the draft, or only in the edit. */
  enum Kind {
    SAME,
    REMOVED,
    ADDED
  }

  /** A run of the text and where it is. */
  record Part(Kind kind, String text) {}

  /**
   * The parts that turn {@code draft} into {@code edit}, adjacent parts of one kind joined; empty
   * when they are equal. Never null.
   */
  static List<Part> of(String draft, String edit) {
    if (draft.equals(edit)) {
      return List.of();
    }
    List<String> from = tokens(draft);
    List<String> to = tokens(edit);
    List<Part> parts = new ArrayList<>();
    int at = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
      int start = delta.getSource().getPosition();
      add(parts, Kind.SAME, from.subList(at, start));
      add(parts, Kind.REMOVED, delta.getSource().getLines());
      add(parts, Kind.ADDED, delta.getTarget().getLines());
      at = start + delta.getSource().size();
    }
    add(parts, Kind.SAME, from.subList(at, from.size()));
    return parts;
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKENS.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  private static void add(List<Part> parts, Kind kind, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    Part last = parts.isEmpty() ? null : parts.getLast();
    if (last != null && last.kind() == kind) {
      parts.set(parts.size() - 1, new Part(kind, last.text() + text));
    } else {
      parts.add(new Part(kind, text));
    }
  }
}
