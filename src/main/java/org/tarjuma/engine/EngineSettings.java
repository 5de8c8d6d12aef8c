package org.tarjuma.engine;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of one configured engine, {@code tarjuma.engines.<name>.*}. Which of them a type
 * needs is checked by its factory when the application starts. {@link #toString()} never shows
 * {@code key} or {@code secret}.
 *
 * <p>Spring binds the properties through the canonical constructor, whose component names are the
 * property names ({@code maxConcurrency} is {@code max-concurrency}). Code builds settings by name
 * with {@link #builder(String)}: {@code
 * EngineSettings.builder("deepl").baseUrl(url).key(key).maxConcurrency(4).build()}. Either way an
 * absent or blank text is null, and an absent number takes the default given below.
 *
 * @param type the provider type: azure, google, amazon, deepl, libretranslate, openai, memory
 * @param baseUrl where the provider listens, e.g. {@code
 *     https://api.cognitive.microsofttranslator.com}
 * @param key the key or token (Azure subscription key, DeepL auth key, Google access token, Amazon
 *     access key id, LibreTranslate api_key, a chat server's bearer key)
 * @param secret Amazon's secret access key; unused elsewhere
 * @param region Azure resource region or AWS region
 * @param project Google Cloud project id or number
 * @param location Google Cloud location, {@code global} by default
 * @param model chat model name, or the provider's model/category where it has one
 * @param glossary a provider-side glossary: Google glossary id, Amazon terminology name
 * @param timeout how long one request may take, 10s by default
 * @param maxConcurrency requests in flight at once, 8 by default
 * @param maxItems lowers the provider's texts-per-request limit (0: the provider's own)
 * @param maxChars lowers the provider's characters-per-request limit (0: the provider's own)
 * @param pricePerMillionChars what a million billed characters cost
 * @param credentials a file of the provider's own credentials: a Google service-account key
 * @param maxAnswerRatio how many times the characters of its request an answer may be, 20 by
 *     default (never less than 256 KiB): a longer one fails that request and the next engine tries
 */
public record EngineSettings(
    String type,
    String baseUrl,
    String key,
    String secret,
    String region,
    String project,
    String location,
    String model,
    String glossary,
    Duration timeout,
    Integer maxConcurrency,
    Integer maxItems,
    Integer maxChars,
    BigDecimal pricePerMillionChars,
    String credentials,
    Integer maxAnswerRatio) {

  public EngineSettings {
    type = blankToNull(type);
    baseUrl = blankToNull(baseUrl);
    key = blankToNull(key);
    secret = blankToNull(secret);
    region = blankToNull(region);
    project = blankToNull(project);
    location = blankToNull(location);
    model = blankToNull(model);
    glossary = blankToNull(glossary);
    timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    maxConcurrency = maxConcurrency == null ? 8 : maxConcurrency;
    maxItems = maxItems == null ? 0 : maxItems;
    maxChars = maxChars == null ? 0 : maxChars;
    pricePerMillionChars = pricePerMillionChars == null ? BigDecimal.ZERO : pricePerMillionChars;
    credentials = blankToNull(credentials);
    maxAnswerRatio = maxAnswerRatio == null ? 20 : maxAnswerRatio;
  }

  /**
   * Settings of the given type with only an address and a key, defaults for the rest; the short
   * form of {@code builder(type).baseUrl(baseUrl).key(key).build()}.
   */
  public static EngineSettings of(String type, String baseUrl, String key) {
    return builder(type).baseUrl(baseUrl).key(key).build();
  }

  /**
   * A builder of settings of {@code type} (which may be null, as when the property is missing);
   * what is not set takes the same default as an absent property.
   */
  public static EngineSettingsBuilder builder(String type) {
    return new EngineSettingsBuilder(type);
  }

  /** The base URL without a trailing slash. */
  public URI base() {
    return URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
  }

  /** {@code limit} lowered to {@code override} when one is set. */
  public static int lowered(int limit, int override) {
    return override > 0 && (limit == 0 || override < limit) ? override : limit;
  }

  /**
   * Problems common to every type that calls out, one line each naming the property: a base URL
   * that is not http(s), a key when {@code keyRequired}, a timeout or concurrency out of range.
   */
  public List<String> commonProblems(String name, boolean keyRequired) {
    List<String> problems = new ArrayList<>();
    String prefix = "tarjuma.engines." + name + ".";
    if (baseUrl == null) {
      problems.add(prefix + "base-url is missing: set the provider's address");
    } else {
      try {
        URI uri = URI.create(baseUrl);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
            || uri.getHost() == null) {
          problems.add(prefix + "base-url must be an http(s) URL, not " + baseUrl);
        }
      } catch (IllegalArgumentException e) {
        problems.add(prefix + "base-url must be an http(s) URL, not " + baseUrl);
      }
    }
    if (keyRequired && key == null) {
      problems.add(
          prefix
              + "key is missing: set it, or the environment variable "
              + "TARJUMA_ENGINES_"
              + name.toUpperCase().replace('-', '_')
              + "_KEY");
    }
    problems.addAll(limitProblems(name));
    return problems;
  }

  /** Problems with timeout, concurrency and limit overrides. */
  public List<String> limitProblems(String name) {
    List<String> problems = new ArrayList<>();
    String prefix = "tarjuma.engines." + name + ".";
    if (timeout.isNegative() || timeout.isZero()) {
      problems.add(prefix + "timeout must be positive, not " + timeout);
    }
    if (maxConcurrency < 1) {
      problems.add(prefix + "max-concurrency must be at least 1, not " + maxConcurrency);
    }
    if (maxItems < 0 || maxChars < 0) {
      problems.add(prefix + "max-items and max-chars cannot be negative");
    }
    if (maxAnswerRatio < 1) {
      problems.add(prefix + "max-answer-ratio must be at least 1, not " + maxAnswerRatio);
    }
    if (pricePerMillionChars.signum() < 0) {
      problems.add(prefix + "price-per-million-chars cannot be negative");
    }
    return problems;
  }

  @Override
  public String toString() {
    return "EngineSettings[type=%s, baseUrl=%s, key=%s, secret=%s, region=%s, project=%s, location=%s, model=%s, glossary=%s, timeout=%s, maxConcurrency=%d]"
        .formatted(
            type,
            baseUrl,
            key == null ? "none" : "(hidden)",
            secret == null ? "none" : "(hidden)",
            region,
            project,
            location,
            model,
            glossary,
            timeout,
            maxConcurrency);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
