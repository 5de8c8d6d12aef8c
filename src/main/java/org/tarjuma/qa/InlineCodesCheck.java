package org.tarjuma.qa;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.tarjuma.segment.TaggedText;
import org.tarjuma.segment.TaggedText.Tag;

/** Inline codes ({@code <1>}, {@code </1>}, {@code <2/>}) lost, added, or out of balance. */
final class InlineCodesCheck implements QualityCheck {

  @Override
  public String id() {
    return "codes";
  }

  @Override
  public List<Finding> check(Subject s) {
    List<Tag> source = TaggedText.tags(s.source());
    List<Tag> target = TaggedText.tags(s.target());
    List<Finding> findings = new ArrayList<>();
    List<Tag> missing = new ArrayList<>(source);
    target.forEach(missing::remove);
    List<Tag> added = new ArrayList<>(target);
    source.forEach(added::remove);
    missing.forEach(t -> findings.add(finding("code-lost:", t, " is lost.")));
    added.forEach(t -> findings.add(finding("code-added:", t, " was added.")));
    if (missing.isEmpty() && added.isEmpty() && !balanced(target)) {
      findings.add(
          new Finding(
              id(), Severity.ERROR, "codes-unbalanced", "The codes are not properly nested."));
    }
    return findings;
  }

  private Finding finding(String code, Tag tag, String what) {
    return new Finding(id(), Severity.ERROR, code + tag.text(), "The code " + tag.text() + what);
  }

  private static boolean balanced(List<Tag> tags) {
    Deque<String> open = new ArrayDeque<>();
    for (Tag tag : tags) {
      switch (tag.kind()) {
        case OPEN -> open.push(tag.id());
        case CLOSE -> {
          if (open.isEmpty() || !open.pop().equals(tag.id())) {
            return false;
          }
        }
        case ISOLATED -> {}
      }
    }
    return open.isEmpty();
  }
}
