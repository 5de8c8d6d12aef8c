package org.tarjuma.qa;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Inline codes ({@code <1>}, {@code </1>}, {@code <2/>}) lost, added, or out of balance. */
final class InlineCodesCheck implements QualityCheck {

  private static final Pattern TAG = Pattern.compile("</?\\d+/?>");

  @Override
  public String id() {
    return "codes";
  }

  @Override
  public List<Finding> check(Subject s) {
    List<String> source = tags(s.source());
    List<String> target = tags(s.target());
    List<Finding> findings = new ArrayList<>();
    List<String> missing = new ArrayList<>(source);
    target.forEach(missing::remove);
    List<String> added = new ArrayList<>(target);
    source.forEach(added::remove);
    missing.forEach(
        t ->
            findings.add(
                new Finding(
                    id(), Severity.ERROR, "code-lost:" + t, "The code " + t + " is lost.")));
    added.forEach(
        t ->
            findings.add(
                new Finding(
                    id(), Severity.ERROR, "code-added:" + t, "The code " + t + " was added.")));
    if (missing.isEmpty() && added.isEmpty() && !balanced(target)) {
      findings.add(
          new Finding(
              id(), Severity.ERROR, "codes-unbalanced", "The codes are not properly nested."));
    }
    return findings;
  }

  private static List<String> tags(String tagged) {
    List<String> out = new ArrayList<>();
    Matcher m = TAG.matcher(tagged);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static boolean balanced(List<String> tags) {
    Deque<String> open = new ArrayDeque<>();
    for (String tag : tags) {
      if (tag.endsWith("/>")) {
        continue;
      }
      if (tag.startsWith("</")) {
        if (open.isEmpty() || !open.pop().equals(tag.substring(2, tag.length() - 1))) {
          return false;
        }
      } else {
        open.push(tag.substring(1, tag.length() - 1));
      }
    }
    return open.isEmpty();
  }
}
