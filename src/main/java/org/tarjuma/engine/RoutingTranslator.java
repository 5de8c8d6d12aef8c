package org.tarjuma.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarjuma.engine.Capabilities.GlossaryMechanism;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.glossary.TermMatch;
import org.tarjuma.language.Languages;
import org.tarjuma.memory.CachedTranslation;
import org.tarjuma.memory.MemoryUnit;
import org.tarjuma.memory.SegmentCache;
import org.tarjuma.memory.TranslationMemory;
import org.tarjuma.qa.QualityChecks;
import org.tarjuma.qa.Subject;
import org.tarjuma.segment.Segment;
import org.tarjuma.segment.SentenceKey;

/**
 * The {@link Translator}: in round {@code r} every segment still untranslated in a language goes to
 * the {@code r}-th engine of that language's route; an engine that takes several targets gets them
 * in one request where the text is the same for all. A translation that breaks the glossary is
 * tried once more on the same engine with every term masked, then kept with its flags.
 */
final class RoutingTranslator implements Translator {

  private static final Logger log = LoggerFactory.getLogger(RoutingTranslator.class);

  private final EngineRegistry registry;
  private final Glossary glossary;
  private final TermCheck check;
  private final QualityChecks qa;
  private final Languages languages;
  private final Usage usage;
  private final TranslationMemory memory;
  private final SegmentCache cache;
  private final EngineSwitches switches;
  private final Map<String, CompletableFuture<Outcome>> inFlight = new ConcurrentHashMap<>();
  private final Map<GuardedEngine, EngineQueue> queues = new ConcurrentHashMap<>();

  RoutingTranslator(
      EngineRegistry registry,
      Glossary glossary,
      Languages languages,
      Usage usage,
      TranslationMemory memory,
      SegmentCache cache,
      EngineSwitches switches) {
    this.switches = switches;
    this.memory = memory;
    this.cache = cache;
    this.registry = registry;
    this.glossary = glossary;
    this.qa = new QualityChecks(glossary);
    this.check = new TermCheck(qa.glossary(), languages);
    this.languages = languages;
    this.usage = usage;
  }

  @Override
  public List<String> routedLanguages() {
    return List.copyOf(registry.routedLanguages());
  }

