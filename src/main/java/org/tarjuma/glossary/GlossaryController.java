package org.tarjuma.glossary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;
import org.tarjuma.security.Caller;
import org.tarjuma.web.Problems;

@RestController
class GlossaryController {

  static final String USER_HEADER = "X-Tarjuma-User";

  private final LiveGlossary glossary;
  private final Languages languages;

  GlossaryController(LiveGlossary glossary, Languages languages) {
    this.glossary = glossary;
    this.languages = languages;
  }

  /** Entries whose English terms or target forms contain {@code q}, paged. */
  @GetMapping("/api/v1/glossary/terms")
  TermPage search(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) String lang,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    if (page < 0 || size < 1 || size > 500) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST, "Bad page", "page must be 0 or more and size between 1 and 500.");
    }
    TermSearch search =
        new TermSearch(q, lang == null ? null : languages.require(lang).code(), status(status));
    List<Entry> found = glossary.entries().stream().filter(search::accepts).toList();
    int from = Math.min(found.size(), page * size);
    return new TermPage(
        found.subList(from, Math.min(found.size(), from + size)), page, size, found.size());
  }

  @GetMapping("/api/v1/glossary/terms/{id}")
  ResponseEntity<Entry> entry(@PathVariable String id) {
    Entry entry = glossary.find(id).orElseThrow(() -> EntryProblems.notFound(id));
    return ResponseEntity.ok().eTag(etag(entry)).body(entry);
  }

  /** A new entry; its id is made from the English term when the body has none. */
  @PostMapping("/api/v1/glossary/terms")
  ResponseEntity<Entry> create(
      @RequestBody Entry draft, @RequestHeader(name = USER_HEADER, required = false) String asked) {
    String user = Caller.recordedAsNow(asked);
    Entry entry = glossary.create(draft, user);
    return ResponseEntity.created(URI.create("/api/v1/glossary/terms/" + entry.id()))
        .eTag(etag(entry))
        .body(entry);
  }

  /** Replaces an entry; {@code If-Match} must carry the ETag it was read with. */
  @PutMapping("/api/v1/glossary/terms/{id}")
  ResponseEntity<Entry> update(
      @PathVariable String id,
      @RequestBody Entry draft,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestHeader(name = USER_HEADER, required = false) String asked) {
    String user = Caller.recordedAsNow(asked);
    Entry entry = glossary.update(id, revision(ifMatch, "update"), draft, user);
    return ResponseEntity.ok().eTag(etag(entry)).body(entry);
  }

  @DeleteMapping("/api/v1/glossary/terms/{id}")
  ResponseEntity<Void> delete(
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestHeader(name = USER_HEADER, required = false) String asked) {
    String user = Caller.recordedAsNow(asked);
    glossary.delete(id, revision(ifMatch, "delete"), user);
    return ResponseEntity.noContent().build();
  }

  /**
   * The whole glossary as a file: TBX in Tarjuma's dialect (the format of glossary/, nothing lost),
   * TBX-Basic for other termbase tools, or CSV for spreadsheets.
   */
  @GetMapping("/api/v1/glossary/export")
  ResponseEntity<byte[]> export(@RequestParam(defaultValue = "tbx") String format) {
    boolean csv = format(format);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (csv) {
      GlossaryCsv.write(glossary.entries(), new OutputStreamWriter(out, StandardCharsets.UTF_8));
    } else {
      TbxWriter.write(glossary.entries(), out, dialect(format));
    }
    return ResponseEntity.ok()
        .contentType(
            csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_XML)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"glossary." + (csv ? "csv" : "tbx") + "\"")
        .body(out.toByteArray());
  }

  /**
   * Imports a TBX or CSV file. With {@code dryRun=true} (the default) it only reports what would be
   * added, changed, left as it is, or refused; a real import is all or nothing. {@code lang} names
   * the target language of a file that holds one and does not say which (Weblate's CSV, OmegaT's
   * glossary).
   */
  @PostMapping("/api/v1/glossary/import")
  ImportReport importFile(
      @RequestParam(defaultValue = "tbx") String format,
      @RequestParam(defaultValue = "true") boolean dryRun,
      @RequestParam(required = false) String lang,
      @RequestBody(required = false) byte[] file,
      @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
      @RequestHeader(name = USER_HEADER, required = false) String asked) {
    String user = Caller.recordedAsNow(asked);
    boolean csv = format(format);
    if (contentType != null
        && contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
      // A form body is parsed as fields, not kept as a file: curl's --data-binary does this unless
      // told.
      throw Problems.of(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "Send the file as it is",
          "Send the file with Content-Type "
              + (csv ? "text/csv" : "application/xml")
              + ", not as a form (curl: -H 'Content-Type: "
              + (csv ? "text/csv" : "application/xml")
              + "' --data-binary @file).");
    }
    if (file == null || file.length == 0) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "Empty file",
          "Send the " + format + " file as the request body.");
    }
    String name = "the uploaded " + (csv ? "CSV" : "TBX");
    if (csv) {
      GlossaryCsv.Read read = GlossaryCsv.readWithWarnings(file, name, target(lang));
      return glossary
          .importEntries(read.entries(glossary.entries()), dryRun, user)
          .warning(read.warnings());
    }
    TbxReader.Read read = TbxReader.readWithWarnings(new ByteArrayInputStream(file), name);
    return glossary
        .importEntries(read.entries(glossary::find), dryRun, user)
        .warning(read.warnings());
  }

  /** The TBX dialect a format names: {@code tbx-basic} is TBX-Basic, {@code tbx} Tarjuma's. */
  static TbxWriter.Dialect dialect(String format) {
    return format.strip().equalsIgnoreCase("tbx-basic")
        ? TbxWriter.Dialect.BASIC
        : TbxWriter.Dialect.TARJUMA;
  }

  /** The target language {@code lang} names (ur, ps, prs), or null; 400 for any other. */
  private String target(String lang) {
    if (lang == null || lang.isBlank()) {
      return null;
    }
    String code = languages.require(lang).code();
    if (!GlossaryCsv.TARGETS.contains(code)) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "Not a target language",
          "lang names the language of the file's target terms: ur, ps or prs, not '" + lang + "'.");
    }
    return code;
  }

  /** True for CSV, false for TBX; 400 naming both for anything else. */
  private static boolean format(String format) {
    return switch (format.strip().toLowerCase(Locale.ROOT)) {
      case "csv" -> true;
      case "tbx", "tbx-basic" -> false;
      default ->
          throw Problems.of(
              HttpStatus.BAD_REQUEST,
              "Unknown format",
              "Unknown format '" + format + "'. Accepted: tbx, tbx-basic, csv.");
    };
  }

  /** Every revision of an entry: who, when, what changed. */
  @GetMapping("/api/v1/glossary/terms/{id}/history")
  List<Revision> history(@PathVariable String id) {
    return glossary.history(id);
  }

  private static String etag(Entry entry) {
    return "\"" + entry.revision() + "\"";
  }

  /** The revision an If-Match names; 428 without one, 412 when it names no revision. */
  private static int revision(String ifMatch, String what) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw Problems.of(
          HttpStatus.PRECONDITION_REQUIRED,
          "If-Match required",
          "To "
              + what
              + " an entry, send If-Match with the ETag you read it with, so that no newer edit is overwritten.");
    }
    String value = ifMatch.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    try {
      return Integer.parseInt(value.replace("\"", ""));
    } catch (NumberFormatException e) {
      throw Problems.of(
          HttpStatus.PRECONDITION_FAILED,
          "Entry changed",
          "If-Match " + ifMatch + " names no revision of this entry; get it again.");
    }
  }

  /**
   * The glossary terms in {@code text}, longest-leftmost: English terms for {@code en}, the target
   * forms (preferred, variant or forbidden, inflected or not) for {@code ur}, {@code ps}, {@code
   * prs}.
   */
  @PostMapping("/api/v1/glossary/match")
  MatchResponse match(@RequestBody MatchRequest request) {
    if (request.text() == null) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "Missing text",
          "The field 'text' must hold the text to search for terms.");
    }
    Language language = languages.require(request.lang() == null ? "en" : request.lang());
    List<?> matches =
        language.code().equals("en")
            ? glossary.matcher().find(request.text())
            : glossary.formMatcher(language.code()).find(request.text());
    return new MatchResponse(language.code(), matches);
  }

  private static Entry.Status status(String status) {
    if (status == null) {
      return null;
    }
    return Entry.Status.parse(status);
  }

  record MatchRequest(String text, String lang) {}

  /** {@code matches} are {@link TermMatch}es for English, {@link FormMatch}es otherwise. */
  record MatchResponse(String lang, List<?> matches) {}

  record TermPage(List<Entry> items, int page, int size, int total) {}
}
