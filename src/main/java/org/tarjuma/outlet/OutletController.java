package org.tarjuma.outlet;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tarjuma.calendar.DateStyle;
import org.tarjuma.language.ControlCharacters;
import org.tarjuma.security.Caller;
import org.tarjuma.web.Problems;

/** {@code GET/PUT /api/v1/outlets/{outlet}}: an outlet's dates and digits per language. */
@RestController
@RequestMapping("/api/v1/outlets/{outlet}")
class OutletController {

  private final OutletProfiles profiles;

  OutletController(OutletProfiles profiles) {
    this.profiles = profiles;
  }

  /** A language's style as the API shows it, and where it comes from. */
  record Style(String digits, String calendar, String from) {}

  /** An outlet's profile. */
  record Profile(String outlet, Map<String, Style> languages) {}

  /** A change: the languages named, each with what it sets (either may be left out). */
  record Change(Map<String, Style> languages) {}

  @GetMapping
  Profile get(@PathVariable String outlet) {
    checked(outlet);
    Caller caller = Caller.current().orElseThrow();
    if (!caller.sees(outlet)) {
      // As for another outlet's jobs: not found, so a key learns nothing of other outlets.
      throw Problems.of(
          HttpStatus.NOT_FOUND,
          "Not your outlet",
          "An outlet's key reads its own profile only; '" + outlet + "' is not this key's outlet.");
    }
    return shown(outlet);
  }

  /** Sets the languages the body names, all or none; answers the whole profile. */
  @PutMapping
  Profile put(
      @PathVariable String outlet,
      @RequestBody Change change,
      @RequestHeader(value = Caller.USER_HEADER, required = false) String user) {
    checked(outlet);
    if (change == null || change.languages() == null || change.languages().isEmpty()) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "Nothing to change",
          "Send {\"languages\": {\"ps\": {\"digits\": \"eastern\", \"calendar\": \"solar-hijri\"}}}.");
    }
    Map<String, OutletProfiles.Entry> now = profiles.profile(outlet);
    Map<String, DateStyle> styles = new LinkedHashMap<>();
    change
        .languages()
        .forEach(
            (lang, style) -> {
              OutletProfiles.Entry current = now.get(lang);
              if (current == null || style == null) {
                throw Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "Unknown language",
                    "languages." + lang + ": a profile covers ur, ps and prs.");
              }
              styles.put(lang, changed(lang, current.style(), style));
            });
    profiles.store(outlet, styles, Caller.recordedAsNow(user));
    return shown(outlet);
  }

  private static DateStyle changed(String lang, DateStyle current, Style style) {
    try {
      return new DateStyle(
          style.digits() == null
              ? current.digits()
              : DateStyle.Digits.of(style.digits(), "languages." + lang + ".digits"),
          style.calendar() == null
              ? current.calendar()
              : DateStyle.Calendar.of(style.calendar(), "languages." + lang + ".calendar"));
    } catch (IllegalArgumentException e) {
      throw Problems.of(HttpStatus.BAD_REQUEST, "Unknown value", e.getMessage() + ".");
    }
  }

  private Profile shown(String outlet) {
    Map<String, Style> languages = new LinkedHashMap<>();
    profiles
        .profile(outlet)
        .forEach(
            (lang, entry) ->
                languages.put(
                    lang,
                    new Style(
                        entry.style().digits().id(),
                        entry.style().calendar().id(),
                        entry.source().name().toLowerCase(java.util.Locale.ROOT))));
    return new Profile(outlet, languages);
  }

  private static void checked(String outlet) {
    ControlCharacters.problem("outlet", outlet, false)
        .ifPresent(
            problem -> {
              throw Problems.of(HttpStatus.BAD_REQUEST, "Unreadable outlet", problem);
            });
  }
}
