package org.tarjuma.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** How a request's bill is cut into ledger rows and priced. */
class UsageTest {

  @Property
  void aBillSplitOverLanguagesAddsUpAndIsEven(
      @ForAll @LongRange(max = 1_000_000_000) long characters,
      @ForAll @IntRange(min = 1, max = 5) int languages) {
    long[] parts = Usage.split(characters, languages);
    assertThat(parts).hasSize(languages);
    assertThat(Arrays.stream(parts).sum()).isEqualTo(characters);
    long min = Arrays.stream(parts).min().orElseThrow();
    long max = Arrays.stream(parts).max().orElseThrow();
    assertThat(max - min).isBetween(0L, 1L);
  }

  @Test
  void aLedgerThatCannotWriteHoldsNoTranslationUp() {
    // A database without the ledger's table: every write fails.
    var nowhere =
        new org.springframework.jdbc.datasource.DriverManagerDataSource(
            "jdbc:h2:mem:no-ledger-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    Usage usage = EngineTesting.usage(meters, nowhere);
    usage.answered(
        "deepl",
        java.util.List.of("ur"),
        java.util.Map.of(new Usage.Bill("dawn", null), 40L),
        java.time.Duration.ofMillis(120));
    assertThat(meters.get("tarjuma.engine.characters").tag("outlet", "dawn").counter().count())
        .isEqualTo(40);
    assertThat(meters.get("tarjuma.engine.requests").tag("outcome", "ok").counter().count())
        .isEqualTo(1);
  }

  @Test
  void costIsCharactersTimesThePricePerMillionKeptExactly() {
    Usage usage = new Usage(new SimpleMeterRegistry(), null, java.time.Clock.systemUTC());
    usage.register("deepl", new BigDecimal("25.00"));
    usage.register("cheap", new BigDecimal("0.000001"));
    assertThat(usage.cost("deepl", 1830)).isEqualByComparingTo("0.04575");
    assertThat(usage.cost("cheap", 7)).isEqualByComparingTo("0.000000000007");
    assertThat(usage.cost("deepl", 0)).isEqualByComparingTo("0");
    assertThat(usage.cost("unpriced", 1000)).isEqualByComparingTo("0");
    assertThat(usage.cost("deepl", 1830).scale()).isEqualTo(UsageLedger.COST_SCALE);
  }
}
