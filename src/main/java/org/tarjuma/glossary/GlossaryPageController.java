package org.tarjuma.glossary;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;
import org.tarjuma.security.Caller;
import org.tarjuma.security.Role;

/**
 * The curators' glossary page: search and filter; one entry with its forms, its history and, before
 * a change is saved, what it would touch; edits checked by the same rules as the API, whose
 * messages the page shows. Everyone signed in may read; curators and admins may edit.
 */
@Controller
class GlossaryPageController {

  private final LiveGlossary glossary;
  private final Languages languages;
  private final TermImpact impact;
  private final GlossaryController api;

  GlossaryPageController(
      LiveGlossary glossary, Languages languages, TermImpact impact, GlossaryController api) {
    this.glossary = glossary;
    this.languages = languages;
    this.impact = impact;
    this.api = api;
  }

  @GetMapping("/glossary")
  String list(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) String lang,
      @RequestParam(required = false) String status,
      Model model) {
    String code = lang == null || lang.isBlank() ? null : languages.require(lang).code();
    Entry.Status wanted = status == null || status.isBlank() ? null : Entry.Status.parse(status);
    TermSearch search = new TermSearch(q, code, wanted);
    List<Entry> found = glossary.entries().stream().filter(search::accepts).limit(300).toList();
    model.addAttribute("entries", found);
    model.addAttribute("q", q);
    model.addAttribute("lang", code);
    model.addAttribute("status", status);
    model.addAttribute("targets", targets());
    model.addAttribute("caller", Caller.current().orElseThrow());
    return "glossary/list";
  }

  @GetMapping("/glossary/terms/{id}")
  String entry(@PathVariable String id, Model model) {
    Entry entry = glossary.find(id).orElseThrow(() -> notFound(id));
    return show(entry, null, model);
  }

  /** What an edit of the entry would touch, shown before it is saved. */
  @GetMapping("/glossary/terms/{id}/impact")
  String impact(@PathVariable String id, Model model) {
    Entry entry = glossary.find(id).orElseThrow(() -> notFound(id));
    model.addAttribute("impact", impact.of(entry));
    return "glossary/entry :: impact";
  }

  /**
   * Saves the forms edited on the page (preferred, variants, status per language) over the revision
   * the curator started from; anything else of the entry is kept as it was.
   */
  @PostMapping("/glossary/terms/{id}")
  String save(
      @PathVariable String id,
      @RequestParam int revision,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      HttpServletResponse response) {
    Caller caller = Caller.current().orElseThrow();
    Entry before = glossary.find(id).orElseThrow(() -> notFound(id));
    if (caller.role() != Role.CURATOR && caller.role() != Role.ADMIN) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      return show(before, "Only curators may edit the glossary.", model);
    }
    Map<String, Entry.Forms> targets = new LinkedHashMap<>(before.targets());
    for (Language language : targets()) {
      String code = language.code();
      String preferred = form.getFirst("preferred." + code);
      if (preferred == null) {
        continue;
      }
      Entry.Forms old = before.targets().get(code);
      List<String> variants =
          Arrays.stream(
                  form.getFirst("variants." + code) == null
                      ? new String[0]
                      : form.getFirst("variants." + code).split("[,،]"))
              .map(String::strip)
              .filter(v -> !v.isEmpty())
              .toList();
      Entry.Status status =
          Entry.Status.parse(form.getOrDefault("status." + code, List.of("proposed")).getFirst());
      if (preferred.isBlank() && old == null) {
        continue;
      }
      Entry.Forms forms =
          new Entry.Forms(
              preferred.strip(),
              variants,
              old == null ? List.of() : old.forbidden(),
              old != null && old.doNotTranslate(),
              status,
              old == null ? null : old.note(),
              old == null ? Map.of() : old.paradigms());
      targets.put(code, GrammarForm.read(forms, old, code, form));
    }
    Entry draft = new Entry(id, before.revision(), before.english(), targets);
    if (draft.equals(before)) {
      return "redirect:/glossary/terms/" + id + "?saved"; // nothing changed: no new revision
    }
    try {
      Entry saved = glossary.update(id, revision, draft, caller.name());
      return "redirect:/glossary/terms/" + saved.id() + "?saved";
    } catch (ErrorResponseException e) {
      response.setStatus(e.getStatusCode().value());
      String detail = e.getBody().getDetail();
      model.addAttribute("draft", draft);
      return show(before, detail == null ? "The change was not saved." : detail, model);
    }
  }

  @GetMapping("/glossary/new")
  String newEntry(Model model) {
    model.addAttribute("caller", Caller.current().orElseThrow());
    model.addAttribute("targets", targets());
    return "glossary/new";
  }

  /** A new entry from the page: the English term and a preferred form per language (proposed). */
  @PostMapping("/glossary/new")
  String create(
      @RequestParam(defaultValue = "") String english,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      HttpServletResponse response) {
    Caller caller = Caller.current().orElseThrow();
    model.addAttribute("caller", caller);
    model.addAttribute("targets", targets());
    model.addAttribute("english", english);
    if (caller.role() != Role.CURATOR && caller.role() != Role.ADMIN) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      model.addAttribute("message", "Only curators may add to the glossary.");
      return "glossary/new";
    }
    Map<String, Entry.Forms> targets = new LinkedHashMap<>();
    for (Language language : targets()) {
      String preferred = form.getFirst("preferred." + language.code());
      if (preferred != null && !preferred.isBlank()) {
        targets.put(
            language.code(),
            new Entry.Forms(
                preferred.strip(), List.of(), List.of(), false, Entry.Status.PROPOSED, null));
      }
    }
    Entry draft =
        new Entry(
            null,
            0,
            new Entry.English(
                new Entry.SourceTerm(english.strip(), false), List.of(), null, List.of(), null),
            targets);
    try {
      Entry created = glossary.create(draft, caller.name());
      return "redirect:/glossary/terms/" + created.id() + "?saved";
    } catch (ErrorResponseException e) {
      response.setStatus(e.getStatusCode().value());
      model.addAttribute("message", e.getBody().getDetail());
      return "glossary/new";
    }
  }

  @GetMapping("/glossary/import")
  String importForm(Model model) {
    model.addAttribute("caller", Caller.current().orElseThrow());
    return "glossary/import";
  }

  /**
   * An import from the page: first a dry run whose report (added, changed field by field,
   * unchanged, refused) is shown with the file kept in the form; then, on the curator's word, the
   * import itself, all or nothing.
   */
  @PostMapping("/glossary/import")
  String importFile(
      @RequestParam(defaultValue = "csv") String format,
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String content,
      @RequestParam(required = false) String lang,
      @RequestParam(defaultValue = "false") boolean apply,
      Model model,
      HttpServletResponse response)
      throws java.io.IOException {
    Caller caller = Caller.current().orElseThrow();
    model.addAttribute("caller", caller);
    model.addAttribute("format", format);
    String target = lang == null || lang.isBlank() ? null : lang;
    model.addAttribute("lang", target);
    if (caller.role() != Role.CURATOR && caller.role() != Role.ADMIN) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      model.addAttribute("message", "Only curators may import into the glossary.");
      return "glossary/import";
    }
    byte[] bytes = ImportForm.bytes(content, file);
    if (bytes.length == 0) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("message", "Choose a CSV or TBX file to import.");
      return "glossary/import";
    }
    boolean csv = format.equalsIgnoreCase("csv");
    try {
      String name = "the uploaded " + (csv ? "CSV" : "TBX");
      ImportReport report;
      if (csv) {
        GlossaryCsv.Read read = GlossaryCsv.readWithWarnings(bytes, name, target);
        report =
            glossary
                .importEntries(read.entries(glossary.entries()), !apply, caller.name())
                .warning(read.warnings());
      } else {
        TbxReader.Read read =
            TbxReader.readWithWarnings(new java.io.ByteArrayInputStream(bytes), name);
        report =
            glossary
                .importEntries(read.entries(glossary::find), !apply, caller.name())
                .warning(read.warnings());
      }
      model.addAttribute("report", report);
      model.addAttribute("content", java.util.Base64.getEncoder().encodeToString(bytes));
    } catch (ErrorResponseException e) {
      response.setStatus(e.getStatusCode().value());
      model.addAttribute("message", e.getBody().getDetail());
    } catch (RuntimeException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("message", "The file could not be read: " + e.getMessage());
    }
    return "glossary/import";
  }

  @GetMapping("/glossary/export")
  ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format) {
    return api.export(format);
  }

  private String show(Entry entry, String message, Model model) {
    model.addAttribute("entry", entry);
    if (!model.containsAttribute("draft")) {
      model.addAttribute("draft", entry);
    }
    model.addAttribute("grammar", GrammarForm.show((Entry) model.getAttribute("draft"), targets()));
    model.addAttribute("history", glossary.history(entry.id()).reversed());
    model.addAttribute("targets", targets());
    model.addAttribute("message", message);
    Caller caller = Caller.current().orElseThrow();
    model.addAttribute("caller", caller);
    model.addAttribute("editable", caller.role() == Role.CURATOR || caller.role() == Role.ADMIN);
    return "glossary/entry";
  }

  private List<Language> targets() {
    return languages.all().stream().filter(Language::rightToLeft).toList();
  }

  private static ResponseStatusException notFound(String id) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "no entry " + id);
  }
}
