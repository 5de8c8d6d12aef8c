package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EngineSettingsTest {

  @Test
  void whatIsNotSetTakesTheDefaultsOfAnAbsentProperty() {
    EngineSettings built = EngineSettings.builder("deepl").build();

    // What binding makes of tarjuma.engines.<name>.type=deepl and nothing else.
    EngineSettings bound =
        new EngineSettings(
            "deepl", null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null);
    assertThat(built).isEqualTo(bound);
    assertThat(built.timeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(built.maxConcurrency()).isEqualTo(8);
    assertThat(built.maxItems()).isZero();
    assertThat(built.maxChars()).isZero();
    assertThat(built.maxAnswerRatio()).isEqualTo(20);
    assertThat(built.pricePerMillionChars()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(built.baseUrl()).isNull();
    assertThat(built.key()).isNull();
  }

  @Test
  void everySetValueComesThrough() {
    EngineSettings settings =
        EngineSettings.builder("google")
            .baseUrl("https://translation.googleapis.com")
            .key("token")
            .secret("secret")
            .region("eu-west-1")
            .project("tarjuma-news")
            .location("us-central1")
            .model("general/translation-llm")
            .glossary("afpak")
            .timeout(Duration.ofSeconds(3))
            .maxConcurrency(4)
            .maxItems(20)
            .maxChars(5000)
            .pricePerMillionChars(new BigDecimal("20.00"))
            .credentials("/etc/tarjuma/google-sa.json")
            .maxAnswerRatio(12)
            .build();

    assertThat(settings)
        .isEqualTo(
            new EngineSettings(
                "google",
                "https://translation.googleapis.com",
                "token",
                "secret",
                "eu-west-1",
                "tarjuma-news",
                "us-central1",
                "general/translation-llm",
                "afpak",
                Duration.ofSeconds(3),
                4,
                20,
                5000,
                new BigDecimal("20.00"),
                "/etc/tarjuma/google-sa.json",
                12));
  }

  @Test
  void blankTextIsUnsetAsInTheProperties() {
    EngineSettings settings =
        EngineSettings.builder("deepl").baseUrl(" https://x ").key(" ").build();
    assertThat(settings.baseUrl()).isEqualTo("https://x");
    assertThat(settings.key()).isNull();
  }

  @Test
  void theShortFormIsTheBuilderWithAnAddressAndAKey() {
    assertThat(EngineSettings.of("deepl", "https://api.deepl.com", "k"))
        .isEqualTo(
            EngineSettings.builder("deepl").baseUrl("https://api.deepl.com").key("k").build());
  }

  @Test
  void toStringHidesTheKeyAndTheSecret() {
    EngineSettings settings =
        EngineSettings.builder("amazon")
            .baseUrl("https://translate.eu-west-1.amazonaws.com")
            .key("AKIDSECRETID")
            .secret("s3cr3t-key")
            .build();
    assertThat(settings.toString())
        .doesNotContain("AKIDSECRETID", "s3cr3t-key")
        .contains("key=(hidden)", "secret=(hidden)", "type=amazon");
  }
}
