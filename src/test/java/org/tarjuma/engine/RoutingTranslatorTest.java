package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarjuma.engine.Capabilities.GlossaryMechanism;
import org.tarjuma.engine.Capabilities.Limits;
import org.tarjuma.engine.EngineException.Failure;
import org.tarjuma.engine.memory.MemoryEngines;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.segment.Format;
import org.tarjuma.segment.Segment;
import org.tarjuma.testing.Fixtures;
import org.tarjuma.testing.MapStores;

class RoutingTranslatorTest {

  private static final Glossary GLOSSARY = Glossary.load(Path.of("glossary"), Fixtures.LANGUAGES);
  private static final Limits BATCH = new Limits(50, 0, 0, 1, false);
  private static final String SENTENCE =
      "ISPR said an attack near the Durand Line killed 12 soldiers.";

  private final Map<String, FakeEngine> engines = new LinkedHashMap<>();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final javax.sql.DataSource ledgerDatabase = EngineTesting.ledgerDatabase();
  private final UsageLedger ledger =
      new UsageLedger(new org.springframework.jdbc.core.JdbcTemplate(ledgerDatabase));
  private final MapStores.Memory memory = new MapStores.Memory();
  private final MapStores.Cache cache = new MapStores.Cache();
  private final EngineSwitches switches = EngineTesting.switches(EngineTesting.switchDatabase());

  /** An engine that masks terms and answers in Urdu ({@link #urduEcho}), added to the route. */
  private FakeEngine echoing(String name) {
    return add(
        new FakeEngine(
            name,
            GlossaryMechanism.MASKING,
            BATCH,
            FakeEngine.each(RoutingTranslatorTest::urduEcho)));
  }

  /** An Urdu translation of "The talks ended." approved into the memory. */
  private void approveTalksEnded() {
    memory.save(
        new org.tarjuma.memory.MemoryUnit(
            "en",
            "ur",
            "The talks ended.",
            "مذاکرات ختم ہو گئے۔",
            "approved",
            "amna",
            java.time.Instant.now()));
  }

  private FakeEngine add(FakeEngine engine) {
    engines.put(engine.id(), engine);
    return engine;
  }

  private Translator translator(Map<String, List<String>> routing) {
    EngineFactory fake = EngineTesting.factory("fake", (name, settings) -> engines.get(name));
    // The offline engine is the memory's one way in: the real one over this test's memory,
    // unless a test scripts its own.
    EngineFactory memoryFactory =
        EngineTesting.factory(
            "memory",
            (name, settings) ->
                engines.containsKey(name) ? engines.get(name) : MemoryEngines.over(memory));
    Map<String, EngineSettings> settings = new LinkedHashMap<>();
    engines
        .keySet()
        .forEach(
            name ->
                settings.put(
                    name,
                    EngineSettings.of(name.equals("memory") ? "memory" : "fake", null, null)));
    EngineRegistry registry =
        new EngineRegistry(
            new EngineProperties(settings, routing, EngineTesting.FAST),
            List.of(fake, memoryFactory),
            Fixtures.LANGUAGES);
    Usage usage = EngineTesting.usage(meters, ledgerDatabase);
    registry
        .engines()
        .forEach(e -> usage.register(e.id(), e.capabilities().pricePerMillionChars()));
    return EngineTesting.translator(registry, switches, GLOSSARY, usage, cache);
  }

  private static List<Segment> segments(String text) {
    return Fixtures.SEGMENTER
        .segment(text, Format.TEXT, Fixtures.LANGUAGES.require("en"))
        .segments();
  }

  private static Translator.Order order(String text, String... targets) {
    return new Translator.Order(
        "en", List.of(targets), segments(text), "dawn", null, null, java.util.Map.of());
  }

  /**
   * Echoes the wire text with an Urdu ending: keeps placeholders, drops what a real engine would.
   */
  private static String urduEcho(String text, String target) {
    return text.replace("said an attack near the", "نے کہا کہ قریب")
        .replace("killed 12 soldiers.", "میں 12 فوجی ہلاک ہوئے۔");
  }

  @Test
  void masksTermsForEnginesWithoutAGlossaryAndShipsTheForms() {
    FakeEngine deepl = echoing("deepl");
    Translator translator = translator(Map.of("ur", List.of("deepl")));

    Translator.TranslatedSegment s =
        translator.translate(order(SENTENCE, "ur")).get("ur").segments().getFirst();

    assertThat(deepl.requests.getFirst().items().getFirst().text())
        .isEqualTo("⟦1⟧ said an attack near the ⟦2⟧ killed 12 soldiers.");
    assertThat(s.target())
        .isEqualTo("آئی ایس پی آر نے کہا کہ قریب ڈیورنڈ لائن میں 12 فوجی ہلاک ہوئے۔");
    assertThat(s.engine()).isEqualTo("deepl");
    assertThat(s.flags()).isEmpty();
  }

