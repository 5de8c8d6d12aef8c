package org.tarjuma.qa;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.tarjuma.glossary.Entry;
import org.tarjuma.glossary.FormMatch;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.glossary.TermMatch;
import org.tarjuma.glossary.TermMatcher;

/**
 * The glossary's forms: every entry found in the source that has a form in the target language must
 * be in the translation (an inflected form or an allowed variant counts), and no forbidden form may
 * be. Used by the engines to decide whether to try again, and by QA.
 */
public final class GlossaryCheck implements QualityCheck {

  private final Glossary glossary;

  /**
   * Answers remembered for one glossary snapshot (known by its matcher); a new one starts empty.
   */
  private record Memo(
      TermMatcher snapshot, Cache<Map.Entry<Subject, List<TermMatch>>, List<Finding>> answers) {}

  private final AtomicReference<Memo> memo = new AtomicReference<>();

  public GlossaryCheck(Glossary glossary) {
    this.glossary = glossary;
  }

  @Override
  public String id() {
    return "glossary";
  }

  @Override
  public List<Finding> check(Subject s) {
    return check(s, glossary.matcher().find(s.plainSource()));
  }

  /**
   * As {@link #check(Subject)}, with the source's terms already found. The same subject is checked
   * once per glossary snapshot: news repeats its sentences (revisions, memory hits, several
   * outlets).
   */
  public List<Finding> check(Subject s, List<TermMatch> sourceTerms) {
    TermMatcher snapshot = glossary.matcher();
    Memo current = memo.get();
    if (current == null || current.snapshot() != snapshot) {
      Memo fresh = new Memo(snapshot, Caffeine.newBuilder().maximumSize(MEMO).build());
      current = memo.compareAndSet(current, fresh) ? fresh : memo.get();
    }
    return current.answers().get(Map.entry(s, sourceTerms), k -> unremembered(s, sourceTerms));
  }

  /** Subjects remembered per snapshot. */
  static final int MEMO = 50_000;

  private List<Finding> unremembered(Subject s, List<TermMatch> sourceTerms) {
    String lang = s.language().code();
    List<FormMatch> found = glossary.formMatcher(lang).find(s.plainTarget());
    Set<String> missing = new LinkedHashSet<>();
    for (TermMatch match : sourceTerms) {
      if (required(match.entryId(), lang) != null
          && found.stream()
              .noneMatch(
                  f ->
                      f.entryId().equals(match.entryId())
                          && f.kind() != FormMatch.Kind.FORBIDDEN)) {
        missing.add(match.entryId());
      }
    }
    Set<String> forbidden = new LinkedHashSet<>();
    found.stream()
        .filter(f -> f.kind() == FormMatch.Kind.FORBIDDEN)
        .forEach(f -> forbidden.add(f.entryId() + "\u0000" + f.text()));
    List<Finding> findings = new ArrayList<>();
    missing.forEach(
        id ->
            findings.add(
                new Finding(
                    id(),
                    Severity.ERROR,
                    "glossary-missing:" + id,
                    "The glossary form "
                        + required(id, lang).preferred()
                        + " ("
                        + id
                        + ") is missing.")));
    forbidden.forEach(
        f -> {
          String[] parts = f.split("\u0000");
          findings.add(
              new Finding(
                  id(),
                  Severity.ERROR,
                  "glossary-forbidden:" + parts[0],
                  "The forbidden form " + parts[1] + " (" + parts[0] + ") is used."));
        });
    return List.copyOf(findings);
  }

  /** The entry with this id in the current glossary, if any. */
  public java.util.Optional<Entry> entry(String entryId) {
    return glossary.find(entryId);
  }

  /** The forms an entry requires in {@code lang}, or null when it requires none. */
  public Entry.Forms required(String entryId, String lang) {
    return glossary.required(entryId, lang).orElse(null);
  }
}
