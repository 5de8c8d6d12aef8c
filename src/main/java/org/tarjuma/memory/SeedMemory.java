package org.tarjuma.memory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tarjuma.language.Languages;

/**
 * Fills an empty translation memory from the TMX files in {@code tarjuma.memory.seed-path} ({@code
 * seeds/} by default) when the application starts, so the embedded default shows the product. All
 * of them or none: a bad file stops the start, naming the file and the problem.
 */
@Component
@Order(0)
class SeedMemory implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SeedMemory.class);

  private final TranslationMemory memory;
  private final TmxReader reader;
  private final Path folder;

  SeedMemory(
      TranslationMemory memory,
      Languages languages,
      @Value("${tarjuma.memory.seed-path:seeds}") Path folder) {
    this.memory = memory;
    this.reader = new TmxReader(languages);
    this.folder = folder;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!memory.isEmpty() || !Files.isDirectory(folder)) {
      return;
    }
    List<MemoryUnit> units = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.toString().endsWith(".tmx")).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        units.addAll(reader.read(in, "seed", "seed", Instant.now()));
      } catch (TmxFormatException e) {
        throw new IllegalStateException(
            file + " cannot be imported into the translation memory: " + e.getMessage(), e);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    memory.saveAll(units);
    log.info(
        "Translation memory filled from {}: {} units from {} file(s)",
        folder,
        units.size(),
        files.size());
  }
}