  @Override
  public Map<String, TargetResult> translate(Order order) {
    requireRoutes(order);
    Job job = new Job(order);
    Map<String, List<GuardedEngine>> routes = new LinkedHashMap<>();
    for (String target : order.targets()) {
      routes.put(target, active(target));
      if (routes.get(target).isEmpty()
          && job.pending.stream().anyMatch(p -> p.lang().equals(target))) {
        job.problem(
            target,
            "every engine of the "
                + target
                + " route is paused ("
                + String.join(", ", registry.route(target).stream().map(GuardedEngine::id).toList())
                + "); an admin can resume one");
      }
    }
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      int rounds = routes.values().stream().mapToInt(List::size).max().orElse(0);
      for (int round = 0; round < rounds && !job.pending.isEmpty(); round++) {
        Map<GuardedEngine, List<Pair>> byEngine = new LinkedHashMap<>();
        for (Pair pair : job.pending) {
          List<GuardedEngine> route = routes.get(pair.lang());
          if (round < route.size()) {
            byEngine.computeIfAbsent(route.get(round), e -> new ArrayList<>()).add(pair);
          }
        }
        List<Future<?>> engines = new ArrayList<>();
        byEngine.forEach(
            (engine, pairs) -> engines.add(executor.submit(() -> run(job, engine, pairs))));
        await(engines);
      }
    }
    return job.results();
  }

  @Override
  public Map<String, Map<Integer, TranslatedSegment>> reuse(Order order) {
    requireRoutes(order);
    Job job = new Job(order);
    for (String lang : order.targets()) {
      List<GuardedEngine> route = active(lang);
      if (route.isEmpty() || route.getFirst().capabilities().glossary() == GlossaryMechanism.NONE) {
        continue; // what run() would not look up in the cache either
      }
      GuardedEngine first = route.getFirst();
      for (int i = 0; i < order.segments().size(); i++) {
        Pair pair = new Pair(i, lang);
        if (job.pending.contains(pair)) {
          int seg = i;
          cache
              .get(job.cacheKey(pair, first))
              .ifPresent(
                  t ->
                      job.accept(
                          Map.of(
                              new Pair(seg, lang),
                              new Outcome(t.target(), t.engine(), t.flags(), Origin.CACHE))));
        }
      }
    }
    Map<String, Map<Integer, TranslatedSegment>> found = new LinkedHashMap<>();
    for (String lang : order.targets()) {
      Map<Integer, TranslatedSegment> byIndex = new LinkedHashMap<>();
      for (int i = 0; i < order.segments().size(); i++) {
        Outcome o = job.done.get(new Pair(i, lang));
        if (o != null) {
          byIndex.put(i, job.translated(i, lang, o));
        }
      }
      found.put(lang, byIndex);
    }
    return found;
  }

  private void requireRoutes(Order order) {
    for (String target : order.targets()) {
      if (registry.route(target).isEmpty()) {
        throw new IllegalArgumentException(
            "No route serves '"
                + target
                + "'; routes exist for: "
                + String.join(", ", registry.routedLanguages()));
      }
    }
  }

  /** The route of {@code lang} without the engines an admin has paused. */
  private List<GuardedEngine> active(String lang) {
    return registry.route(lang).stream().filter(e -> !switches.paused(e.id())).toList();
  }

  /**
   * Gives the pairs to one engine: what the segment cache holds for this engine is reused, what
   * another order is translating right now is waited for (one engine call per key), the rest is
   * sent and, once translated, kept in the cache.
   */
  private void run(Job job, GuardedEngine engine, List<Pair> pairs) {
    if (engine.capabilities().glossary() == GlossaryMechanism.NONE) {
      job.accept(attempt(job, engine, pairs, false));
      return;
    }
    Map<Pair, String> keys = new LinkedHashMap<>();
    Map<Pair, CompletableFuture<Outcome>> owned = new LinkedHashMap<>();
    Map<Pair, CompletableFuture<Outcome>> waiting = new LinkedHashMap<>();
    for (Pair pair : pairs) {
      String key = job.cacheKey(pair, engine);
      keys.put(pair, key);
      Optional<CachedTranslation> hit = cache.get(key);
      if (hit.isPresent()) {
        CachedTranslation t = hit.get();
        job.accept(Map.of(pair, new Outcome(t.target(), t.engine(), t.flags(), Origin.CACHE)));
        continue;
      }
      CompletableFuture<Outcome> mine = new CompletableFuture<>();
      CompletableFuture<Outcome> theirs = inFlight.putIfAbsent(key, mine);
      if (theirs == null) {
        owned.put(pair, mine);
      } else {
        waiting.put(pair, theirs);
      }
    }
    Map<Pair, Outcome> translated = Map.of();
    try {
      if (!owned.isEmpty()) {
        // Each answer is kept in the cache as soon as its request returns (see call()).
        translated = attempt(job, engine, List.copyOf(owned.keySet()), false);
        job.accept(translated);
      }
    } finally {
      for (var e : owned.entrySet()) {
        e.getValue().complete(translated.get(e.getKey()));
        inFlight.remove(keys.get(e.getKey()), e.getValue());
      }
    }
    waiting.forEach(
        (pair, theirs) -> {
          Outcome o = theirs.join();
          if (o != null) {
            job.accept(Map.of(pair, new Outcome(o.target(), o.engine(), o.flags(), Origin.CACHE)));
          }
        });
  }

  /** Sends the pairs to one engine; answers the translations it gave, flagged or not. */
  private Map<Pair, Outcome> attempt(
      Job job, GuardedEngine engine, List<Pair> pairs, boolean strict) {
    Capabilities caps = engine.capabilities();
    GlossaryMechanism mechanism = caps.glossary();
    WireText.Mode mode =
        strict && mechanism != GlossaryMechanism.NONE
            ? WireText.Mode.MASK
            : switch (mechanism) {
              case INLINE_MARKUP -> WireText.Mode.MARKUP;
              case MASKING -> WireText.Mode.MASK;
              default -> WireText.Mode.NONE;
            };

    // One unit per segment and distinct text; the targets that can share it.
    Map<UnitKey, List<String>> units = new LinkedHashMap<>();
    Map<Pair, WireText.Wire> wires = new LinkedHashMap<>();
    // In article order, so that a request reads like the article (and logs do too).
    List<Pair> inOrder =
        pairs.stream().sorted(java.util.Comparator.comparingInt(Pair::seg)).toList();
    for (Pair pair : inOrder) {
      Segment segment = job.segments.get(pair.seg());
      List<WireText.Term> terms = check.terms(job.terms.get(pair.seg()), pair.lang());
      WireText.Wire wire = WireText.prepare(segment, terms, mode, caps.html());
      wires.put(pair, wire);
      String shareKey = caps.limits().maxTargets() > 1 ? "" : pair.lang();
      units
          .computeIfAbsent(
              new UnitKey(pair.seg(), wire.text(), wire.type(), shareKey), k -> new ArrayList<>())
          .add(pair.lang());
    }

    // Requests: by target set and text type, each target set cut to the engine's maximum.
    Map<List<String>, List<UnitKey>> groups = new LinkedHashMap<>();
    units.forEach(
        (unit, langs) -> {
          List<String> ordered = job.order.targets().stream().filter(langs::contains).toList();
          for (int i = 0; i < ordered.size(); i += caps.limits().maxTargets()) {
            List<String> chunk =
                ordered.subList(i, Math.min(ordered.size(), i + caps.limits().maxTargets()));
            groups.computeIfAbsent(withType(chunk, unit.type()), k -> new ArrayList<>()).add(unit);
          }
        });

    Map<Pair, Outcome> accepted = new ConcurrentHashMap<>();
    Map<Pair, Outcome> flagged = new ConcurrentHashMap<>();
    EngineQueue queue = queue(engine);
    List<Runnable> takes = new ArrayList<>();
    groups.forEach(
        (key, group) -> {
          EngineQueue.Shape shape =
              new EngineQueue.Shape(
                  job.order.source(),
                  key.subList(0, key.size() - 1),
                  EngineRequest.TextType.valueOf(key.getLast()));
          List<UnitKey> sendable = new ArrayList<>();
          List<EngineRequest.Item> items = new ArrayList<>();
          for (UnitKey unit : group) {
            if (queue.fits(shape, unit.text())) {
              sendable.add(unit);
              items.add(item(job, engine, shape.targets(), unit, strict));
            } else {
              shape
                  .targets()
                  .forEach(
                      l ->
                          job.problem(
                              l,
                              engine.id()
                                  + ": segment "
                                  + job.segments.get(unit.seg()).id()
                                  + " is longer than one request may be"));
            }
          }
          List<CompletableFuture<EngineQueue.Answer>> answers = queue.submit(shape, items);
          takes.add(
              () -> take(job, engine, shape, sendable, answers, wires, strict, accepted, flagged));
        });
    // Every group is queued before any answer is awaited, so they can share requests.
    takes.forEach(Runnable::run);

    if (!strict && !flagged.isEmpty()) {
      Map<Pair, Outcome> retried = attempt(job, engine, List.copyOf(flagged.keySet()), true);
      flagged.forEach(
          (pair, first) -> {
            Outcome second = retried.get(pair);
            Outcome best =
                second != null && second.flags().size() <= first.flags().size() ? second : first;
            accepted.put(pair, best);
            keep(job, engine, pair, best);
          });
    } else {
      accepted.putAll(flagged);
    }
    return accepted;
  }

  private EngineQueue queue(GuardedEngine engine) {
    return queues.computeIfAbsent(engine, e -> new EngineQueue(e, e.maxConcurrency(), usage));
  }

  /** Keeps a paid translation in the segment cache under this engine's key for the pair. */
  private void keep(Job job, GuardedEngine engine, Pair pair, Outcome o) {
    if (engine.capabilities().glossary() == GlossaryMechanism.NONE) {
      return;
    }
    cache.put(
        job.cacheKey(pair, engine),
        new CachedTranslation(
            pair.lang(),
            job.segments.get(pair.seg()).tagged(),
            o.target(),
            o.engine(),
            engine.capabilities().version(),
            o.flags()));
  }

  private EngineRequest.Item item(
      Job job, GuardedEngine engine, List<String> langs, UnitKey unit, boolean strict) {
    Segment segment = job.segments.get(unit.seg());
    return new EngineRequest.Item(
        Integer.toString(unit.seg()),
        unit.text(),
        // Only a prompt carries the forms; masked and marked-up texts already hold them.
        engine.capabilities().glossary() == GlossaryMechanism.PROMPT && !strict
            ? hints(job.terms.get(unit.seg()), segment, langs)
            : List.of(),
        segment.codes().isEmpty() ? segment.text() : job.tagged.get(unit.seg()));
  }

  /** Waits for the engine's answers to a group's texts and checks each translation. */
  private void take(
      Job job,
      GuardedEngine engine,
      EngineQueue.Shape shape,
      List<UnitKey> units,
      List<CompletableFuture<EngineQueue.Answer>> answers,
      Map<Pair, WireText.Wire> wires,
      boolean strict,
      Map<Pair, Outcome> accepted,
      Map<Pair, Outcome> flagged) {
    List<String> langs = shape.targets();
    boolean enforce = engine.capabilities().glossary() != GlossaryMechanism.NONE && !strict;
    long billed = 0;
    for (int i = 0; i < units.size(); i++) {
      UnitKey unit = units.get(i);
      EngineQueue.Answer answer;
      try {
        answer = answers.get(i).join();
      } catch (java.util.concurrent.CompletionException e) {
        if (e.getCause() instanceof EngineException failure) {
          langs.forEach(l -> job.problem(l, engine.id() + ": " + failure.getMessage()));
          continue;
        }
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
      billed += answer.billed();
      for (String lang : langs) {
        String text = answer.translations().get(lang);
        Pair pair = new Pair(unit.seg(), lang);
        WireText.Wire wire = wires.get(pair);
        if (wire == null || text == null || text.isBlank()) {
          continue;
        }
        String target = normalize(lang, wire.restore(text));
        List<String> flags = check.violations(target, job.terms.get(unit.seg()), lang);
        Outcome outcome = new Outcome(target, engine.id(), flags, Origin.ENGINE);
        if (flags.isEmpty() || !enforce) {
          accepted.put(pair, outcome);
          // Paid for: kept at once, so a crash right after this request loses nothing.
          keep(job, engine, pair, outcome);
        } else {
          flagged.put(pair, outcome);
        }
      }
    }
    if (billed > 0) {
      usage.billed(engine.id(), job.order.outlet(), billed);
      long perLang = billed / langs.size();
      langs.forEach(l -> job.billed(l, perLang));
    }
  }

  private List<EngineRequest.TermHint> hints(
      List<TermMatch> matches, Segment segment, List<String> langs) {
    List<EngineRequest.TermHint> hints = new ArrayList<>();
    for (TermMatch match : matches) {
      Map<String, String> forms = new LinkedHashMap<>();
      for (String lang : langs) {
        check.terms(List.of(match), lang).forEach(term -> forms.put(lang, term.form()));
      }
      if (!forms.isEmpty()) {
        hints.add(
            new EngineRequest.TermHint(
                segment.text().substring(match.start(), match.end()), forms));
      }
    }
    return hints;
  }

  private String normalize(String lang, String text) {
    return languages.normalizer(languages.require(lang)).normalize(text).text();
  }

  private static String normalizedSource(Segment segment) {
    return SentenceKey.normalize(segment.tagged());
  }

  private static String sha256(String text) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Where a translation came from. */
  enum Origin {
    MEMORY,
    CACHE,
    ENGINE;

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static List<String> withType(List<String> langs, EngineRequest.TextType type) {
    List<String> key = new ArrayList<>(langs);
    key.add(type.name());
    return List.copyOf(key);
  }

  private static void await(Collection<Future<?>> futures) {
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while translating", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  private record Pair(int seg, String lang) {}

  private record UnitKey(int seg, String text, EngineRequest.TextType type, String shareKey) {}

  private record Outcome(String target, String engine, List<String> flags, Origin origin) {}

  /** The state of one order: what is done, what is pending, what went wrong. */
  private final class Job {
    final Order order;
    final List<Segment> segments;
    final List<List<TermMatch>> terms;
    final List<String> tagged;
    final Set<Pair> pending = ConcurrentHashMap.newKeySet();
    final Map<Pair, Outcome> done = new ConcurrentHashMap<>();
    final Map<String, Set<String>> problems = new ConcurrentHashMap<>();
    final Map<String, java.util.concurrent.atomic.LongAdder> billed = new ConcurrentHashMap<>();

    Job(Order order) {
      this.order = order;
      this.segments = order.segments();
      this.terms = segments.stream().map(s -> glossary.matcher().find(s.text())).toList();
      this.tagged = segments.stream().map(Segment::tagged).toList();
      // Approved human translations first, before any route; QA still reports on them.
      List<String> sources =
          java.util.stream.IntStream.range(0, segments.size())
              .mapToObj(
                  i -> segments.get(i).codes().isEmpty() ? segments.get(i).text() : tagged.get(i))
              .toList();
      Map<String, Map<String, MemoryUnit>> byLang =
          memory.exact(order.source(), order.targets(), sources);
      for (String lang : order.targets()) {
        Map<String, MemoryUnit> approved = byLang.get(lang);
        for (int i = 0; i < segments.size(); i++) {
          Pair pair = new Pair(i, lang);
          MemoryUnit unit = approved.get(sources.get(i));
          if (unit != null) {
            done.put(
                pair,
                new Outcome(
                    normalize(lang, unit.target()),
                    EngineRegistry.MEMORY,
                    List.of(),
                    Origin.MEMORY));
          } else {
            pending.add(pair);
          }
        }
      }
    }

    void billed(String lang, long characters) {
      billed
          .computeIfAbsent(lang, l -> new java.util.concurrent.atomic.LongAdder())
          .add(characters);
    }

    /**
     * The segment cache key of a pair for an engine: the normalized source, the language, the
     * engine and its version, and the forms in that language of only the glossary entries found in
     * the sentence. Editing the Urdu form of ISPR changes the keys of Urdu sentences with ISPR, and
     * nothing else.
     */
    String cacheKey(Pair pair, GuardedEngine engine) {
      StringBuilder key =
          new StringBuilder(normalizedSource(segments.get(pair.seg())))
              .append('\u0000')
              .append(pair.lang())
              .append('\u0000')
              .append(engine.id())
              .append('\u0000')
              .append(engine.capabilities().version());
      terms.get(pair.seg()).stream()
          .map(TermMatch::entryId)
          .distinct()
          .sorted()
          .forEach(
              id ->
                  key.append('\u0000')
                      .append(id)
                      .append('=')
                      .append(
                          glossary
                              .find(id)
                              .map(e -> String.valueOf(e.targets().get(pair.lang())))
                              .orElse("-")));
      return sha256(key.toString());
    }

    void accept(Map<Pair, Outcome> outcomes) {
      outcomes.forEach(
          (pair, outcome) -> {
            if (pending.remove(pair)) {
              done.put(pair, outcome);
            }
          });
    }

    void problem(String lang, String line) {
      problems
          .computeIfAbsent(lang, l -> java.util.Collections.synchronizedSet(new LinkedHashSet<>()))
          .add(line);
    }

    /** Segment {@code i} as translated into {@code lang}, with what QA finds in it. */
    TranslatedSegment translated(int i, String lang, Outcome o) {
      return new TranslatedSegment(
          segments.get(i).id(),
          tagged.get(i),
          o.target(),
          o.engine(),
          o.flags(),
          o.origin().id(),
          qa.run(new Subject(tagged.get(i), o.target(), languages.require(lang)), terms.get(i)));
    }

    Map<String, TargetResult> results() {
      Map<String, TargetResult> out = new LinkedHashMap<>();
      for (String lang : order.targets()) {
        List<TranslatedSegment> list = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
          Segment s = segments.get(i);
          Outcome o = done.get(new Pair(i, lang));
          list.add(
              o == null
                  ? new TranslatedSegment(
                      s.id(), tagged.get(i), null, null, List.of("untranslated"), null, List.of())
                  : translated(i, lang, o));
        }
        long chars = billed.containsKey(lang) ? billed.get(lang).sum() : 0;
        out.put(
            lang,
            new TargetResult(list, List.copyOf(problems.getOrDefault(lang, Set.of())), chars));
      }
      return out;
    }
  }
}
