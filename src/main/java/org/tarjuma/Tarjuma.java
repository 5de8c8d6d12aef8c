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

  public static void main(String[] args) {
    SpringApplication.run(Tarjuma.class, args);
  }
}
