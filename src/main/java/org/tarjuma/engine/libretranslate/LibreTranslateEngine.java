package org.tarjuma.engine.libretranslate;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/** A LibreTranslate server; see the package documentation for the contract. */
final class LibreTranslateEngine extends ProviderEngine {

  static final String PROVIDER = "LibreTranslate";

  private final EngineSettings settings;
  private final HttpTransport http;

  private LibreTranslateEngine(
      String id, EngineSettings settings, HttpTransport http, Map<String, String> served) {
    super(
        id,
        new Capabilities(
            "libretranslate",
            "argos",
            served,
            new Capabilities.Limits(
                EngineSettings.lowered(50, settings.maxItems()),
                EngineSettings.lowered(20_000, settings.maxChars()),
                0,
                1,
                false),
            true,
            Capabilities.GlossaryMechanism.MASKING,
            settings.pricePerMillionChars()));
    this.settings = settings;
    this.http = http;
  }

  /**
   * Asks the server what it translates English into and keeps those of {@code codes}.
   *
   * @throws IllegalStateException when the server cannot tell
   */
  static LibreTranslateEngine connect(
      String id, EngineSettings settings, Map<String, String> codes) {
    HttpTransport http = new HttpTransport(PROVIDER, settings);
    URI uri = URI.create(settings.base() + "/languages");
    List<String> targets = new ArrayList<>();
    try {
      Reply reply = http.get(uri, Map.of("Accept", "application/json"));
      if (!reply.ok()) {
        throw reply.failure(reply.field("error"));
      }
      for (JsonNode language : reply.json()) {
        if ("en".equals(language.path("code").asString())) {
          language.path("targets").forEach(t -> targets.add(t.asString()));
        }
      }
    } catch (EngineException e) {
      throw new IllegalStateException(
          "tarjuma.engines."
              + id
              + ": could not read the languages of "
              + uri
              + ": "
              + e.getMessage(),
          e);
    }
    Map<String, String> served = new LinkedHashMap<>();
    codes.forEach(
        (ours, theirs) -> {
          if (targets.contains(theirs)) {
            served.put(ours, theirs);
          }
        });
    return new LibreTranslateEngine(id, settings, http, served);
  }

  @Override
  public EngineResult translate(EngineRequest request) {
    String target = request.targets().getFirst();
    ObjectNode body = Reply.JSON.createObjectNode();
    request.items().forEach(item -> body.withArray("q").add(item.text()));
    body.put("source", "en");
    body.put("target", code(target));
    body.put("format", request.type() == EngineRequest.TextType.HTML ? "html" : "text");
    if (settings.key() != null) {
      body.put("api_key", settings.key());
    }
    Reply reply =
        http.post(
            URI.create(settings.base() + "/translate"),
            Map.of("Content-Type", "application/json", "Accept", "application/json"),
            body.toString());
    if (!reply.ok()) {
      throw failure(reply);
    }
    JsonNode translated = reply.json().path("translatedText");
    List<String> texts = new ArrayList<>();
    if (translated.isString()) {
      texts.add(translated.asString());
    } else {
      translated.forEach(t -> texts.add(t.asString()));
    }
    List<EngineResult.Translated> out = inOrder(PROVIDER, request, texts);
    return new EngineResult(out, request.characters());
  }

  static EngineException failure(Reply reply) {
    String message = reply.field("error");
    if (reply.status() == 400
        && (message.endsWith("is not supported") || message.contains("not available as a target"))
        && !message.contains("format")) {
      return reply.failure(Failure.UNSUPPORTED_LANGUAGE, message);
    }
    if (message.contains("get an API key")) {
      return reply.failure(Failure.AUTHENTICATION, message);
    }
    if (reply.status() == 403 && message.contains("Too many request limits")) {
      return reply.failure(Failure.QUOTA_EXHAUSTED, message);
    }
    return reply.failure(message);
  }
}
