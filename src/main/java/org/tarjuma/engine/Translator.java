package org.tarjuma.engine;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tarjuma.calendar.DateStyle;
import org.tarjuma.segment.Segment;

/**
 * Translates segments into each target language, in two stages: first what needs no engine ({@link
 * #reuse}: the memory's approved translations and the segment cache's paid ones, looked up once),
 * then the rest along each language's route of engines ({@link #translateMisses}): batched to each
 * engine's limits, retried, falling back along the route, with the glossary's forms enforced and
 * verified, and every segment checked by QA once. {@link #translate} does both. Thread-safe.
 */
public interface Translator {

  /**
   * Translates every segment of the order into every target: {@link #reuse}, then {@link
   * #translateMisses} for what it did not find. Never throws for an engine's failure: a segment no
   * engine could translate comes back without a target, flagged {@code untranslated}, and the
   * language's {@code problems} say why.
   *
   * @throws IllegalArgumentException if a target is not routed (see {@link #routedLanguages()})
   */
  Map<String, TargetResult> translate(Order order);

  /**
   * What can be had without calling an engine: approved translations from the memory (through the
   * offline {@code memory} engine, for every target), then what the segment cache holds for the
   * first engine of each language's route that calls a provider. By language, the segments found,
   * by their index in the order; never calls a provider, never bills.
   *
   * @throws IllegalArgumentException if a target is not routed (see {@link #routedLanguages()})
   */
  Map<String, Map<Integer, TranslatedSegment>> reuse(Order order);

  /**
   * Translates an order of segments that {@link #reuse} did not find (a job's chunks), through the
   * engines only: the memory is not asked again, and the cache only for a key about to be paid for
   * (another order may have paid meanwhile). Otherwise as {@link #translate}.
   *
   * @throws IllegalArgumentException if a target is not routed (see {@link #routedLanguages()})
   */
  Map<String, TargetResult> translateMisses(Order order);

  /** The target languages some route serves, sorted. */
  List<String> routedLanguages();

  /**
   * What to translate.
   *
   * @param source our code of the source language ({@code en})
   * @param targets our codes of the targets, in the order answers are wanted
   * @param segments the segments, as the segmenter made them
   * @param outlet who is billed for it
   * @param job the job the segments are part of, written with each usage row the order causes; null
   *     for a short text
   * @param dated the article's date, for the source's dates written without their year; today (UTC)
   *     when null
   * @param styles the outlet's calendar and digits per target language: every translation is put in
   *     its language's style before QA ({@link org.tarjuma.calendar.OutletStyle}); a language
   *     without one is left as the engine, the memory or the cache wrote it
   */
  record Order(
      String source,
      List<String> targets,
      List<Segment> segments,
      String outlet,
      String job,
      LocalDate dated,
      Map<String, DateStyle> styles) {
    public Order {
      Objects.requireNonNull(source, "source");
      targets = List.copyOf(targets);
      segments = List.copyOf(segments);
      outlet = outlet == null || outlet.isBlank() ? "anonymous" : outlet;
      dated = dated == null ? LocalDate.now(ZoneOffset.UTC) : dated;
      styles = styles == null ? Map.of() : Map.copyOf(styles);
    }
  }

  /**
   * One target language's answer.
   *
   * @param segments one per segment of the order, in order
   * @param problems why segments were left untranslated, one line per engine failure
   * @param billedCharacters characters the engines billed for this language in this order
   */
  record TargetResult(
      List<TranslatedSegment> segments, List<String> problems, long billedCharacters) {
    public TargetResult {
      segments = List.copyOf(segments);
      problems = List.copyOf(problems);
    }
  }

  /**
   * One segment in one target language.
   *
   * @param id the segment id
   * @param source the source in tagged form
   * @param target the translation in tagged form, script-normalized; null when none was had
   * @param engine the engine that produced it; null when none did
   * @param flags what is wrong with it: {@code glossary-missing:<entry>}, {@code
   *     glossary-forbidden:<entry>}, {@code placeholder-lost}, {@code untranslated}
   * @param origin {@code memory} (an approved translation), {@code cache} (a machine translation
   *     paid for before), {@code engine} (translated now); null when untranslated
   * @param qa what the quality checks found, each with its severity
   */
  record TranslatedSegment(
      String id,
      String source,
      String target,
      String engine,
      List<String> flags,
      String origin,
      List<org.tarjuma.qa.Finding> qa) {
    public TranslatedSegment {
      flags = List.copyOf(flags);
      qa = List.copyOf(qa);
    }
  }
}
