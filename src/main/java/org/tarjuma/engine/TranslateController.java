package org.tarjuma.engine;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.tarjuma.engine.ShortTexts.TranslateRequest;
import org.tarjuma.engine.ShortTexts.TranslateResponse;
import org.tarjuma.security.Caller;

/** {@code POST /api/v1/translate}, for short texts. */
@RestController
class TranslateController {

  private final ShortTexts texts;

  TranslateController(ShortTexts texts) {
    this.texts = texts;
  }

  @PostMapping("/api/v1/translate")
  TranslateResponse translate(
      @RequestBody TranslateRequest request,
      @RequestHeader(name = "X-Tarjuma-Outlet", required = false) String outlet) {
    return texts.translate(request, Caller.current().map(c -> c.actingFor(outlet)).orElse(outlet));
  }
}
