package org.tarjuma.engine.openai;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
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

/** An OpenAI-compatible chat server; see the package documentation for the contract. */
final class ChatEngine extends ProviderEngine {

  static final String PROVIDER = "chat server";
  private static final int ROUNDS = 3;

  private final EngineSettings settings;
  private final Map<String, String> languageNames;
  private final HttpTransport http;
  private final URI endpoint;
  private final AtomicBoolean structured = new AtomicBoolean(true);

  ChatEngine(String id, EngineSettings settings, Map<String, String> languageNames) {
    super(
        id,
        new Capabilities(
            "openai",
            settings.model(),
            ownCodes(languageNames),
            new Capabilities.Limits(
                EngineSettings.lowered(20, settings.maxItems()),
                EngineSettings.lowered(8_000, settings.maxChars()),
                0,
                1,
                false),
            false,
            Capabilities.GlossaryMechanism.PROMPT,
            settings.pricePerMillionChars()));
    this.settings = settings;
    this.endpoint = endpoint(settings);
    this.languageNames = Map.copyOf(languageNames);
    this.http = new HttpTransport(PROVIDER + " " + id, settings);
  }

  /** The model is told languages by name; our codes stand for themselves. */
  private static Map<String, String> ownCodes(Map<String, String> languageNames) {
    Map<String, String> codes = new LinkedHashMap<>();
    languageNames.keySet().forEach(code -> codes.put(code, code));
    return codes;
  }

  @Override
  public EngineResult translate(EngineRequest request) {
    String target = request.targets().getFirst();
    Map<Integer, EngineRequest.Item> missing = new LinkedHashMap<>();
    for (int i = 0; i < request.items().size(); i++) {
      missing.put(i + 1, request.items().get(i));
    }
    List<EngineResult.Translated> out = new ArrayList<>();
    long billed = 0;
    for (int round = 0; round < ROUNDS && !missing.isEmpty(); round++) {
      List<EngineRequest.Item> asked = List.copyOf(missing.values());
      billed += asked.stream().mapToLong(i -> i.text().length()).sum();
      Map<Integer, String> answer = ChatAnswer.parse(ask(target, asked));
      Map<Integer, EngineRequest.Item> stillMissing = new LinkedHashMap<>();
      for (int n = 1; n <= asked.size(); n++) {
        String text = answer.get(n);
        if (text == null) {
          stillMissing.put(n, asked.get(n - 1));
        } else {
          out.add(new EngineResult.Translated(asked.get(n - 1).id(), target, text));
        }
      }
      if (stillMissing.size() == asked.size() && round == ROUNDS - 1 && out.isEmpty()) {
        throw new EngineException(
            Failure.RETRYABLE, PROVIDER + " " + id() + " answered no usable translation");
      }
      missing = renumber(stillMissing);
    }
    return new EngineResult(out, billed);
  }

  private static Map<Integer, EngineRequest.Item> renumber(Map<Integer, EngineRequest.Item> items) {
    Map<Integer, EngineRequest.Item> out = new LinkedHashMap<>();
    items.values().forEach(item -> out.put(out.size() + 1, item));
    return out;
  }

  private String ask(String target, List<EngineRequest.Item> items) {
    String system = systemPrompt(target, items);
    List<String> texts = items.stream().map(EngineRequest.Item::text).toList();
    boolean schema = structured.get();
    Reply reply = post(ChatRequest.body(settings.model(), system, texts, schema));
    if (schema && ChatRequest.refusesFormat(reply)) {
      // This server has no constrained decoding: ask without it from now on.
      structured.set(false);
      reply = post(ChatRequest.body(settings.model(), system, texts, false));
    }
    if (!reply.ok()) {
      throw failure(reply);
    }
    // Only the content is the answer: reasoning_content (llama.cpp, older vLLM) and reasoning
    // (Ollama, vLLM) hold the model's thinking, and usage is not read (billing is by characters).
    JsonNode content = reply.json().path("choices").path(0).path("message").path("content");
    return content.isString() ? content.asString() : null;
  }

  private Reply post(String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    if (settings.key() != null) {
      headers.put("Authorization", "Bearer " + settings.key());
    }
    return http.post(endpoint, headers, body);
  }

  /** The completions URL; a base given with /v1, as OpenAI clients take it, counts once. */
  private static URI endpoint(EngineSettings settings) {
    String base = settings.base().toString();
    if (base.endsWith("/v1")) {
      base = base.substring(0, base.length() - "/v1".length());
    }
    return URI.create(base + "/v1/chat/completions");
  }

  String systemPrompt(String target, List<EngineRequest.Item> items) {
    String language = languageNames.get(target);
    StringBuilder prompt =
        new StringBuilder()
            .append("You are a professional news translator. Translate each numbered English ")
            .append("segment into ")
            .append(language)
            .append(". The user sends a JSON object of segments by number. Answer with one JSON ")
            .append("object only, with the same numbers as keys and the translations as values, ")
            .append("for example {\"1\": \"...\", \"2\": \"...\"}. Translate every segment on its ")
            .append("own: never merge, split or skip one. Keep tags such as <1>, </1> and <2/> ")
            .append("and placeholders such as ⟦1⟧ exactly as they are. Keep every number.");
    Map<String, String> terms = new LinkedHashMap<>();
    for (EngineRequest.Item item : items) {
      for (EngineRequest.TermHint term : item.terms()) {
        String form = term.forms().get(target);
        if (form != null) {
          List<String> inflected = term.inflected().getOrDefault(target, List.of());
          terms.putIfAbsent(
              term.source(),
              inflected.isEmpty()
                  ? form
                  : form
                      + " (inflected as the sentence needs: "
                      + String.join("، ", inflected)
                      + ")");
        }
      }
    }
    if (!terms.isEmpty()) {
      prompt
          .append(" Use these ")
          .append(language)
          .append(" forms for these terms, in the grammatical form the sentence needs")
          .append(" (case, number, ezafe), and no other word for them:");
      terms.forEach(
          (source, form) -> prompt.append("\n- ").append(source).append(" → ").append(form));
    }
    return prompt.toString();
  }

  static EngineException failure(Reply reply) {
    String message = ChatRequest.message(reply);
    if ("insufficient_quota".equals(reply.field("error", "code"))
        || "insufficient_quota".equals(reply.field("error", "type"))) {
      return reply.failure(Failure.QUOTA_EXHAUSTED, message);
    }
    return reply.failure(message);
  }
}
