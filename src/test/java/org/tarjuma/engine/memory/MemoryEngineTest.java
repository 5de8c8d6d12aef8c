package org.tarjuma.engine.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarjuma.engine.Capabilities;
import org.tarjuma.engine.EngineRequest;
import org.tarjuma.engine.EngineResult;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.MemoryProvenance;
import org.tarjuma.engine.TranslationEngine;
import org.tarjuma.memory.MemoryUnit;
import org.tarjuma.memory.TranslationMemory;
import org.tarjuma.testing.Fixtures;
import org.tarjuma.testing.MapStores;

class MemoryEngineTest {

  private final TranslationMemory memory = new MapStores.Memory();

  private final TranslationEngine engine =
      new MemoryEngineFactory(Fixtures.LANGUAGES, memory)
          .create("memory", EngineSettings.builder("memory").build());

  @Test
  void answersApprovedTranslationsAndReportsEachMissAsAbsent() {
    memory.save(
        new MemoryUnit(
            "en",
            "ur",
            "The talks ended.",
            "مذاکرات ختم ہو گئے۔",
            "approved",
            "amna",
            Instant.EPOCH));
    EngineRequest request =
        new EngineRequest(
            "en",
            List.of("ur", "ps"),
            EngineRequest.TextType.PLAIN,
            List.of(
                new EngineRequest.Item("1", "The talks ended."),
                new EngineRequest.Item("2", "Nobody said this before.")));

    EngineResult result = engine.translate(request);

    assertThat(result.translations())
        .containsExactly(new EngineResult.Translated("1", "ur", "مذاکرات ختم ہو گئے۔"));
    assertThat(result.billedCharacters()).isZero();
  }

  /**
   * A unit approved in Tarjuma comes without a flag; one imported from a file or a reference
   * translation (the seed) comes flagged as such, and that flag is a QA warning on the segment.
   */
  private static final String ROOTS = "The Roots of Escalation"; // and the seed's translations

  @Test
  void flagsWhatNoTranslatorApprovedInTarjuma() {
    memory.save(new MemoryUnit("en", "ur", ROOTS, "کشیدگی کی جڑیں", "tmx", "amna", Instant.EPOCH));
    memory.save(new MemoryUnit("en", "ps", ROOTS, "د کړکېچ ریښې", "seed", "seed", Instant.EPOCH));
    memory.save(
        new MemoryUnit(
            "en", "prs", ROOTS, "ریشه\u200cهای تنش", "approved", "farid", Instant.EPOCH));
    EngineResult result =
        engine.translate(
            new EngineRequest(
                "en",
                List.of("ur", "ps", "prs"),
                EngineRequest.TextType.PLAIN,
                List.of(new EngineRequest.Item("1", ROOTS))));
    assertThat(result.translations())
        .extracting(EngineResult.Translated::target, EngineResult.Translated::flags)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("ur", List.of(MemoryProvenance.IMPORTED)),
            org.assertj.core.groups.Tuple.tuple("ps", List.of(MemoryProvenance.REFERENCE)),
            org.assertj.core.groups.Tuple.tuple("prs", List.of()));
    assertThat(MemoryProvenance.withFindings(List.of(), List.of(MemoryProvenance.REFERENCE)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.check()).isEqualTo("memory");
              assertThat(f.code()).isEqualTo(MemoryProvenance.REFERENCE);
              assertThat(f.message()).contains("not reviewed in Tarjuma");
            });
    assertThat(MemoryProvenance.withFindings(List.of(), List.of("placeholder-lost"))).isEmpty();
  }

  @Test
  void servesEveryTargetWithNothingToEnforceAndNoPrice() {
    Capabilities caps = engine.capabilities();
    assertThat(caps.languages()).containsOnlyKeys("ur", "ps", "prs");
    assertThat(caps.glossary()).isEqualTo(Capabilities.GlossaryMechanism.NONE);
    assertThat(caps.pricePerMillionChars()).isZero();
  }
}
