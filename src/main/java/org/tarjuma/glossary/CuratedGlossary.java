package org.tarjuma.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;

/**
 * An immutable {@link Glossary}: a set of entries and the matchers built over them. {@link #load}
 * reads the TBX files of a folder, checking every target form against its language's script rules
 * and that ids are unique: a bad file stops with a message that names the file, entry and form.
 */
final class CuratedGlossary implements Glossary {

  private static final Logger log = LoggerFactory.getLogger(CuratedGlossary.class);

  private final Map<String, Entry> entries;
  private final TermMatcher matcher;
  private final Map<String, FormMatcher> formMatchers = new LinkedHashMap<>();

  CuratedGlossary(Map<String, Entry> entries, Languages languages) {
    this.entries = entries;
    this.matcher = Remembered.terms(TermMatcher.of(entries.values()));
    for (Language language : languages.all()) {
      if (language.rightToLeft()) {
        formMatchers.put(
            language.code(),
            Remembered.forms(new InflectedFormMatcher(language, entries.values())));
      }
    }
  }

  @Override
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  @Override
  public Optional<Entry> find(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  @Override
  public TermMatcher matcher() {
    return matcher;
  }

  @Override
  public FormMatcher formMatcher(String lang) {
    FormMatcher forms = formMatchers.get(lang);
    if (forms == null) {
      throw new IllegalArgumentException(
          "not a target language: " + lang + "; targets: " + formMatchers.keySet());
    }
    return forms;
  }

  static Map<String, Entry> load(Path folder, ScriptCheck check) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    if (!Files.isDirectory(folder)) {
      log.warn(
          "No glossary folder at {}: starting with an empty glossary", folder.toAbsolutePath());
      return entries;
    }
    for (Path file : tbxFiles(folder)) {
      try (InputStream in = Files.newInputStream(file)) {
        for (Entry entry : TbxReader.read(in, file.getFileName().toString())) {
          check.verify(entry, file.getFileName().toString());
          Entry previous = entries.putIfAbsent(entry.id(), entry);
          if (previous != null) {
            throw new IllegalStateException(
                file.getFileName() + ": entry id '" + entry.id() + "' is used twice");
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return entries;
  }

  private static List<Path> tbxFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return new ArrayList<>(files.filter(f -> f.toString().endsWith(".tbx")).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }
}
