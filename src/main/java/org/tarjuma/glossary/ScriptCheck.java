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
                          () -> problem(where, entry, code, "", "is not a language Tarjuma knows"));
              verify(where, entry, language, forms.preferred(), forms.doNotTranslate());
              forms
                  .variants()
                  .forEach(v -> verify(where, entry, language, v, forms.doNotTranslate()));
            });
  }

  private void verify(
      String where, Entry entry, Language language, String form, boolean latinAllowed) {
    ScriptNormalizer.Normalized normalized = languages.normalizer(language).normalize(form);
    if (!normalized.text().equals(form)) {
      throw problem(
          where,
          entry,
          language.code(),
          form,
          "is not in canonical "
              + language.name()
              + " script (it would become '"
              + normalized.text()
              + "')");
    }
    if (!latinAllowed && form.codePoints().anyMatch(c -> UScript.getScript(c) == UScript.LATIN)) {
      throw problem(
          where,
          entry,
          language.code(),
          form,
          "has Latin letters but is not marked do-not-translate");
    }
  }

  private static IllegalStateException problem(
      String where, Entry entry, String lang, String form, String why) {
    return new IllegalStateException(
        where + ": entry '" + entry.id() + "', " + lang + " form '" + form + "' " + why);
  }
}
