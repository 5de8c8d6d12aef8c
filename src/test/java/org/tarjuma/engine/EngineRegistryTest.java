package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.tarjuma.engine.Capabilities.GlossaryMechanism;
import org.tarjuma.engine.Capabilities.Limits;
import org.tarjuma.testing.Fixtures;

class EngineRegistryTest {

  /** A type that needs a key and serves Urdu only (like most LibreTranslate servers). */
  private static final EngineFactory URDU_ONLY =
      EngineTesting.factory(
          "libretranslate",
          (name, settings) -> settings.commonProblems(name, true),
          (name, settings) ->
              new FakeEngine(
                  name,
                  GlossaryMechanism.MASKING,
                  new Limits(5, 0, 0, 1, false),
                  r -> {
                    throw new UnsupportedOperationException();
                  },
                  Map.of("ur", "ur")));

  private static final EngineFactory MEMORY =
      EngineTesting.factory(
          "memory",
          (name, settings) ->
              new FakeEngine(
                  name, GlossaryMechanism.NONE, new Limits(100, 0, 0, 3, false), r -> null));

  private static EngineRegistry registry(
      Map<String, EngineSettings> engines, Map<String, List<String>> routing) {
    return new EngineRegistry(
        new EngineProperties(engines, routing, EngineTesting.FAST),
        List.of(URDU_ONLY, MEMORY),
        Fixtures.LANGUAGES);
  }

  private static List<String> problems(
      Map<String, EngineSettings> engines, Map<String, List<String>> routing) {
    try {
      registry(engines, routing);
    } catch (EngineConfigurationException e) {
      return e.problems();
    }
    throw new AssertionError("the configuration was accepted");
  }

  @Test
  void aGoodConfigurationGivesEachLanguageItsRoute() {
    EngineRegistry registry =
        registry(
            Map.of("libre", EngineSettings.of("libretranslate", "http://localhost:5000", "k")),
            Map.of("ur-PK", List.of("libre", "memory"), "prs", List.of("memory")));
    assertThat(registry.route("ur"))
        .extracting(GuardedEngine::id)
        .containsExactly("libre", "memory");
    assertThat(registry.route("prs")).extracting(GuardedEngine::id).containsExactly("memory");
    assertThat(registry.route("ps")).isEmpty();
    assertThat(registry.routedLanguages()).containsExactly("prs", "ur");
  }

  @Test
  void eachProblemIsOneClearLine() {
    Map<String, EngineSettings> engines = new LinkedHashMap<>();
    engines.put("libre", EngineSettings.of("libretranslate", "http://localhost:5000", null));
    engines.put("libre2", EngineSettings.of("libretranslate", "http://localhost:5001", "k"));
    engines.put("bing", EngineSettings.of("bing", "http://localhost", "k"));
    Map<String, List<String>> routing = new LinkedHashMap<>();
    routing.put("ur", List.of("libre2", "nowhere"));
    routing.put("ps", List.of("libre2"));
    routing.put("de", List.of("libre2"));

    assertThat(problems(engines, routing))
        .containsExactlyInAnyOrder(
            "tarjuma.engines.bing.type=bing is not a known engine type: use one of"
                + " libretranslate, memory",
            "tarjuma.engines.libre.key is missing: set it, or the environment variable"
                + " TARJUMA_ENGINES_LIBRE_KEY",
            "tarjuma.routing.ur names engine 'nowhere', which is not configured (configured:"
                + " bing, libre, libre2, memory)",
            "tarjuma.routing.ps names engine 'libre2', which does not translate into Pashto (ps)",
            "tarjuma.routing.de: de is not a target language; use one of ur, ps, prs");
  }

  @Test
  void theOfflineEngineNameIsReserved() {
    assertThat(
            problems(
                Map.of("memory", EngineSettings.of("libretranslate", "http://localhost:5000", "k")),
                Map.of()))
        .containsExactly(
            "tarjuma.engines.memory is the name of the offline engine; give the libretranslate"
                + " engine another name");
  }

  @Test
  void badBaseUrlsAndLimitsAreNamed() {
    EngineSettings bad =
        EngineSettings.builder("libretranslate")
            .baseUrl("ftp://x")
            .key("k")
            .timeout(java.time.Duration.ZERO)
            .maxConcurrency(0)
            .build();
    assertThat(problems(Map.of("x", bad), Map.of()))
        .containsExactly(
            "tarjuma.engines.x.base-url must be an http(s) URL, not ftp://x",
            "tarjuma.engines.x.timeout must be positive, not PT0S",
            "tarjuma.engines.x.max-concurrency must be at least 1, not 0");
  }

  @Test
  void theStartFailsWithTheLinesAndNoStackTrace() {
    EngineConfigurationException e =
        new EngineConfigurationException(List.of("line one", "line two"));
    FailureAnalysis analysis = new EngineConfigurationFailureAnalyzer().analyze(e);
    assertThat(analysis.getDescription()).isEqualTo("line one\nline two");
    assertThat(analysis.getAction()).contains("tarjuma.engines.*");
    assertThatThrownBy(() -> registry(Map.of(), Map.of("ur", List.of())))
        .hasMessageContaining("tarjuma.routing.ur names no engine");
  }

  @Test
  void settingsNeverPrintTheirSecrets() {
    EngineSettings settings =
        EngineSettings.builder("amazon")
            .baseUrl("https://translate.eu-west-1.amazonaws.com")
            .key("AKIDSECRETID")
            .secret("s3cr3t-key")
            .region("eu-west-1")
            .build();
    assertThat(settings.toString())
        .doesNotContain("AKIDSECRETID", "s3cr3t-key")
        .contains("(hidden)");
  }
}
