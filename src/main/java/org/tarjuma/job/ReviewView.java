package org.tarjuma.job;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.tarjuma.web.Problems;

/**
 * Which part of an article the review page shows: every language of the job or one ({@code
 * ?lang=ps}, beside the English), and every segment or only those with QA flags ({@code
 * ?only=flagged}) or still needing an engine ({@code ?only=needs-engine}).
 *
 * @param lang the one language shown, or null for all
 * @param languages the languages shown, in the job's order
 * @param only which segments are shown
 */
record ReviewView(String lang, List<String> languages, Only only) {

  /** Which segments are shown. */
  enum Only {
    ALL(""),
    FLAGGED("flagged"),
    NEEDS_ENGINE("needs-engine");

    private final String value;

    Only(String value) {
      this.value = value;
    }

    /** As the query names it; blank for all. */
    public String value() {
      return value;
    }

    boolean keeps(ReviewPage.Cell cell) {
      return switch (this) {
        case ALL -> true;
        case FLAGGED -> cell.flagged();
        case NEEDS_ENGINE -> cell.needsEngine();
      };
    }
  }

  /**
   * The view the query asks for on {@code job}; a 400 problem naming the parameter when {@code
   * lang} is not one of the job's languages or {@code only} is not a filter.
   */
  static ReviewView of(Job job, String lang, String only) {
    return new ReviewView(blank(lang) ? null : lang, languages(job, lang), only(only));
  }

  /** The lines with at least one shown cell the filter keeps. */
  List<ReviewPage.Line> shown(List<ReviewPage.Line> lines) {
    return lines.stream().filter(l -> l.targets().stream().anyMatch(only::keeps)).toList();
  }

  /** The query of this view with another language (null: all), the filter kept. */
  public String withLang(String other) {
    return query(other, only);
  }

  /** The query of this view with another filter, the language kept. */
  public String withOnly(Only other) {
    return query(lang, other);
  }

  // Both parts are a language of the job and a filter's fixed name: nothing a caller typed.
  private static String query(String lang, Only only) {
    List<String> parts = new java.util.ArrayList<>();
    if (lang != null) {
      parts.add("lang=" + lang);
    }
    if (only != Only.ALL) {
      parts.add("only=" + only.value);
    }
    return parts.isEmpty() ? "" : "?" + String.join("&", parts);
  }

  private static List<String> languages(Job job, String lang) {
    if (blank(lang)) {
      return job.targets();
    }
    if (!job.targets().contains(lang)) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "Invalid lang",
          "lang: this article is translated into "
              + String.join(", ", job.targets())
              + ", not '"
              + lang
              + "'.");
    }
    return List.of(lang);
  }

  private static Only only(String only) {
    if (blank(only)) {
      return Only.ALL;
    }
    for (Only o : Only.values()) {
      if (!o.value.isEmpty() && o.value.equals(only.toLowerCase(Locale.ROOT))) {
        return o;
      }
    }
    throw Problems.of(
        HttpStatus.BAD_REQUEST,
        "Invalid only",
        "only: must be flagged or needs-engine (or absent for every segment), not '" + only + "'.");
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
