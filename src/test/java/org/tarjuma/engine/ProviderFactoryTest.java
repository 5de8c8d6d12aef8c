package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.tarjuma.engine.Capabilities.GlossaryMechanism;
import org.tarjuma.engine.Capabilities.Limits;
import org.tarjuma.testing.Fixtures;

class ProviderFactoryTest {

  /** An engine that serves the targets it is given, under what it is told for each. */
  private static TranslationEngine engine(
      String name, EngineSettings settings, Map<String, String> targets) {
    return new FakeEngine(
        name, GlossaryMechanism.NONE, new Limits(1, 0, 0, 1, false), r -> null, targets);
  }

  /** A provider factory whose constructor declares {@code declarations}. */
  private static final class Declared extends ProviderFactory {
    Declared(String type, Consumer<Declared> declarations) {
      super(type, Fixtures.LANGUAGES, ProviderFactoryTest::engine);
      declarations.accept(this);
    }
  }

  @Test
  void theProvidersChecksFollowTheCommonOnesInTheirOrder() {
    EngineFactory factory =
        new Declared(
            "fake",
            f -> {
              f.require(s -> s.model() != null, "model is missing: name it");
              f.require(s -> s.project() != null, "project is missing: name it");
            });

    assertThat(factory.type()).isEqualTo("fake");
    assertThat(factory.problems("f", EngineSettings.builder("fake").maxConcurrency(0).build()))
        .containsExactly(
            "tarjuma.engines.f.base-url is missing: set the provider's address",
            "tarjuma.engines.f.key is missing: set it, or the environment variable"
                + " TARJUMA_ENGINES_F_KEY",
            "tarjuma.engines.f.max-concurrency must be at least 1, not 0",
            "tarjuma.engines.f.model is missing: name it",
            "tarjuma.engines.f.project is missing: name it");
  }

  @Test
  void aKeyIsRequiredUnlessDeclaredOptional() {
    EngineSettings keyless = EngineSettings.of("fake", "http://localhost", null);
    EngineSettings withCredentials =
        EngineSettings.builder("fake").baseUrl("http://localhost").credentials("/sa.json").build();

    EngineFactory required = new Declared("fake", f -> {});
    EngineFactory optional = new Declared("fake", Declared::keyOptional);
    EngineFactory optionalWithCredentials =
        new Declared("fake", f -> f.keyOptionalWhen(s -> s.credentials() != null));

    assertThat(required.problems("f", keyless))
        .containsExactly(
            "tarjuma.engines.f.key is missing: set it, or the environment variable"
                + " TARJUMA_ENGINES_F_KEY");
    assertThat(optional.problems("f", keyless)).isEmpty();
    assertThat(optionalWithCredentials.problems("f", keyless)).hasSize(1);
    assertThat(optionalWithCredentials.problems("f", withCredentials)).isEmpty();
  }

  @Test
  void anOfflineEngineHasOnlyItsLimitsChecked() {
    EngineFactory factory = new Declared("memory", Declared::offline);

    assertThat(factory.problems("memory", EngineSettings.builder("memory").build())).isEmpty();
    assertThat(factory.problems("memory", EngineSettings.builder("memory").maxItems(-1).build()))
        .containsExactly("tarjuma.engines.memory.max-items and max-chars cannot be negative");
  }

  @Test
  void theEngineIsToldTheProvidersCodesUnlessTheProviderSaysOtherwise() {
    EngineSettings settings = EngineSettings.of("deepl", "http://localhost", "k");

    TranslationEngine coded = new Declared("deepl", f -> {}).create("d", settings);
    TranslationEngine named =
        new Declared("chat", f -> f.targets(languages -> Map.of("ur", "Urdu")))
            .create("c", settings);

    assertThat(coded.capabilities().languages())
        .containsExactlyInAnyOrderEntriesOf(Map.of("ur", "UR", "ps", "PS", "prs", "PRS"));
    assertThat(named.capabilities().languages()).containsExactly(Map.entry("ur", "Urdu"));
  }
}
