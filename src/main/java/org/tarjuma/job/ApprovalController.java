package org.tarjuma.job;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tarjuma.language.Languages;
import org.tarjuma.security.Caller;
import org.tarjuma.web.Problems;

/**
 * "Approve every segment without flags" on one article, in two steps: a page that says how many
 * segments of which languages would be approved and asks to confirm, then the approval, which goes
 * back to the article saying how many were approved. The languages are the article's view ({@code
 * lang}: one, or all) that the translator may approve; none of them, or one named that is not
 * theirs, is refused with 403.
 */
@Controller
class ApprovalController {

  private final JobStore store;
  private final UnflaggedApprovals approvals;
  private final Languages languages;

  ApprovalController(JobStore store, UnflaggedApprovals approvals, Languages languages) {
    this.store = store;
    this.approvals = approvals;
    this.languages = languages;
  }

  /** One language's count, named for the page; kept in the session until the page is shown. */
  record Count(String lang, String name, int segments) implements java.io.Serializable {}

  @GetMapping("/articles/{id}/approve-unflagged")
  String confirm(
      @PathVariable String id, @RequestParam(required = false) String lang, Model model) {
    Caller caller = Caller.current().orElseThrow();
    Job job = visible(caller, id);
    List<Count> counts = named(approvals.count(job, approvable(caller, job, lang)));
    model.addAttribute("job", job);
    model.addAttribute("lang", lang == null ? "" : lang);
    model.addAttribute("counts", counts);
    model.addAttribute("total", counts.stream().mapToInt(Count::segments).sum());
    model.addAttribute("caller", caller);
    return "review/approve";
  }

  @PostMapping("/articles/{id}/approve-unflagged")
  String approve(
      @PathVariable String id,
      @RequestParam(required = false) String lang,
      RedirectAttributes redirect) {
    Caller caller = Caller.current().orElseThrow();
    Job job = visible(caller, id);
    List<Count> approved = named(approvals.approve(caller, job, approvable(caller, job, lang)));
    redirect.addFlashAttribute("approved", approved);
    redirect.addFlashAttribute("approvedTotal", approved.stream().mapToInt(Count::segments).sum());
    // The job's id and one of its languages (checked above): nothing of the caller's reaches it.
    return "redirect:/articles/"
        + job.id()
        + (lang == null || lang.isBlank() ? "" : "?lang=" + lang);
  }

  private Job visible(Caller caller, String id) {
    return store
        .find(id)
        .filter(j -> caller.sees(j.outlet()))
        .orElseThrow(
            () -> Problems.of(HttpStatus.NOT_FOUND, "No such article", "No article " + id + "."));
  }

  /**
   * The view's languages the caller may approve; 400 for a language not the job's, 403 for none.
   */
  private List<String> approvable(Caller caller, Job job, String lang) {
    List<String> theirs =
        ReviewView.of(job, lang, null).languages().stream().filter(caller::edits).toList();
    if (theirs.isEmpty()) {
      throw Problems.of(
          HttpStatus.FORBIDDEN,
          "Not your language",
          "lang: "
              + caller.name()
              + " may not approve "
              + (lang == null || lang.isBlank() ? "any language of this article" : lang)
              + ".");
    }
    return theirs;
  }

  private List<Count> named(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .map(e -> new Count(e.getKey(), languages.require(e.getKey()).name(), e.getValue()))
        .toList();
  }
}
