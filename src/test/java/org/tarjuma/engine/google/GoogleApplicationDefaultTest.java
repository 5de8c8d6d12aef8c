package org.tarjuma.engine.google;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.EngineTesting;
import org.tarjuma.engine.TranslationEngine;
import org.tarjuma.testing.ChildJvm;
import org.tarjuma.testing.Fixtures;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Google with neither key nor key file: Application Default Credentials mint the tokens. */
class GoogleApplicationDefaultTest {

  private static final String TRANSLATE =
      "/v3/projects/tarjuma-news/locations/global:translateText";
  // What a child JVM must not inherit from the machine running the tests.
  private static final List<String> GOOGLE = List.of("GOOGLE_", "CLOUDSDK_", "GCE_", "NO_GCE");

  @TempDir Path dir;
  private WireMockServer wiremock;

  @BeforeEach
  void startWireMock() {
    wiremock = new WireMockServer(options().dynamicPort());
    wiremock.start();
    wiremock.stubFor(
        post(urlPathEqualTo("/token"))
            .withRequestBody(
                containing("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer"))
            .willReturn(json(Fixtures.resource("/engine/google/token.json"))));
    wiremock.stubFor(
        post(urlPathEqualTo(TRANSLATE))
            .willReturn(json(Fixtures.resource("/engine/google/translate-ur.json"))));
  }

  @AfterEach
  void stopWireMock() {
    wiremock.stop();
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private String baseUrl() {
    return "http://localhost:" + wiremock.port();
  }

  @Test
  void neitherKeyNorKeyFileIsNoProblem() {
    assertThat(new GoogleEngineFactory(Fixtures.LANGUAGES).problems("google", settings(baseUrl())))
        .isEmpty();
  }

  @Test
  void translatesWithTheTokenMintedFromTheKeyFileTheEnvironmentNames() throws Exception {
    Path key = serviceAccountKey();
    Map<String, String> environment =
        Map.of(
            "GOOGLE_APPLICATION_CREDENTIALS", key.toString(),
            "CLOUDSDK_CONFIG", dir.resolve("gcloud").toString(),
            "NO_GCE_CHECK", "true");

    ChildJvm.Outcome outcome = ChildJvm.run(Probe.class, GOOGLE, environment, baseUrl());

    assertThat(outcome.line("translated: "))
        .as(outcome.output())
        .isEqualTo("آئی ایس پی آر نے پیر کو کہا۔");
    wiremock.verify(1, postRequestedFor(urlPathEqualTo("/token")));
    wiremock.verify(
        1,
        postRequestedFor(urlPathEqualTo(TRANSLATE))
            .withHeader("Authorization", equalTo("Bearer ya29.c.application-default-0001"))
            .withHeader("x-goog-user-project", equalTo("tarjuma-news")));
  }

  @Test
  void noCredentialsAnywhereStopsTheStartWithOneLineNamingTheSettings() {
    Map<String, String> environment =
        Map.of("CLOUDSDK_CONFIG", dir.resolve("gcloud").toString(), "NO_GCE_CHECK", "true");

    ChildJvm.Outcome outcome = ChildJvm.run(Probe.class, GOOGLE, environment, baseUrl());

    assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
    assertThat(outcome.line("refused: "))
        .isEqualTo(
            "tarjuma.engines.google.key and .credentials are not set and Google Application"
                + " Default Credentials found none: set one, or GOOGLE_APPLICATION_CREDENTIALS to"
                + " a key file");
    assertThat(wiremock.getAllServeEvents()).isEmpty();
  }

  /** A throwaway service-account key whose tokens come from WireMock. */
  private Path serviceAccountKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    ObjectNode key = JsonMapper.builder().build().createObjectNode();
    key.put("type", "service_account");
    key.put("project_id", "tarjuma-news");
    key.put("private_key_id", "k1");
    key.put("private_key", pem);
    key.put("client_email", "translator@tarjuma-news.iam.gserviceaccount.com");
    key.put("client_id", "1");
    key.put("token_uri", baseUrl() + "/token");
    Path file = dir.resolve("application-default.json");
    Files.writeString(file, key.toString());
    return file;
  }

  private static EngineSettings settings(String baseUrl) {
    return EngineSettings.builder("google")
        .baseUrl(baseUrl)
        .project("tarjuma-news")
        .timeout(Duration.ofSeconds(5))
        .build();
  }

  /**
   * Makes a Google engine with neither key nor key file against the base URL given, and translates
   * two texts: prints {@code translated: } and the first answer, or {@code refused: } and why the
   * engine could not be made (exit code 1).
   */
  public static final class Probe {

    public static void main(String[] arguments) {
      TranslationEngine engine;
      try {
        engine =
            new GoogleEngineFactory(Fixtures.LANGUAGES).create("google", settings(arguments[0]));
      } catch (IllegalStateException e) {
        System.out.println("refused: " + e.getMessage());
        System.exit(1);
        return;
      }
      String text =
          engine
              .translate(EngineTesting.request("ur", "ISPR said on Monday.", "The talks ended."))
              .translations()
              .getFirst()
              .text();
      System.out.println("translated: " + text);
    }
  }
}
