package org.tarjuma.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.tarjuma.calendar.DateStyle;
import org.tarjuma.calendar.EnglishDates;
import org.tarjuma.calendar.OutletStyle;
import org.tarjuma.calendar.SourceDate;
import org.tarjuma.calendar.TargetDates;
import org.tarjuma.engine.Translator.Order;
import org.tarjuma.engine.Translator.TargetResult;
import org.tarjuma.engine.Translator.TranslatedSegment;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.glossary.TermMatch;
import org.tarjuma.language.Languages;
import org.tarjuma.qa.QualityChecks;
import org.tarjuma.qa.Subject;
import org.tarjuma.segment.Segment;

/**
 * One order while it is translated: its segments with their glossary terms (found once), which
 * (segment, language) pairs are still pending and which are done with what, why some could not be
 * done, and what the engines billed per language. Rounds and engines write to it from several
 * threads at once; a pair is done once, by the first outcome accepted for it.
 */
final class OrderState {

  /** Segment {@code seg} of the order in language {@code lang}. */
  record Pair(int seg, String lang) {}

  /** Where a translation came from. */
  enum Origin {
    MEMORY,
    CACHE,
    ENGINE;

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A translation of a pair, in tagged form and script-normalized, with the engine's flags. */
  record Outcome(String target, String engine, List<String> flags, Origin origin) {
    Outcome {
      flags = List.copyOf(flags);
    }

    /** The same translation, as reused from where it was kept. */
    Outcome from(Origin where) {
      return new Outcome(target, engine, flags, where);
    }
  }

  /** How a date is written before an outlet's style is applied. */
  private static final DateStyle PLAIN =
      new DateStyle(DateStyle.Digits.LATIN, DateStyle.Calendar.GREGORIAN);

  final Order order;
  private final Glossary glossary;
  private final List<List<TermMatch>> terms;
  private final List<String> tagged;
  private final List<List<SourceDate>> dates;
  private final Set<Pair> pending = ConcurrentHashMap.newKeySet();
  private final Map<Pair, Outcome> done = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> problems = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> billed = new ConcurrentHashMap<>();
  private final Map<KeyOf, String> keys = new ConcurrentHashMap<>();

  private record KeyOf(Pair pair, String engine) {}

  /** The order, its terms found with the glossary's matcher of this moment. */
  OrderState(Order order, Glossary glossary) {
    this.order = order;
    this.glossary = glossary;
    var matcher = glossary.matcher();
    this.terms = order.segments().stream().map(s -> matcher.find(s.text())).toList();
    this.tagged = order.segments().stream().map(Segment::tagged).toList();
    this.dates =
        order.segments().stream().map(s -> EnglishDates.find(s.text(), order.dated())).toList();
    for (String lang : order.targets()) {
      for (int i = 0; i < order.segments().size(); i++) {
        pending.add(new Pair(i, lang));
      }
    }
  }

  Segment segment(int seg) {
    return order.segments().get(seg);
  }

  /** The glossary terms of a segment's text. */
  List<TermMatch> terms(int seg) {
    return terms.get(seg);
  }

  /**
   * The dates of a segment's text, each with the text {@code lang} writes it in before the outlet's
   * style is applied (Gregorian, Western digits), for engines to keep as they are.
   */
  List<WireText.Fixed> dates(int seg, String lang) {
    return dates.get(seg).stream()
        .map(d -> new WireText.Fixed(d.start(), d.end(), TargetDates.write(d, lang, PLAIN)))
        .toList();
  }

  /** A segment in tagged form ({@code <1>…</1>}). */
  String tagged(int seg) {
    return tagged.get(seg);
  }

  /**
   * What a segment is known by in the memory and to a translator: its text, or its tagged form when
   * it carries inline codes.
   */
  String readable(int seg) {
    return segment(seg).codes().isEmpty() ? segment(seg).text() : tagged(seg);
  }

  /** The pair's {@link CacheKey} for this engine, computed once per order. */
  String cacheKey(Pair pair, GuardedEngine engine) {
    return keys.computeIfAbsent(
        new KeyOf(pair, engine.id()),
        k ->
            CacheKey.of(
                tagged(pair.seg()),
                terms(pair.seg()),
                pair.lang(),
                engine.id(),
                engine.capabilities().version(),
                glossary));
  }

  int size() {
    return order.segments().size();
  }

  /** The pairs still without an outcome, in no particular order. */
  Set<Pair> pending() {
    return Collections.unmodifiableSet(pending);
  }

  boolean isPending(Pair pair) {
    return pending.contains(pair);
  }

  /** Records outcomes of pending pairs; a pair that is done already keeps its first outcome. */
  void accept(Map<Pair, Outcome> outcomes) {
    outcomes.forEach(this::accept);
  }

  void accept(Pair pair, Outcome outcome) {
    if (pending.remove(pair)) {
      done.put(pair, outcome);
    }
  }

  /** Why some segments of {@code lang} went untranslated, one line each, kept in order. */
  void problem(String lang, String line) {
    problems
        .computeIfAbsent(lang, l -> Collections.synchronizedSet(new LinkedHashSet<>()))
        .add(line);
  }

  void billed(String lang, long characters) {
    billed.computeIfAbsent(lang, l -> new LongAdder()).add(characters);
  }

  /** The done pairs by language, then segment index, each checked once by QA. */
  Map<String, Map<Integer, TranslatedSegment>> found(QualityChecks qa, Languages languages) {
    Map<String, Map<Integer, TranslatedSegment>> found = new LinkedHashMap<>();
    for (String lang : order.targets()) {
      Map<Integer, TranslatedSegment> byIndex = new LinkedHashMap<>();
      for (int i = 0; i < size(); i++) {
        Outcome o = done.get(new Pair(i, lang));
        if (o != null) {
          byIndex.put(i, translated(i, lang, o, qa, languages));
        }
      }
      found.put(lang, byIndex);
    }
    return found;
  }

  /** Every segment in every target, in order: translated and checked, or flagged untranslated. */
  Map<String, TargetResult> results(QualityChecks qa, Languages languages) {
    Map<String, TargetResult> out = new LinkedHashMap<>();
    for (String lang : order.targets()) {
      List<TranslatedSegment> list = new ArrayList<>(size());
      for (int i = 0; i < size(); i++) {
        Outcome o = done.get(new Pair(i, lang));
        list.add(
            o == null
                ? new TranslatedSegment(
                    segment(i).id(),
                    tagged(i),
                    null,
                    null,
                    List.of("untranslated"),
                    null,
                    List.of())
                : translated(i, lang, o, qa, languages));
      }
      LongAdder chars = billed.get(lang);
      out.put(
          lang,
          new TargetResult(
              list,
              List.copyOf(problems.getOrDefault(lang, Set.of())),
              chars == null ? 0 : chars.sum()));
    }
    return out;
  }

  private TranslatedSegment translated(
      int i, String lang, Outcome o, QualityChecks qa, Languages languages) {
    String target = styled(i, lang, o.target());
    return new TranslatedSegment(
        segment(i).id(),
        tagged(i),
        target,
        o.engine(),
        o.flags(),
        o.origin().id(),
        MemoryProvenance.withFindings(
            qa.run(
                new Subject(tagged(i), target, languages.require(lang), order.dated()), terms(i)),
            o.flags()));
  }

  /** A translation in the outlet's calendar and digits for {@code lang}, if it has a style. */
  private String styled(int i, String lang, String target) {
    DateStyle style = order.styles().get(lang);
    return style == null ? target : OutletStyle.apply(dates.get(i), target, lang, style);
  }
}