  @Test
  void aTranslationThatMissesATermIsTriedOnceMoreMaskedThenAccepted() {
    // A chat model that ignores the prompt's forms but keeps placeholders.
    FakeEngine llm =
        add(
            new FakeEngine(
                "llm",
                GlossaryMechanism.PROMPT,
                BATCH,
                FakeEngine.each(
                    (text, target) ->
                        text.contains("⟦")
                            ? urduEcho(text, target)
                            : "آئی ایس پی آر نے کہا کہ سرحد کے قریب 12 فوجی ہلاک ہوئے۔")));
    Translator translator = translator(Map.of("ur", List.of("llm")));

    Translator.TranslatedSegment s =
        translator.translate(order(SENTENCE, "ur")).get("ur").segments().getFirst();

    assertThat(llm.requests).hasSize(2);
    assertThat(llm.requests.getFirst().items().getFirst().terms())
        .extracting(EngineRequest.TermHint::source)
        .containsExactly("ISPR", "Durand Line");
    assertThat(llm.requests.get(1).items().getFirst().text()).contains("⟦1⟧", "⟦2⟧");
    assertThat(s.target()).contains("ڈیورنڈ لائن");
    assertThat(s.flags()).isEmpty();
  }

  /** A strict attempt with more problems than the first never replaces it. */
  @Test
  void theStrictAttemptIsKeptOnlyWhenItHasFewerProblems() {
    // Strict (masked) answer: both placeholders dropped and a forbidden form.
    assertFirstAttemptKept("worse", "اسلامی ریاست نے کہا کہ سرحد کے قریب 12 فوجی ہلاک ہوئے۔");
  }

  /** A strict attempt with as many problems as the first does not replace it either. */
  @Test
  void aStrictAttemptNoBetterThanTheFirstIsNotShipped() {
    assertFirstAttemptKept("same", "آئی ایس پی آر نے کہا کہ قریب 12 فوجی ہلاک ہوئے۔");
  }

  /**
   * A chat engine whose first answer misses one term, and whose strict answer is {@code strict}:
   * two requests, the first answer shipped with its one flag.
   */
  private void assertFirstAttemptKept(String name, String strict) {
    String first = "آئی ایس پی آر نے کہا کہ سرحد کے قریب 12 فوجی ہلاک ہوئے۔";
    FakeEngine llm =
        add(
            new FakeEngine(
                name,
                GlossaryMechanism.PROMPT,
                BATCH,
                FakeEngine.each((text, target) -> text.contains("⟦") ? strict : first)));
    Translator translator = translator(Map.of("ur", List.of(name)));

    Translator.TranslatedSegment s =
        translator.translate(order(SENTENCE, "ur")).get("ur").segments().getFirst();

    assertThat(llm.requests).hasSize(2);
    assertThat(s.target()).isEqualTo(first);
    assertThat(s.flags()).containsExactly("glossary-missing:durand-line");
  }

  @Test
  void aSegmentThatStillBreaksTheGlossaryIsFlaggedNeverShippedSilently() {
    FakeEngine stubborn =
        add(
            new FakeEngine(
                "stubborn",
                GlossaryMechanism.MASKING,
                BATCH,
                FakeEngine.each(
                    (text, target) -> "اسلامی ریاست نے سرحد کے قریب 12 فوجی ہلاک کیے۔")));
    Translator translator = translator(Map.of("ur", List.of("stubborn")));

    Translator.TranslatedSegment s =
        translator.translate(order(SENTENCE, "ur")).get("ur").segments().getFirst();

    // A masking engine's strict attempt would be the same request: it is not sent again.
    assertThat(stubborn.requests).hasSize(1);
    assertThat(s.target()).isNotNull();
    assertThat(s.flags())
        .containsExactly(
            "glossary-missing:ispr",
            "glossary-missing:durand-line",
            "glossary-forbidden:islamic-state");
  }

