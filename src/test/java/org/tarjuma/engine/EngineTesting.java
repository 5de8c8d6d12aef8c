package org.tarjuma.engine;

import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Helpers for engine tests in the provider sub-packages. */
public final class EngineTesting {

  /** Fast retries for tests: 4 attempts, 20 ms doubling, a circuit that needs 20 calls. */
  public static final EngineProperties.Resilience FAST =
      new EngineProperties.Resilience(
          4, Duration.ofMillis(20), Duration.ofSeconds(5), 50, 20, Duration.ofSeconds(30));

  private EngineTesting() {}

  /** The engine behind the same retry, circuit breaker and bulkhead the application uses. */
  public static Function<EngineRequest, EngineResult> guarded(
      TranslationEngine engine, EngineSettings settings, EngineProperties.Resilience resilience) {
    GuardedEngine guarded = new GuardedEngine(engine, settings, resilience);
    return guarded::translate;
  }

  /** A factory of {@code type} whose settings are always fine. */
  public static EngineFactory factory(
      String type, BiFunction<String, EngineSettings, TranslationEngine> create) {
    return factory(type, (name, settings) -> List.of(), create);
  }

  /** A factory of {@code type} with its own check of the settings. */
  public static EngineFactory factory(
      String type,
      BiFunction<String, EngineSettings, List<String>> problems,
      BiFunction<String, EngineSettings, TranslationEngine> create) {
    return new EngineFactory() {
      @Override
      public String type() {
        return type;
      }

      @Override
      public List<String> problems(String name, EngineSettings settings) {
        return problems.apply(name, settings);
      }

      @Override
      public TranslationEngine create(String name, EngineSettings settings) {
        return create.apply(name, settings);
      }
    };
  }

  /** A plain request from English into {@code target}, items numbered from 1. */
  public static EngineRequest request(String target, String... texts) {
    List<EngineRequest.Item> items = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      items.add(new EngineRequest.Item(Integer.toString(i + 1), texts[i]));
    }
    return new EngineRequest("en", List.of(target), EngineRequest.TextType.PLAIN, items);
  }

  /** Settings of a test engine that takes {@code concurrency} requests at once. */
  public static EngineSettings settings(int concurrency) {
    return EngineSettings.builder("fake")
        .baseUrl("http://localhost")
        .key("k")
        .maxConcurrency(concurrency)
        .build();
  }

  /** The translator the application builds, over these parts. */
  static Translator translator(
      EngineRegistry registry,
      EngineSwitches switches,
      org.tarjuma.glossary.Glossary glossary,
      Usage usage,
      org.tarjuma.memory.SegmentCache cache) {
    return new EngineConfiguration()
        .translator(
            registry,
            switches,
            glossary,
            new org.tarjuma.qa.QualityChecks(glossary),
            org.tarjuma.testing.Fixtures.LANGUAGES,
            usage,
            cache,
            org.tarjuma.cluster.KeyClaims.alone(),
            org.tarjuma.cluster.Permits.alone());
  }

  /** Engine switches over a fresh in-memory database of their own. */
  static EngineSwitches switches(javax.sql.DataSource database) {
    return new EngineSwitches(
        new org.springframework.jdbc.core.JdbcTemplate(database),
        java.time.Clock.systemUTC(),
        org.tarjuma.cluster.Changes.alone(),
        resumed -> {});
  }

  /** A fresh in-memory database holding the usage ledger (as PostgreSQL, like the application). */
  static javax.sql.DataSource ledgerDatabase() {
    var database =
        new org.springframework.jdbc.datasource.DriverManagerDataSource(
            "jdbc:h2:mem:ledger-"
                + java.util.UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    new org.springframework.jdbc.datasource.init.ResourceDatabasePopulator(
            new org.springframework.core.io.ClassPathResource("db/migration/V12__usage_ledger.sql"),
            new org.springframework.core.io.ClassPathResource(
                "db/migration/V19__usage_latency.sql"))
        .execute(database);
    return database;
  }

  /** Usage written to the ledger in {@code database}, counted in {@code meters}. */
  static Usage usage(
      io.micrometer.core.instrument.MeterRegistry meters, javax.sql.DataSource database) {
    return new Usage(
        meters,
        new UsageLedger(new org.springframework.jdbc.core.JdbcTemplate(database)),
        java.time.Clock.systemUTC());
  }

  /** A fresh in-memory database holding the engine switch table. */
  static javax.sql.DataSource switchDatabase() {
    var database =
        new org.springframework.jdbc.datasource.DriverManagerDataSource(
            "jdbc:h2:mem:switches-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    new org.springframework.jdbc.datasource.init.ResourceDatabasePopulator(
            new org.springframework.core.io.ClassPathResource(
                "db/migration/V10__engine_switch.sql"))
        .execute(database);
    return database;
  }
}
