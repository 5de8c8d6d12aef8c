package org.tarjuma.engine.azure;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import tools.jackson.databind.node.ArrayNode;

/** Azure AI Translator v3.0 over HTTP; see the package documentation for the contract. */
final class AzureEngine extends ProviderEngine {

  static final String PROVIDER = "Azure Translator";

  private final EngineSettings settings;
  private final HttpTransport http;

  AzureEngine(String id, EngineSettings settings, Map<String, String> codes) {
    super(
        id,
        new Capabilities(
            "azure",
            "v3.0" + (settings.model() == null ? "" : "/" + settings.model()),
            codes,
            new Capabilities.Limits(
                EngineSettings.lowered(1000, settings.maxItems()),
                EngineSettings.lowered(50_000, settings.maxChars()),
                0,
                codes.size(),
                true),
            true,
            Capabilities.GlossaryMechanism.INLINE_MARKUP,
            settings.pricePerMillionChars()));
    this.settings = settings;
    this.http = new HttpTransport(PROVIDER, settings);
  }

  @Override
  public EngineResult translate(EngineRequest request) {
    Map<String, String> ours = new LinkedHashMap<>();
    StringBuilder query = new StringBuilder("?api-version=3.0&from=").append(request.source());
    for (String target : request.targets()) {
      String code = code(target);
      ours.put(code, target);
      query.append("&to=").append(encode(code));
    }
    if (request.type() == EngineRequest.TextType.HTML) {
      query.append("&textType=html");
    }
    if (settings.model() != null) {
      query.append("&category=").append(encode(settings.model()));
    }
    ArrayNode body = Reply.JSON.createArrayNode();
    request.items().forEach(item -> body.addObject().put("Text", item.text()));

    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json; charset=UTF-8");
    headers.put("Ocp-Apim-Subscription-Key", settings.key());
    if (settings.region() != null) {
      headers.put("Ocp-Apim-Subscription-Region", settings.region());
    }
    headers.put("X-ClientTraceId", UUID.randomUUID().toString());
    Reply reply =
        http.post(URI.create(settings.base() + "/translate" + query), headers, body.toString());
    if (!reply.ok()) {
      throw failure(reply);
    }
    return parse(reply, request, ours);
  }

  private static EngineResult parse(
      Reply reply, EngineRequest request, Map<String, String> targetByCode) {
    JsonNode results = reply.json();
    if (!results.isArray() || results.size() != request.items().size()) {
      throw new EngineException(
          Failure.RETRYABLE,
          PROVIDER
              + " answered "
              + (results.isArray() ? results.size() : 0)
              + " results for "
              + request.items().size()
              + " texts");
    }
    List<EngineResult.Translated> out = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      String itemId = request.items().get(i).id();
      for (JsonNode t : results.get(i).path("translations")) {
        String target = targetByCode.get(t.path("to").asString());
        if (target != null && t.path("text").isString()) {
          out.add(new EngineResult.Translated(itemId, target, t.path("text").asString()));
        }
      }
    }
    return new EngineResult(out, request.characters() * request.targets().size());
  }

  static EngineException failure(Reply reply) {
    String message = reply.field("error", "message");
    String code = reply.field("error", "code");
    Failure kind =
        switch (code) {
          case "403001" -> Failure.QUOTA_EXHAUSTED;
          case "400019", "400023", "400036" -> Failure.UNSUPPORTED_LANGUAGE;
          default ->
              code.startsWith("401") || code.equals("403000") ? Failure.AUTHENTICATION : null;
        };
    String detail = code.isEmpty() ? message : code + " " + message;
    return kind == null ? reply.failure(detail) : reply.failure(kind, detail);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
