package org.tarjuma.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tarjuma.engine.Translator;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;
import org.tarjuma.security.Caller;
import org.tarjuma.segment.Format;
import org.tarjuma.segment.SegmentedArticle;
import org.tarjuma.web.Problems;

/**
 * Checks a submitted article before it becomes a job: exactly one article, in one format, not
 * blank; English; targets some route serves; a callback URL that may be called; something to
 * translate. A request that fails a check is refused with a problem that says what to do, and
 * nothing is stored.
 */
@Component
class Submissions {

  private final JobService jobs;
  private final Translator translator;
  private final Languages languages;
  private final CallbackSender callbacks;

  Submissions(
      JobService jobs, Translator translator, Languages languages, CallbackSender callbacks) {
    this.jobs = jobs;
    this.translator = translator;
    this.languages = languages;
    this.callbacks = callbacks;
  }

  /**
   * The job made of the request, started.
   *
   * @param outlet the {@code X-Tarjuma-Outlet} header, counted only for callers not bound to an
   *     outlet
   */
  Job submit(JobRequest request, String outlet) {
    Map<Format, String> given = new LinkedHashMap<>();
    put(given, Format.TEXT, request.text());
    put(given, Format.MARKDOWN, request.markdown());
    put(given, Format.HTML, request.html());
    if (given.size() != 1) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "One article, in one field",
          "Send the article in exactly one of 'text', 'markdown' or 'html'"
              + (given.isEmpty() ? "; none was given." : "; " + given.size() + " were given."));
    }
    Format format = given.keySet().iterator().next();
    String text = given.get(format);
    if (text.isBlank()) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST, "Empty article", "The field '" + format.id() + "' is blank.");
    }
    if (request.source() != null && !languages.require(request.source()).code().equals("en")) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "Unsupported source language",
          "Tarjuma translates from English (en); '" + request.source() + "' is not English.");
    }
    List<String> targets = targets(request.targets());
    String callback = callback(request.callbackUrl());
    SegmentedArticle article = jobs.segment(text, format);
    if (article.segments().isEmpty()) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "Nothing to translate",
          "The article has no sentence to translate (only markup or white space).");
    }
    String actingFor = Caller.current().map(c -> c.actingFor(outlet)).orElse(outlet);
    return jobs.submit(article, targets, request.articleId(), callback, actingFor);
  }

  private static void put(Map<Format, String> given, Format format, String text) {
    if (text != null) {
      given.put(format, text);
    }
  }

  /** The callback URL, or null when none was given. */
  private String callback(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    if (!callbacks.signs()) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "Callbacks are not set up",
          "This server has no callback secret, so it cannot sign callbacks. Its operator must set"
              + " tarjuma.jobs.callback-secret (environment: TARJUMA_JOBS_CALLBACKSECRET) to "
              + CallbackSignature.HOW
              + ", and give it to the outlets that verify callbacks. Meanwhile, submit without"
              + " callbackUrl and follow the job at its Location.");
    }
    String refusal = callbacks.refusal(url);
    if (refusal != null) {
      throw Problems.of(HttpStatus.BAD_REQUEST, "Callback URL refused", refusal);
    }
    return url;
  }

  private List<String> targets(List<String> requested) {
    List<String> routed = translator.routedLanguages();
    if (requested == null || requested.isEmpty()) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "No target language",
          "The field 'targets' must list one or more of: " + String.join(", ", routed));
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String target : requested) {
      String code = languages.find(target).map(Language::code).orElse(null);
      if (code == null || !routed.contains(code)) {
        throw Problems.of(
            HttpStatus.BAD_REQUEST,
            "Unsupported target language",
            "'" + target + "' is not a supported target; use one of: " + String.join(", ", routed));
      }
      out.add(code);
    }
    return new ArrayList<>(out);
  }
}
