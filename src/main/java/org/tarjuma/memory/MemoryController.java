package org.tarjuma.memory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.tarjuma.language.Languages;
import org.tarjuma.security.Caller;
import org.tarjuma.web.Problems;

/** TMX import and export of the translation memory. */
@RestController
class MemoryController {

  static final String TMX = "application/x-tmx+xml";

  private final TranslationMemory memory;
  private final TmxReader reader;
  private final Languages languages;

  MemoryController(TranslationMemory memory, Languages languages) {
    this.memory = memory;
    this.languages = languages;
    this.reader = new TmxReader(languages);
  }

  /**
   * Imports a TMX 1.4b file, all or nothing: a translator only into their languages, checked on the
   * whole file before anything is written.
   */
  @PostMapping(
      path = "/api/v1/memory/import",
      consumes = {TMX, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
  ImportResult importTmx(
      InputStream body, @RequestHeader(name = "X-Tarjuma-User", required = false) String asked)
      throws IOException {
    String user = Caller.recordedAsNow(asked);
    List<MemoryUnit> units;
    try {
      units = reader.read(body, "tmx", user, Instant.now());
    } catch (TmxFormatException e) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "TMX not imported",
          "Nothing was imported: " + String.join("; ", e.problems()));
    }
    requireTheirs(units.stream().map(MemoryUnit::targetLang).toList(), "import");
    memory.saveAll(units);
    Map<String, Long> byLanguage =
        units.stream()
            .collect(
                Collectors.groupingBy(MemoryUnit::targetLang, TreeMap::new, Collectors.counting()));
    return new ImportResult(units.size(), byLanguage);
  }

  /**
   * Exports the memory into one language, or all of them, as TMX 1.4b; a translator only theirs
   * (without {@code lang}: all of theirs).
   */
  @GetMapping(path = "/api/v1/memory/export")
  ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String lang) {
    String code = lang == null ? null : languages.require(lang).code();
    if (code != null) {
      requireTheirs(List.of(code), "export");
    }
    Caller caller = Caller.current().orElseThrow();
    List<MemoryUnit> units =
        memory.all(code).stream().filter(u -> caller.edits(u.targetLang())).toList();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(TMX + ";charset=UTF-8"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"tarjuma-memory" + (code == null ? "" : "-" + code) + ".tmx\"")
        .body(out -> TmxWriter.write(units, out));
  }

  /** Translations of similar sentences, for translators; never applied on their own. */
  @GetMapping("/api/v1/memory/suggestions")
  List<Suggestion> suggestions(
      @RequestParam String lang,
      @RequestParam String text,
      @RequestParam(defaultValue = "0.75") double threshold,
      @RequestParam(defaultValue = "5") int limit) {
    if (threshold <= 0 || threshold > 1 || limit < 1 || limit > 50) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "Bad suggestion request",
          "threshold must be above 0 and at most 1, limit between 1 and 50.");
    }
    return memory.fuzzy(languages.require(lang).code(), text, threshold, limit);
  }

  /** 403 unless the caller translates into every one of {@code codes}, naming those they do not. */
  private void requireTheirs(List<String> codes, String action) {
    Caller caller = Caller.current().orElseThrow();
    List<String> others =
        codes.stream()
            .distinct()
            .filter(c -> !caller.edits(c))
            .sorted()
            .map(c -> languages.require(c).name() + " (" + c + ")")
            .toList();
    if (!others.isEmpty()) {
      String theirs =
          caller.languages().isEmpty() ? "no language" : String.join(", ", caller.languages());
      throw Problems.of(
          HttpStatus.FORBIDDEN,
          "Not your language",
          "You translate into "
              + theirs
              + " only, so you may not "
              + action
              + " translation memory in "
              + String.join(", ", others)
              + (action.equals("import") ? ": nothing was imported." : "."));
    }
  }

  /**
   * @param imported units stored (one per translation unit and target language)
   * @param languages units per target language
   */
  record ImportResult(int imported, Map<String, Long> languages) {}
}
