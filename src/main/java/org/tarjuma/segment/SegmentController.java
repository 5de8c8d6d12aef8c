package org.tarjuma.segment;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;
import org.tarjuma.web.Problems;

@RestController
class SegmentController {

  private final Segmenter segmenter;
  private final Languages languages;

  SegmentController(Segmenter segmenter, Languages languages) {
    this.segmenter = segmenter;
    this.languages = languages;
  }

  /** Cuts {@code text} into sentences; see the README for the fields. */
  @PostMapping("/api/v1/segment")
  SegmentResponse segment(@RequestBody SegmentRequest request) {
    if (request.text() == null
        || request.text().chars().allMatch(c -> TextParser.isBlank((char) c))) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST,
          "Empty text",
          "The field 'text' must hold the article to segment; it is missing or blank.");
    }
    Format format = request.format() == null ? Format.TEXT : Format.of(request.format());
    Language language = languages.require(request.lang() == null ? "en" : request.lang());
    SegmentedArticle article = segmenter.segment(request.text(), format, language);
    return new SegmentResponse(article.lang(), article.blocks().size(), article.segments());
  }

  /**
   * @param text the article
   * @param format text (default), markdown or html
   * @param lang the article's language, en by default
   */
  record SegmentRequest(String text, String format, String lang) {}

  record SegmentResponse(String lang, int blocks, List<Segment> segments) {}
}
