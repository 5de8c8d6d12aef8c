package org.tarjuma.outlet;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tarjuma.calendar.DateStyle;
import org.tarjuma.language.ControlCharacters;
import org.tarjuma.security.Caller;

/**
 * The admins' page of outlet profiles: pick an outlet, set its digits and calendar per language.
 */
@Controller
class OutletPageController {

  private final OutletProfiles profiles;
  private final OutletSettings settings;

  OutletPageController(OutletProfiles profiles, OutletSettings settings) {
    this.profiles = profiles;
    this.settings = settings;
  }

  @GetMapping("/admin/outlets")
  String page(@RequestParam(required = false) String outlet, Model model) {
    TreeSet<String> known = new TreeSet<>(settings.outlets().keySet());
    known.addAll(profiles.storedOutlets());
    model.addAttribute("caller", Caller.current().orElseThrow());
    model.addAttribute("known", known);
    model.addAttribute("digits", DateStyle.Digits.values());
    model.addAttribute("calendars", DateStyle.Calendar.values());
    String chosen = outlet == null || outlet.isBlank() ? null : outlet.strip();
    if (chosen != null) {
      ControlCharacters.problem("outlet", chosen, false)
          .ifPresentOrElse(
              problem -> model.addAttribute("message", problem),
              () -> {
                model.addAttribute("outlet", chosen);
                model.addAttribute("profile", profiles.profile(chosen));
              });
    }
    return "admin/outlets";
  }

  @PostMapping("/admin/outlets/{outlet}")
  String save(
      @PathVariable String outlet,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      HttpServletResponse response) {
    Map<String, DateStyle> styles = new LinkedHashMap<>();
    try {
      for (String lang : OutletProfiles.DEFAULTS.keySet()) {
        String digits = form.getFirst("digits." + lang);
        String calendar = form.getFirst("calendar." + lang);
        if (digits != null && calendar != null) {
          styles.put(
              lang,
              new DateStyle(
                  DateStyle.Digits.of(digits, "digits." + lang),
                  DateStyle.Calendar.of(calendar, "calendar." + lang)));
        }
      }
      ControlCharacters.problem("outlet", outlet, false)
          .ifPresent(
              problem -> {
                throw new IllegalArgumentException(problem);
              });
    } catch (IllegalArgumentException e) {
      response.setStatus(400);
      model.addAttribute("message", e.getMessage() + ". Nothing was saved.");
      return page(null, model);
    }
    profiles.store(outlet, styles, Caller.current().orElseThrow().name());
    model.addAttribute("saved", "Saved the profile of '" + outlet + "'.");
    return page(outlet, model);
  }
}
