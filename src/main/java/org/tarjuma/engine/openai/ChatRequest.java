package org.tarjuma.engine.openai;

import java.util.List;
import java.util.Locale;
import org.tarjuma.engine.http.Reply;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of one chat completion, and how a server says it will not take its {@code
 * response_format}. The format is a JSON schema of the numbered answer (every number a required
 * string, nothing else), so that servers with constrained decoding (Ollama, llama.cpp, vLLM) cannot
 * skip or merge a number.
 */
final class ChatRequest {

  private ChatRequest() {}

  /** The body: model, temperature 0, no streaming, the two messages, and the schema when asked. */
  static String body(String model, String system, List<String> segments, boolean schema) {
    ObjectNode user = Reply.JSON.createObjectNode();
    for (int i = 0; i < segments.size(); i++) {
      user.put(Integer.toString(i + 1), segments.get(i));
    }
    ObjectNode body = Reply.JSON.createObjectNode();
    body.put("model", model);
    body.put("temperature", 0);
    body.put("stream", false);
    var messages = body.putArray("messages");
    messages.addObject().put("role", "system").put("content", system);
    messages.addObject().put("role", "user").put("content", user.toString());
    if (schema) {
      body.set("response_format", responseFormat(segments.size()));
    }
    return body.toString();
  }

  private static ObjectNode responseFormat(int count) {
    ObjectNode schema = Reply.JSON.createObjectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    var required = schema.putArray("required");
    for (int n = 1; n <= count; n++) {
      properties.putObject(Integer.toString(n)).put("type", "string");
      required.add(Integer.toString(n));
    }
    schema.put("additionalProperties", false);
    ObjectNode format = Reply.JSON.createObjectNode().put("type", "json_schema");
    format
        .putObject("json_schema")
        .put("name", "translations")
        .put("strict", true)
        .set("schema", schema);
    return format;
  }

  /**
   * Whether a failed reply refuses the {@code response_format} itself rather than the request: a
   * 400, 422 or 5xx whose message names {@code response_format}, {@code json_schema} or a schema
   * (an older llama.cpp answers 500 "response_format type must be one of \"text\" or
   * \"json_object\"").
   */
  static boolean refusesFormat(Reply reply) {
    int status = reply.status();
    if (reply.ok() || !(status == 400 || status == 422 || status >= 500)) {
      return false;
    }
    String said = message(reply).toLowerCase(Locale.ROOT);
    return said.contains("response_format") || said.contains("schema");
  }

  /** What the server said, in whichever of the three error dialects. */
  static String message(Reply reply) {
    String message = reply.field("error", "message");
    if (message.isEmpty()) {
      message = reply.field("error");
    }
    if (message.isEmpty()) {
      message = reply.field("message");
    }
    return message;
  }
}
