package org.tarjuma.engine;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tarjuma.calendar.DateStyle;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;
import org.tarjuma.outlet.OutletProfiles;
import org.tarjuma.segment.Format;
import org.tarjuma.segment.SegmentedArticle;
import org.tarjuma.segment.Segmenter;
import org.tarjuma.web.Problems;

/**
 * Short texts translated while the caller waits ({@code POST /api/v1/translate}): checked (not
 * blank, at most {@value #MAX_CHARS} characters, English, targets some route serves, an outlet name
 * of at most {@value #MAX_OUTLET} characters), segmented, translated and put back together in their
 * format, per target.
 */
@Component
class ShortTexts {

  static final int MAX_CHARS = 10_000;
  static final int MAX_OUTLET = 120;

  private final Segmenter segmenter;
  private final Languages languages;
  private final Translator translator;
  private final OutletProfiles profiles;

  ShortTexts(
      Segmenter segmenter, Languages languages, Translator translator, OutletProfiles profiles) {
    this.segmenter = segmenter;
    this.languages = languages;
    this.translator = translator;
    this.profiles = profiles;
  }

  /**
   * The text translated into every target, each as a document in the text's format.
   *
   * @param outlet who is billed
   */
  TranslateResponse translate(TranslateRequest request, String outlet) {
    if (request.text() == null || request.text().isBlank()) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "Empty text",
          "The field 'text' must hold the text to translate; it is missing or blank.");
    }
    if (request.text().length() > MAX_CHARS) {
      throw Problems.of(
          HttpStatus.CONTENT_TOO_LARGE,
          "Text too long for this endpoint",
          "POST /api/v1/translate takes at most 10,000 characters and this text has "
              + request.text().length()
              + "; send longer articles as a job with POST /api/v1/jobs.");
    }
    if (outlet != null && outlet.strip().length() > MAX_OUTLET) {
      // The usage ledger keeps outlets as jobs do: a longer name could not be billed.
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "Outlet name too long",
          "X-Tarjuma-Outlet takes at most " + MAX_OUTLET + " characters.");
    }
    Language source = languages.require(request.source() == null ? "en" : request.source());
    if (!source.code().equals("en")) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "Unsupported source language",
          "Tarjuma translates from English (en); '" + request.source() + "' is not English.");
    }
    if (request.targets() == null || request.targets().isEmpty()) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "No target language",
          "The field 'targets' must list one or more of: "
              + String.join(", ", translator.routedLanguages()));
    }
    LinkedHashSet<String> targets = new LinkedHashSet<>();
    for (String target : request.targets()) {
      String code = languages.require(target).code();
      if (!translator.routedLanguages().contains(code)) {
        throw Problems.of(
            HttpStatus.BAD_REQUEST,
            "No route for a target language",
            "No engine route serves '"
                + target
                + "'; routes exist for: "
                + String.join(", ", translator.routedLanguages())
                + " (set tarjuma.routing."
                + code
                + ").");
      }
      targets.add(code);
    }
    Format format = request.format() == null ? Format.TEXT : Format.of(request.format());
    SegmentedArticle article = segmenter.segment(request.text(), format, source);
    // Billed, and styled, as the order names it: "anonymous" when no outlet is named, as for jobs.
    String billed = outlet == null || outlet.isBlank() ? "anonymous" : outlet;
    Map<String, DateStyle> styles = profiles.styles(billed, targets);
    Map<String, Translator.TargetResult> results =
        translator.translate(
            new Translator.Order(
                source.code(),
                List.copyOf(targets),
                article.segments(),
                outlet,
                null,
                null,
                styles));
    Map<String, LanguageTranslation> out = new LinkedHashMap<>();
    results.forEach(
        (lang, result) -> {
          Map<String, String> tagged = new LinkedHashMap<>();
          result.segments().stream()
              .filter(s -> s.target() != null)
              .forEach(s -> tagged.put(s.id(), s.target()));
          out.put(
              lang,
              new LanguageTranslation(
                  article.assemble(tagged),
                  styles.get(lang),
                  result.segments(),
                  result.problems(),
                  result.billedCharacters()));
        });
    return new TranslateResponse(out);
  }

  /**
   * @param text the text, at most 10,000 characters
   * @param format text (default), markdown or html
   * @param source en (the default)
   * @param targets ur, ps, prs (or their aliases)
   */
  record TranslateRequest(String text, String format, String source, List<String> targets) {}

  record TranslateResponse(Map<String, LanguageTranslation> translations) {}

  /**
   * @param text the document in the source's format
   * @param profile the outlet's calendar and digits the text is written in; null for a language
   *     without one
   * @param segments each segment with its engine and flags
   * @param problems why some segments were left untranslated, when any were
   * @param billedCharacters what the engines billed for this language in this request
   */
  record LanguageTranslation(
      String text,
      DateStyle profile,
      List<Translator.TranslatedSegment> segments,
      List<String> problems,
      long billedCharacters) {}
}
