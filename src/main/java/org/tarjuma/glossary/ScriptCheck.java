package org.tarjuma.glossary;

import com.ibm.icu.lang.UScript;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;
import org.tarjuma.language.ScriptNormalizer;

/**
 * A target form must already be in its language's canonical script: unchanged by the language's
 * {@link ScriptNormalizer} (so no Arabic ك in Urdu, no stray bidi marks) and, unless the entry says
 * do-not-translate, without Latin letters. Forbidden forms are exempt: they may record a wrong
 * spelling on purpose.
 */
final class ScriptCheck {

  private final Languages languages;

  ScriptCheck(Languages languages) {
    this.languages = languages;
  }

  void verify(Entry entry, String where) {
    entry
        .targets()
        .forEach(
            (code, forms) -> {
              Language language =
                  languages
                      .find(code)
                      .orElseThrow(
                          () ->
                              new IllegalStateException(
                                  where
                                      + ": entry '"
                                      + entry.id()
                                      + "': '"
                                      + code
                                      + "' is not a language Tarjuma knows"));
              java.util.List<String> all = new java.util.ArrayList<>(forms(forms));
              forms.paradigms().values().forEach(p -> p.cells().values().forEach(all::addAll));
              for (String form : all) {
                String problem = problem(language, form, forms.doNotTranslate());
                if (problem != null) {
                  throw new IllegalStateException(
                      where
                          + ": entry '"
                          + entry.id()
                          + "', "
                          + code
                          + " form '"
                          + form
                          + "' "
                          + problem);
                }
              }
            });
  }

  /** What is wrong with {@code form} in {@code language}, or null if nothing is. */
  String problem(Language language, String form, boolean latinAllowed) {
    ScriptNormalizer.Normalized normalized = languages.normalizer(language).normalize(form);
    if (!normalized.text().equals(form)) {
      return "is not in canonical "
          + language.name()
          + " script (it would become '"
          + normalized.text()
          + "')";
    }
    if (!latinAllowed && form.codePoints().anyMatch(c -> UScript.getScript(c) == UScript.LATIN)) {
      return "has Latin letters but is not marked do-not-translate";
    }
    return null;
  }

  static java.util.List<String> forms(Entry.Forms forms) {
    java.util.List<String> all = new java.util.ArrayList<>();
    all.add(forms.preferred());
    all.addAll(forms.variants());
    return all;
  }
}
