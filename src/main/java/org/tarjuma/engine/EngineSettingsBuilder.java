package org.tarjuma.engine;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Settings by name instead of by position. Each method sets the component of the same name (see the
 * record's parameters) and returns this builder; what is never set, set to null or, for a text,
 * blank, takes the record's default. Not thread-safe; meant to be used where the settings are made.
 */
public final class EngineSettingsBuilder {

  private final String type;
  private String baseUrl;
  private String key;
  private String secret;
  private String region;
  private String project;
  private String location;
  private String model;
  private String glossary;
  private Duration timeout;
  private Integer maxConcurrency;
  private Integer maxItems;
  private Integer maxChars;
  private BigDecimal pricePerMillionChars;
  private String credentials;
  private Integer maxAnswerRatio;

  EngineSettingsBuilder(String type) {
    this.type = type;
  }

  public EngineSettingsBuilder baseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
    return this;
  }

  public EngineSettingsBuilder key(String key) {
    this.key = key;
    return this;
  }

  public EngineSettingsBuilder secret(String secret) {
    this.secret = secret;
    return this;
  }

  public EngineSettingsBuilder region(String region) {
    this.region = region;
    return this;
  }

  public EngineSettingsBuilder project(String project) {
    this.project = project;
    return this;
  }

  public EngineSettingsBuilder location(String location) {
    this.location = location;
    return this;
  }

  public EngineSettingsBuilder model(String model) {
    this.model = model;
    return this;
  }

  public EngineSettingsBuilder glossary(String glossary) {
    this.glossary = glossary;
    return this;
  }

  public EngineSettingsBuilder timeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  public EngineSettingsBuilder maxConcurrency(int maxConcurrency) {
    this.maxConcurrency = maxConcurrency;
    return this;
  }

  public EngineSettingsBuilder maxItems(int maxItems) {
    this.maxItems = maxItems;
    return this;
  }

  public EngineSettingsBuilder maxChars(int maxChars) {
    this.maxChars = maxChars;
    return this;
  }

  public EngineSettingsBuilder pricePerMillionChars(BigDecimal pricePerMillionChars) {
    this.pricePerMillionChars = pricePerMillionChars;
    return this;
  }

  public EngineSettingsBuilder maxAnswerRatio(int maxAnswerRatio) {
    this.maxAnswerRatio = maxAnswerRatio;
    return this;
  }

  public EngineSettingsBuilder credentials(String credentials) {
    this.credentials = credentials;
    return this;
  }

  /**
   * The settings, with the record's defaults for what was not set; never null. Nothing is validated
   * here: a factory's {@code problems} does that when the application starts.
   */
  public EngineSettings build() {
    return new EngineSettings(
        type,
        baseUrl,
        key,
        secret,
        region,
        project,
        location,
        model,
        glossary,
        timeout,
        maxConcurrency,
        maxItems,
        maxChars,
        pricePerMillionChars,
        credentials,
        maxAnswerRatio);
  }
}
