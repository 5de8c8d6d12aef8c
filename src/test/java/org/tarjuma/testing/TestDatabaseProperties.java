package org.tarjuma.testing;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Tarjuma a test starts in this JVM ({@code @SpringBootTest}, {@code
 * SpringApplication.run}, the command line's embedded store) at the {@link TestDatabase}: on
 * PostgreSQL, the H2 URL the test gave, wherever it gave it (inline test properties, arguments,
 * system properties), is replaced by its PostgreSQL database, ahead of every other source. On H2 it
 * changes nothing. Registered in {@code META-INF/spring.factories} of the tests.
 */
class TestDatabaseProperties implements EnvironmentPostProcessor, Ordered {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    String url = environment.getProperty("spring.datasource.url");
    if (url == null) {
      return;
    }
    TestDatabase.insteadOf(url)
        .ifPresent(
            postgresql ->
                environment
                    .getPropertySources()
                    .addFirst(
                        new MapPropertySource(
                            "tarjuma test database",
                            Map.of(
                                "spring.datasource.url",
                                postgresql,
                                "spring.datasource.username",
                                TestDatabase.USER,
                                "spring.datasource.password",
                                ""))));
  }

  /** After the configuration files are read, so their URL is seen too. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