  @Test
  void theNextEngineOnTheRouteTakesWhatTheFirstCouldNot() {
    FakeEngine azure =
        add(
            new FakeEngine(
                "azure",
                GlossaryMechanism.MASKING,
                BATCH,
                r -> {
                  throw new EngineException(
                      Failure.QUOTA_EXHAUSTED, "Azure Translator answered HTTP 403: 403001 quota");
                }));
    FakeEngine deepl = echoing("deepl");
    Translator translator = translator(Map.of("ur", List.of("azure", "deepl")));

    Translator.TargetResult result =
        translator.translate(order(SENTENCE + " The talks ended.", "ur")).get("ur");

    assertThat(result.segments())
        .extracting(Translator.TranslatedSegment::engine)
        .containsOnly("deepl");
    assertThat(result.problems())
        .containsExactly("azure: Azure Translator answered HTTP 403: 403001 quota");
    assertThat(azure.requests).hasSize(1);
    assertThat(deepl.requests).hasSize(1);
  }

  @Test
  void aPausedEngineIsSkippedUntilResumed() {
    FakeEngine azure = echoing("azure");
    FakeEngine deepl = echoing("deepl");
    Translator translator = translator(Map.of("ur", List.of("azure", "deepl")));

    switches.pause("azure", "admin");
    Translator.TargetResult paused = translator.translate(order(SENTENCE, "ur")).get("ur");
    assertThat(paused.segments())
        .extracting(Translator.TranslatedSegment::engine)
        .containsOnly("deepl");
    assertThat(azure.requests).isEmpty();

    switches.resume("azure", "admin");
    Translator.TargetResult resumed =
        translator.translate(order("The talks ended.", "ur")).get("ur");
    assertThat(resumed.segments())
        .extracting(Translator.TranslatedSegment::engine)
        .containsOnly("azure");
    assertThat(azure.requests).hasSize(1);
  }

  @Test
  void withEveryEngineOfARoutePausedTheSegmentsWaitWithTheReason() {
    FakeEngine deepl = echoing("deepl");
    Translator translator = translator(Map.of("ur", List.of("deepl")));
    switches.pause("deepl", "admin");

    Translator.TargetResult result = translator.translate(order(SENTENCE, "ur")).get("ur");

    assertThat(result.segments()).allSatisfy(s -> assertThat(s.target()).isNull());
    assertThat(result.problems())
        .containsExactly("every engine of the ur route is paused (deepl); an admin can resume one");
    assertThat(deepl.requests).isEmpty();

    // What the memory has needs no engine, and nothing is said of the pause.
    approveTalksEnded();
    Translator.TargetResult remembered =
        translator.translate(order("The talks ended.", "ur")).get("ur");
    assertThat(remembered.segments().getFirst().target()).isEqualTo("مذاکرات ختم ہو گئے۔");
    assertThat(remembered.problems()).isEmpty();
  }

  @Test
  void aPauseOutlivesARestart() {
    javax.sql.DataSource database = EngineTesting.switchDatabase();
    EngineTesting.switches(database).pause("deepl", "nadia");

    EngineSwitches restarted = EngineTesting.switches(database);
    assertThat(restarted.paused("deepl")).isTrue();
    assertThat(restarted.pause("deepl"))
        .hasValueSatisfying(p -> assertThat(p.by()).isEqualTo("nadia"));

    restarted.resume("deepl", "nadia");
    assertThat(EngineTesting.switches(database).paused("deepl")).isFalse();
  }

  @Test
  void reuseGivesTheMemorysAndTheCachesTranslationsWithoutCallingAnEngine() {
    FakeEngine deepl = echoing("deepl");
    Translator translator = translator(Map.of("ur", List.of("deepl"), "ps", List.of("deepl")));
    approveTalksEnded();
    // Paid for once: the Urdu sentence is in the cache from then on.
    translator.translate(order(SENTENCE, "ur"));
    int requests = deepl.requests.size();

    Map<String, Map<Integer, Translator.TranslatedSegment>> found =
        translator.reuse(
            order("The talks ended. " + SENTENCE + " A third round is planned.", "ur", "ps"));

    assertThat(deepl.requests).hasSize(requests);
    assertThat(found.get("ur")).containsOnlyKeys(0, 1);
    assertThat(found.get("ur").get(0).origin()).isEqualTo("memory");
    assertThat(found.get("ur").get(0).target()).isEqualTo("مذاکرات ختم ہو گئے۔");
    assertThat(found.get("ur").get(1).origin()).isEqualTo("cache");
    assertThat(found.get("ur").get(1).qa()).isEmpty();
    assertThat(found.get("ps")).isEmpty();
  }

