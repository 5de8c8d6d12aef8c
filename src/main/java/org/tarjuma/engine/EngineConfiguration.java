package org.tarjuma.engine;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.cluster.Changes;
import org.tarjuma.cluster.KeyClaims;
import org.tarjuma.cluster.Permits;
import org.tarjuma.glossary.Glossary;
import org.tarjuma.language.Languages;
import org.tarjuma.memory.SegmentCache;
import org.tarjuma.qa.QualityChecks;

/** Builds the engines from {@link EngineProperties} when the application starts. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

  @Bean
  EngineRegistry engineRegistry(
      EngineProperties properties, List<EngineFactory> factories, Languages languages) {
    return new EngineRegistry(properties, factories, languages);
  }

  @Bean
  UsageLedger usageLedger(JdbcTemplate jdbc) {
    return new UsageLedger(jdbc);
  }

  @Bean
  UsageCharts usageCharts(JdbcTemplate jdbc, SegmentHistory segments) {
    return new UsageCharts(new UsageSeries(jdbc), segments);
  }

  @Bean
  Usage engineUsage(MeterRegistry meters, EngineRegistry registry, UsageLedger ledger) {
    Usage usage = new Usage(meters, ledger, Clock.systemUTC());
    registry
        .engines()
        .forEach(e -> usage.register(e.id(), e.capabilities().pricePerMillionChars()));
    return usage;
  }

  @Bean
  Translator translator(
      EngineRegistry registry,
      EngineSwitches switches,
      Glossary glossary,
      QualityChecks qa,
      Languages languages,
      Usage usage,
      SegmentCache cache,
      KeyClaims claims,
      Permits permits) {
    SingleFlight flights = new SingleFlight(cache, claims);
    TermCheck check = new TermCheck(qa.glossary(), languages);
    return new RoutingTranslator(
        registry,
        switches,
        glossary,
        new Reuse(registry.memory(), flights, usage, languages),
        flights,
        new EngineCalls(new RequestPlanner(check), check, flights, usage, permits, languages),
        qa,
        languages);
  }

  @Bean
  EngineSwitches engineSwitches(JdbcTemplate jdbc, Changes changes, EngineRegistry registry) {
    return new EngineSwitches(
        jdbc,
        Clock.systemUTC(),
        changes,
        resumed -> registry.engine(resumed).ifPresent(GuardedEngine::closeCircuit));
  }
}
