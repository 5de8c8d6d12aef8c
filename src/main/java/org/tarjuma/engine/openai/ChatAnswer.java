package org.tarjuma.engine.openai;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the numbered translations out of a chat model's answer, however it wrapped them: code
 * fences, prose before and after, thinking (a {@code <think>} block; or only its {@code </think>}
 * when the chat template opened it; or a {@code <think>} cut off before it closed), an object by
 * number, an array, a {@code translations} member. Numbers start at 1. Blank values count as
 * missing.
 */
final class ChatAnswer {

  private static final JsonMapper LENIENT =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .build();
  private static final String THINK_OPEN = "<think>";
  private static final String THINK_CLOSE = "</think>";
  private static final Pattern THINK = Pattern.compile("(?s)<think>.*?</think>");
  private static final Pattern FENCE = Pattern.compile("(?s)```[a-zA-Z]*\\s*(.*?)```");
  // A key's number: at most nine digits, so it is an int; a longer one is no item of ours.
  private static final Pattern NUMBER = Pattern.compile("\\D*0*(\\d{1,9})\\D*");

  private ChatAnswer() {}

  /** The translations found, by number; empty when the answer holds none. */
  static Map<Integer, String> parse(String content) {
    if (content == null) {
      return Map.of();
    }
    String text = withoutThinking(content);
    Matcher fence = FENCE.matcher(text);
    if (fence.find()) {
      text = fence.group(1);
    }
    JsonNode node = firstJson(text);
    Map<Integer, String> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    if (node.isObject() && node.has("translations")) {
      node = node.get("translations");
    }
    if (node.isObject()) {
      for (var field : node.properties()) {
        Matcher number = NUMBER.matcher(field.getKey());
        if (number.matches()) {
          put(out, Integer.parseInt(number.group(1)), field.getValue());
        }
      }
    } else if (node.isArray()) {
      int position = 1;
      for (JsonNode element : node) {
        if (element.isObject()) {
          JsonNode id = first(element, "id", "n", "number", "index");
          JsonNode value = first(element, "text", "translation", "target");
          if (value != null) {
            put(out, id != null && id.canConvertToInt() ? id.asInt() : position, value);
          }
        } else {
          put(out, position, element);
        }
        position++;
      }
    }
    return out;
  }

  /** The text outside the model's thinking, which may hold drafts that are not the answer. */
  static String withoutThinking(String content) {
    String text = THINK.matcher(content).replaceAll("");
    int close = text.lastIndexOf(THINK_CLOSE);
    if (close >= 0) {
      text = text.substring(close + THINK_CLOSE.length());
    }
    int open = text.indexOf(THINK_OPEN);
    return open >= 0 ? text.substring(0, open) : text;
  }

  private static void put(Map<Integer, String> out, int number, JsonNode value) {
    if (value.isString() && !value.asString().isBlank()) {
      out.putIfAbsent(number, value.asString().strip());
    }
  }

  private static JsonNode first(JsonNode node, String... names) {
    for (String name : names) {
      if (node.has(name)) {
        return node.get(name);
      }
    }
    return null;
  }

  /** The first parseable JSON object or array in the text, trying each opening bracket. */
  private static JsonNode firstJson(String text) {
    for (int start = 0; start < text.length(); start++) {
      char c = text.charAt(start);
      if (c != '{' && c != '[') {
        continue;
      }
      char close = c == '{' ? '}' : ']';
      int end = text.lastIndexOf(close);
      while (end > start) {
        try {
          return LENIENT.readTree(text.substring(start, end + 1));
        } catch (JacksonException e) {
          end = text.lastIndexOf(close, end - 1);
        }
      }
    }
    return null;
  }
}