  @Test
  void memoryMissesAloneGoToTheNextEngine() {
    FakeEngine memory = rememberingMemory();
    FakeEngine deepl = echoing("deepl");
    Translator translator = translator(Map.of("ur", List.of("memory", "deepl")));

    List<Translator.TranslatedSegment> out =
        translator.translate(order("The talks ended. " + SENTENCE, "ur")).get("ur").segments();

    assertThat(out)
        .extracting(Translator.TranslatedSegment::engine)
        .containsExactly("memory", "deepl");
    assertThat(deepl.requests.getFirst().items()).hasSize(1);
    assertThat(memory.requests).hasSize(1);
  }

  @Test
  void anEngineForSeveralTargetsGetsThemInOneRequestWhereTheTextIsTheSame() {
    FakeEngine azure =
        add(
            new FakeEngine(
                "azure",
                GlossaryMechanism.INLINE_MARKUP,
                new Limits(1000, 50_000, 0, 3, true),
                FakeEngine.each(
                    (text, target) ->
                        text.replaceAll(
                            "<mstrans:dictionary translation=\"([^\"]*)\">[^<]*</mstrans:dictionary>",
                            "$1"))));
    Translator translator =
        translator(Map.of("ur", List.of("azure"), "ps", List.of("azure"), "prs", List.of("azure")));

    Map<String, Translator.TargetResult> out =
        translator.translate(order("The day was long. It rained. " + SENTENCE, "ur", "ps", "prs"));

    // Two sentences without terms: one request into three targets; the sentence with terms: one
    // request per target, each carrying that target's forms.
    assertThat(azure.requests).hasSize(4);
    assertThat(azure.requests)
        .filteredOn(r -> r.targets().size() == 3)
        .singleElement()
        .satisfies(r -> assertThat(r.items()).hasSize(2));
    assertThat(out.get("ps").segments().get(2).target()).contains("آی اېس پي آر", "ډیورنډ کرښه");
    assertThat(out.get("prs").segments().get(2).target()).contains("آی اس پی آر", "خط دیورند");
    assertThat(out.values())
        .allSatisfy(r -> assertThat(r.segments()).allSatisfy(s -> assertThat(s.flags()).isEmpty()));
  }

  @Test
  void aSegmentNoEngineCouldTranslateComesBackFlaggedWithTheReasons() {
    add(
        new FakeEngine(
            "down",
            GlossaryMechanism.MASKING,
            BATCH,
            r -> {
              throw new EngineException(Failure.RETRYABLE, "LibreTranslate answered HTTP 503");
            }));
    Translator translator = translator(Map.of("ur", List.of("down")));

    Translator.TargetResult result =
        translator.translate(order("The talks ended.", "ur")).get("ur");

    assertThat(result.segments().getFirst().target()).isNull();
    assertThat(result.segments().getFirst().engine()).isNull();
    assertThat(result.segments().getFirst().flags()).containsExactly("untranslated");
    assertThat(result.problems()).containsExactly("down: LibreTranslate answered HTTP 503");
    assertThat(engines.get("down").requests).hasSize(EngineTesting.FAST.maxAttempts());
  }

  @Test
  void urduComesOutInItsOwnLetters() {
    add(
        new FakeEngine(
            "deepl",
            GlossaryMechanism.MASKING,
            BATCH,
            FakeEngine.each((t, l) -> "مذاكرات ختم ہو گئے۔ كيا؟")));
    Translator translator = translator(Map.of("ur", List.of("deepl")));
    assertThat(
            translator
                .translate(order("The talks ended.", "ur"))
                .get("ur")
                .segments()
                .getFirst()
                .target())
        .isEqualTo("مذاکرات ختم ہو گئے۔ کیا؟");
  }

