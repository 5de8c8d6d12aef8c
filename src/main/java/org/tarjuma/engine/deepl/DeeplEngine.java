package org.tarjuma.engine.deepl;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tarjuma.engine.Capabilities;
import org.tarjuma.engine.EngineException;
import org.tarjuma.engine.EngineException.Failure;
import org.tarjuma.engine.EngineRequest;
import org.tarjuma.engine.EngineResult;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.http.HttpTransport;
import org.tarjuma.engine.http.ProviderEngine;
import org.tarjuma.engine.http.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** DeepL's {@code /v2/translate}; see the package documentation for the contract. */
final class DeeplEngine extends ProviderEngine {

  static final String PROVIDER = "DeepL";
  // 128 KiB of body, less room for the JSON around the texts and its escapes.
  private static final int MAX_TEXT_BYTES = 120_000;

  private final EngineSettings settings;
  private final HttpTransport http;

  DeeplEngine(String id, EngineSettings settings, Map<String, String> codes) {
    super(
        id,
        new Capabilities(
            "deepl",
            "v2" + (settings.model() == null ? "" : "/" + settings.model()),
            codes,
            new Capabilities.Limits(
                EngineSettings.lowered(50, settings.maxItems()),
                settings.maxChars(),
                MAX_TEXT_BYTES,
                1,
                false),
            false,
            Capabilities.GlossaryMechanism.MASKING,
            settings.pricePerMillionChars()));
    this.settings = settings;
    this.http = new HttpTransport(PROVIDER, settings);
  }

  @Override
  public EngineResult translate(EngineRequest request) {
    String target = request.targets().getFirst();
    ObjectNode body = Reply.JSON.createObjectNode();
    request.items().forEach(item -> body.withArray("text").add(item.text()));
    body.put("source_lang", "EN");
    body.put("target_lang", code(target));
    body.put("show_billed_characters", true);
    if (settings.model() != null) {
      body.put("model_type", settings.model());
    }
    Reply reply =
        http.post(
            URI.create(settings.base() + "/v2/translate"),
            Map.of(
                "Authorization", "DeepL-Auth-Key " + settings.key(),
                "Content-Type", "application/json",
                "User-Agent", "Tarjuma/0.1"),
            body.toString());
    if (!reply.ok()) {
      throw failure(reply);
    }
    JsonNode translations = reply.json().path("translations");
    List<String> texts = new ArrayList<>();
    long billed = 0;
    boolean counted = true;
    for (JsonNode t : translations) {
      texts.add(t.path("text").asString());
      counted &= t.has("billed_characters");
      billed += t.path("billed_characters").asLong(0);
    }
    List<EngineResult.Translated> out = inOrder(PROVIDER, request, texts);
    return new EngineResult(out, counted ? billed : request.characters());
  }

  static EngineException failure(Reply reply) {
    String message = reply.field("message");
    if (reply.status() == 400 && message.contains("target_lang")) {
      return reply.failure(Failure.UNSUPPORTED_LANGUAGE, message);
    }
    return reply.failure(message);
  }
}
