package org.tarjuma.engine.google;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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

/** Google Cloud Translation v3; see the package documentation for the contract. */
final class GoogleEngine extends ProviderEngine {

  static final String PROVIDER = "Google Cloud Translation";

  private final EngineSettings settings;
  private final HttpTransport http;
  private final String parent;
  private final String glossary;
  private final Supplier<String> tokens;

  GoogleEngine(String id, EngineSettings settings, Map<String, String> codes) {
    super(
        id,
        new Capabilities(
            "google",
            "v3" + (settings.model() == null ? "" : "/" + settings.model()),
            codes,
            new Capabilities.Limits(
                EngineSettings.lowered(1024, settings.maxItems()),
                EngineSettings.lowered(30_000, settings.maxChars()),
                0,
                1,
                false),
            true,
            settings.glossary() == null
                ? Capabilities.GlossaryMechanism.MASKING
                : Capabilities.GlossaryMechanism.RESOURCE,
            settings.pricePerMillionChars()));
    this.settings = settings;
    this.http = new HttpTransport(PROVIDER, settings);
    this.tokens = tokens(id, settings);
    String location = settings.location() == null ? "global" : settings.location();
    this.parent = "projects/" + settings.project() + "/locations/" + location;
    this.glossary =
        settings.glossary() == null || settings.glossary().startsWith("projects/")
            ? settings.glossary()
            : parent + "/glossaries/" + settings.glossary();
  }

  private static Supplier<String> tokens(String id, EngineSettings settings) {
    if (settings.credentials() != null) {
      return AccessTokens.serviceAccount(id, settings.credentials());
    }
    return settings.key() == null
        ? AccessTokens.applicationDefault(id)
        : AccessTokens.fixed(settings.key());
  }

  @Override
  public EngineResult translate(EngineRequest request) {
    String target = request.targets().getFirst();
    ObjectNode body = Reply.JSON.createObjectNode();
    request.items().forEach(item -> body.withArray("contents").add(item.text()));
    body.put(
        "mimeType", request.type() == EngineRequest.TextType.HTML ? "text/html" : "text/plain");
    body.put("sourceLanguageCode", "en");
    body.put("targetLanguageCode", code(target));
    if (settings.model() != null) {
      body.put(
          "model",
          settings.model().startsWith("projects/")
              ? settings.model()
              : parent + "/models/" + settings.model());
    }
    if (glossary != null) {
      body.putObject("glossaryConfig").put("glossary", glossary);
    }
    Reply reply =
        http.post(
            URI.create(settings.base() + "/v3/" + parent + ":translateText"),
            Map.of(
                "Authorization",
                "Bearer " + tokens.get(),
                "x-goog-user-project",
                settings.project(),
                "Content-Type",
                "application/json; charset=utf-8"),
            body.toString());
    if (!reply.ok()) {
      throw failure(reply);
    }
    JsonNode answer = reply.json();
    JsonNode translations =
        glossary != null && answer.has("glossaryTranslations")
            ? answer.path("glossaryTranslations")
            : answer.path("translations");
    List<String> texts = new ArrayList<>();
    translations.forEach(t -> texts.add(t.path("translatedText").asString()));
    List<EngineResult.Translated> out = inOrder(PROVIDER, request, texts);
    return new EngineResult(out, request.characters());
  }

  static EngineException failure(Reply reply) {
    String message = reply.field("error", "message");
    String status = reply.field("error", "status");
    String detail = status.isEmpty() ? message : status + " " + message;
    if (reply.status() == 403 && message.contains("Daily Limit Exceeded")) {
      return reply.failure(Failure.QUOTA_EXHAUSTED, detail);
    }
    if (reply.status() == 403
        && (message.contains("Rate Limit Exceeded") || message.contains("Quota exceeded"))) {
      return reply.failure(Failure.RETRYABLE, detail);
    }
    if (reply.status() == 400 && message.toLowerCase().contains("language")) {
      return reply.failure(Failure.UNSUPPORTED_LANGUAGE, detail);
    }
    return reply.failure(detail);
  }
}
