package org.tarjuma.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * A block that is a run-in list ("1. The first item 2. The second item", "• 9. ... • 10. ...", "a.
 * ... b. ..."): where its items start, and where each item's marker ends, so that a marker's period
 * is not taken for a sentence end. Found only when the block starts with a marker, and then only
 * markers in sequence count, so "in 2021. 2 people" in running text is left alone.
 */
final class ListItems {

  private static final String BULLETS = "•⁃◦▪‣·–-*";

  private final List<Integer> starts = new ArrayList<>();
  private final List<Integer> markerEnds = new ArrayList<>();

  private ListItems() {}

  static ListItems find(String text) {
    int first = 0;
    while (first < text.length() && TextParser.isBlank(text.charAt(first))) {
      first++;
    }
    Marker marker = Marker.at(text, first);
    if (marker == null) {
      return null;
    }
    ListItems items = new ListItems();
    items.markerEnds.add(marker.end);
    for (int i = marker.end; i < text.length(); i++) {
      if (!TextParser.isBlank(text.charAt(i - 1))) {
        continue;
      }
      Marker next = Marker.at(text, i);
      if (next != null && next.follows(marker)) {
        items.starts.add(i);
        items.markerEnds.add(next.end);
        marker = next;
        i = next.end - 1;
      }
    }
    return items;
  }

  List<Integer> starts() {
    return starts;
  }

  boolean isMarkerEnd(int offset) {
    return markerEnds.contains(offset);
  }

  /** One item marker: an optional bullet, then an optional number or letter with "." ")" ".)". */
  private record Marker(char bullet, int number, char letter, String suffix, int end) {

    static Marker at(String text, int i) {
      char bullet = 0;
      if (i < text.length() && BULLETS.indexOf(text.charAt(i)) >= 0) {
        bullet = text.charAt(i++);
        while (i < text.length() && text.charAt(i) == ' ') {
          i++;
        }
      }
      int digits = 0;
      while (i + digits < text.length()
          && digits < 3
          && Character.isDigit(text.charAt(i + digits))) {
        digits++;
      }
      int number = digits > 0 ? Integer.parseInt(text.substring(i, i + digits)) : -1;
      char letter = 0;
      int j = i + digits;
      if (digits == 0 && i < text.length() && Character.isLetter(text.charAt(i))) {
        letter = text.charAt(i);
        j = i + 1;
      }
      String suffix =
          text.startsWith(".)", j)
              ? ".)"
              : text.startsWith(".", j) ? "." : text.startsWith(")", j) ? ")" : "";
      int end = j + suffix.length();
      boolean spaced = end < text.length() && TextParser.isBlank(text.charAt(end));
      if ((number >= 0 || letter != 0) && !suffix.isEmpty() && spaced) {
        return new Marker(bullet, number, letter, suffix, end);
      }
      if (bullet != 0 && bullet != '-' && bullet != '*' && digits == 0) {
        return new Marker(bullet, -1, (char) 0, "", i);
      }
      return null;
    }

    boolean follows(Marker previous) {
      if (bullet != previous.bullet || !suffix.equals(previous.suffix)) {
        return false;
      }
      if (bullet != 0) {
        return true;
      }
      if (previous.number >= 0) {
        return number == previous.number + 1;
      }
      return previous.letter != 0 && letter == previous.letter + 1;
    }
  }
}
