package org.tarjuma.language;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LanguageController {

  private final Languages languages;

  LanguageController(Languages languages) {
    this.languages = languages;
  }

  /** Every language with its facts: codes, aliases, script, direction, punctuation, digits. */
  @GetMapping("/api/v1/languages")
  List<Language> list() {
    return languages.all();
  }
}