  @Test
  void billsWhatWasSentPerEngineAndOutlet() {
    echoing("deepl");
    Translator translator = translator(Map.of("ur", List.of("deepl"), "ps", List.of("deepl")));

    translator.translate(order("The day was long.", "ur", "ps"));

    long sent = "The day was long.".length() * 2L;
    assertThat(ledger.engines(UsageLedger.Period.ALL).get("deepl"))
        .satisfies(
            e -> {
              assertThat(e.characters()).isEqualTo(sent);
              assertThat(e.cost())
                  .isEqualByComparingTo(
                      new BigDecimal("20.00").multiply(BigDecimal.valueOf(sent)).movePointLeft(6));
              assertThat(e.requests()).containsEntry("ok", 2L);
            });
    assertThat(ledger.groups(UsageLedger.Period.ALL, UsageLedger.Grouping.OUTLET))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.key()).isEqualTo("dawn");
              assertThat(o.characters()).isEqualTo(sent);
            });
    assertThat(
            meters
                .get("tarjuma.engine.characters")
                .tag("engine", "deepl")
                .tag("outlet", "dawn")
                .counter()
                .count())
        .isEqualTo(sent);
  }

  @Test
  void aTargetWithoutARouteIsRefusedNamingTheRoutes() {
    add(new FakeEngine("deepl", GlossaryMechanism.MASKING, BATCH, FakeEngine.each((t, l) -> t)));
    Translator translator = translator(Map.of("ur", List.of("deepl")));
    assertThat(translator.routedLanguages()).containsExactly("ur");
    assertThatThrownBy(() -> translator.translate(order("The talks ended.", "ps")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No route serves 'ps'; routes exist for: ur");
  }

  @Test
  void withNoRouteConfiguredEveryLanguageGoesToMemory() {
    Translator translator = translator(Map.of());
    assertThat(translator.routedLanguages()).containsExactly("prs", "ps", "ur");
    Translator.TranslatedSegment s =
        translator.translate(order("The talks ended.", "ps")).get("ps").segments().getFirst();
    assertThat(s.flags()).containsExactly("untranslated");
  }

  @Test
  void batchesAsFewAsTheEngineAllows() {
    FakeEngine small =
        add(
            new FakeEngine(
                "small",
                GlossaryMechanism.MASKING,
                new Limits(2, 0, 0, 1, false),
                FakeEngine.each((t, l) -> "ترجمہ۔")));
    Translator translator = translator(Map.of("ur", List.of("small")));
    translator.translate(order("One. Two. Three. Four. Five.", "ur"));
    assertThat(small.requests).hasSize(3);
    assertThat(small.requests).allSatisfy(r -> assertThat(r.items()).hasSizeLessThanOrEqualTo(2));
  }

  /** The offline engine, scripted to know "The talks ended." in Urdu; counts its requests. */
  private FakeEngine rememberingMemory() {
    return add(
        new FakeEngine(
            "memory",
            GlossaryMechanism.NONE,
            new Limits(1000, 0, 0, 3, false),
            r ->
                new EngineResult(
                    r.items().stream()
                        .filter(i -> i.original().equals("The talks ended."))
                        .flatMap(
                            i ->
                                r.targets().stream()
                                    .filter("ur"::equals)
                                    .map(
                                        t ->
                                            new EngineResult.Translated(
                                                i.id(), t, "مذاکرات ختم ہو گئے۔")))
                        .toList(),
                    0)));
  }

  @Test
  void theMemoryIsAskedOnceForEveryTargetAndTakesNoRoundOfItsOwn() {
    FakeEngine memory = rememberingMemory();
    FakeEngine deepl = echoing("deepl");
    Translator translator =
        translator(Map.of("ur", List.of("memory", "deepl"), "ps", List.of("deepl")));

    Map<String, Translator.TargetResult> out =
        translator.translate(order("The talks ended. " + SENTENCE, "ur", "ps"));

    assertThat(memory.requests)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.targets()).containsExactly("ur", "ps");
              assertThat(r.items()).hasSize(2);
            });
    assertThat(out.get("ur").segments())
        .extracting(Translator.TranslatedSegment::origin)
        .containsExactly("memory", "engine");
    assertThat(deepl.requests).flatExtracting(EngineRequest::items).hasSize(3);
  }

  @Test
  void translatingMissesNeverAsksTheMemoryAgain() {
    FakeEngine memory = rememberingMemory();
    FakeEngine deepl = echoing("deepl");
    Translator translator = translator(Map.of("ur", List.of("memory", "deepl")));

    Translator.TranslatedSegment s =
        translator.translateMisses(order("The talks ended.", "ur")).get("ur").segments().getFirst();

    assertThat(memory.requests).isEmpty();
    assertThat(s.origin()).isEqualTo("engine");
    assertThat(deepl.requests).hasSize(1);
  }

  @Test
  void reuseFindsWhatTheFirstEngineThatCallsOutPaidForBehindTheMemory() {
    FakeEngine deepl = echoing("deepl");
    Translator translator = translator(Map.of("ur", List.of("memory", "deepl")));
    translator.translate(order(SENTENCE, "ur"));

    Map<Integer, Translator.TranslatedSegment> found =
        translator.reuse(order(SENTENCE, "ur")).get("ur");

    assertThat(found).containsOnlyKeys(0);
    assertThat(found.get(0).origin()).isEqualTo("cache");
    assertThat(deepl.requests).hasSize(1);
  }
}
