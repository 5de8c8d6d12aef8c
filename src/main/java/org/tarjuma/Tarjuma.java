package org.tarjuma;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.tarjuma.cli.Cli;

/** Tarjuma: English news into Urdu, Pashto and Dari drafts that respect a curated glossary. */
@Modulithic
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Tarjuma {

  /** The service, or the command line when the first argument is one of its commands. */
  public static void main(String[] args) {
    if (Cli.wanted(args)) {
      PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
      PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
      System.exit(Cli.run(args, out, err, Tarjuma::start));
    }
    start(args);
  }

  /**
   * Starts the service with these arguments and answers its running context; the command line
   * starts its embedded store this way.
   */
  public static ConfigurableApplicationContext start(String... args) {
    return SpringApplication.run(Tarjuma.class, args);
  }
}
