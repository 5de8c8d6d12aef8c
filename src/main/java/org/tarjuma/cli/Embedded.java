package org.tarjuma.cli;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * How to start Tarjuma in-process, for a command run without {@code --server}. The application
 * supplies it, so that this package never names the application class.
 */
@FunctionalInterface
public interface Embedded {

  /**
   * Starts Tarjuma with these Spring Boot arguments and answers its running context, never null: a
   * web server application context whose server listens. The caller closes it. Throws whatever the
   * start throws.
   */
  ConfigurableApplicationContext start(String... args);
}
