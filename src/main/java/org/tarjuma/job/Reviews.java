package org.tarjuma.job;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;
import org.tarjuma.memory.MemoryUnit;
import org.tarjuma.memory.TranslationMemory;
import org.tarjuma.qa.Finding;
import org.tarjuma.qa.QualityChecks;
import org.tarjuma.qa.Subject;
import org.tarjuma.security.Caller;
import org.tarjuma.segment.Segment;

/**
 * A translator's decision on one segment: save an edit, approve or reject, from the version they
 * started with. The text is normalized to the language's letters and checked by QA once; the
 * decision is written only if nobody changed the segment meanwhile; an approved segment becomes
 * translation memory, used before any engine from then on.
 */
@Component
class Reviews {

  private final JobSegments rows;
  private final Glossary glossary;
  private final Languages languages;
  private final TranslationMemory memory;
  private final QualityChecks qa;

  Reviews(
      JobSegments rows,
      Glossary glossary,
      Languages languages,
      TranslationMemory memory,
      QualityChecks qa) {
    this.rows = rows;
    this.glossary = glossary;
    this.languages = languages;
    this.memory = memory;
    this.qa = qa;
  }

  /** What a translator may decide. */
  enum Action {
    SAVE,
    APPROVE,
    REJECT;

    /** The action of this form value ({@code save}, {@code approve}, {@code reject}), if any. */
    static Optional<Action> of(String value) {
      for (Action action : values()) {
        if (action.name().toLowerCase(java.util.Locale.ROOT).equals(value)) {
          return Optional.of(action);
        }
      }
      return Optional.empty();
    }

    /** What is recorded as the segment's review; null for a save. */
    String review() {
      return switch (this) {
        case SAVE -> null;
        case APPROVE -> "approved";
        case REJECT -> "rejected";
      };
    }
  }

  /** How a decision ended. */
  enum Outcome {
    /** Written (and, when approved, put into the memory). */
    SAVED,
    /** Refused: the language is not the translator's. */
    NOT_THEIRS,
    /** Refused: not an action a translator has. */
    UNKNOWN_ACTION,
    /** Refused: an empty translation cannot be approved. */
    EMPTY_APPROVAL,
    /** Refused: someone else changed the segment since the given version; nothing was written. */
    STALE
  }

  /**
   * A decision as the page sends it.
   *
   * @param lang the language of the segment's target
   * @param position the segment's position in the article
   * @param action save, approve or reject, as the form names it
   * @param target the translator's text; blank keeps the stored one
   * @param version the version the translator started from
   */
  record Decision(String lang, int position, String action, String target, int version) {}

  /** Decides on {@code segment} of {@code job}, whose stored row in the language is {@code row}. */
  Outcome decide(Caller caller, Job job, Segment segment, JobSegment row, Decision decision) {
    String lang = decision.lang();
    if (!caller.edits(lang)) {
      return Outcome.NOT_THEIRS;
    }
    Action action = Action.of(decision.action()).orElse(null);
    if (action == null) {
      return Outcome.UNKNOWN_ACTION;
    }
    String target = decision.target();
    String text =
        target.isBlank() && row.target() != null ? row.target() : normalized(lang, target);
    if (action == Action.APPROVE && text.isBlank()) {
      return Outcome.EMPTY_APPROVAL;
    }
    List<Finding> findings = findings(job, segment, lang, text);
    Edit edit = new Edit(lang, decision.position(), decision.version(), text, findings);
    return write(caller, job, segment, edit, action) ? Outcome.SAVED : Outcome.STALE;
  }

  /**
   * A translator's new text for one segment, checked.
   *
   * @param version the version it was made from
   * @param text normalized ({@link #normalized}); blank for none
   * @param findings what QA finds in it ({@link #findings})
   */
  record Edit(String lang, int position, int version, String text, List<Finding> findings) {}

  /** A translator's text as it is stored: stripped and normalized to the language's letters. */
  String normalized(String lang, String target) {
    Language language = languages.require(lang);
    return languages.normalizer(language).normalize(target.strip()).text();
  }

  /**
   * What QA finds in a translation of {@code segment} of {@code job}, on the job's date; nothing
   * for a blank one.
   */
  List<Finding> findings(Job job, Segment segment, String lang, String text) {
    return text.isBlank()
        ? List.of()
        : qa.run(
            new Subject(segment.tagged(), text, languages.require(lang), job.dated()),
            glossary.matcher().find(segment.text()));
  }

  /**
   * Writes the edit with the action's review if the segment is still at the edit's version (false,
   * and nothing written, if not); an approval also becomes translation memory.
   */
  boolean write(Caller caller, Job job, Segment segment, Edit edit, Action action) {
    if (!recorded(caller, job, edit, action)) {
      return false;
    }
    if (action == Action.APPROVE) {
      memory.save(unit(job, segment, edit, caller.name()));
    }
    return true;
  }

  /**
   * Writes the edit with the action's review to the segment's row only, if it is still at the
   * edit's version (false, and nothing written, if not); an approval's memory unit is the caller's
   * to save ({@link #unit}).
   */
  boolean recorded(Caller caller, Job job, Edit edit, Action action) {
    return rows.review(
        job.id(),
        edit.lang(),
        edit.position(),
        edit.version(),
        edit.text().isBlank() ? null : edit.text(),
        edit.findings(),
        action.review(),
        caller.name());
  }

  /** The translation memory unit an approval of {@code edit} makes. */
  static MemoryUnit unit(Job job, Segment segment, Edit edit, String by) {
    // The key the memory is looked up by: the text, or the tagged text when it has codes.
    String source = segment.codes().isEmpty() ? segment.text() : segment.tagged();
    return new MemoryUnit(
        job.source(), edit.lang(), source, edit.text(), "approved", by, Instant.now());
  }
}
