package org.tarjuma;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Tarjuma: English news into Urdu, Pashto and Dari drafts that respect a curated glossary. */
@Modulithic
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Tarjuma {

  /** The service, or the command line when the first argument is one of its commands. */
  public static void main(String[] args) {
    if (Cli.wanted(args)) {
      int code =
          Cli.run(
              args,
              new java.io.PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
              new java.io.PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8));
      System.exit(code);
    }
    SpringApplication.run(Tarjuma.class, args);
  }
}
