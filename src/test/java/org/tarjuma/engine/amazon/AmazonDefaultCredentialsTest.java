package org.tarjuma.engine.amazon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarjuma.engine.Capabilities;
import org.tarjuma.engine.EngineSettings;
import org.tarjuma.engine.EngineTesting;
import org.tarjuma.engine.TranslationEngine;
import org.tarjuma.testing.ChildJvm;
import org.tarjuma.testing.Fixtures;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/** Amazon without key and secret: the AWS SDK's default credentials chain signs each request. */
class AmazonDefaultCredentialsTest {

  private static final String URDU = "آئی ایس پی آر نے پیر کو کہا۔";
  // What a child JVM must not inherit from the machine running the tests.
  private static final List<String> AWS = List.of("AWS_");
  private static final Map<String, String> NO_FILES_NO_ROLE =
      Map.of(
          "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/aws/credentials",
          "AWS_CONFIG_FILE", "/nonexistent/aws/config",
          "AWS_EC2_METADATA_DISABLED", "true");

  private WireMockServer wiremock;

  @BeforeEach
  void startWireMock() {
    wiremock = new WireMockServer(options().dynamicPort());
    wiremock.start();
    wiremock.stubFor(
        post(urlEqualTo("/"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/x-amz-json-1.1")
                    .withBody(Fixtures.resource("/engine/amazon/translate-ur.json"))));
  }

  @AfterEach
  void stopWireMock() {
    wiremock.stop();
  }

  private String baseUrl() {
    return "http://localhost:" + wiremock.port();
  }

  @Test
  void neitherKeyNorSecretIsNoProblemButOneWithoutTheOtherIs() {
    AmazonEngineFactory factory = new AmazonEngineFactory(Fixtures.LANGUAGES);
    assertThat(factory.problems("aws", EngineSettings.of("amazon", baseUrl(), null))).isEmpty();
    assertThat(
            factory.problems(
                "aws", EngineSettings.builder("amazon").baseUrl(baseUrl()).key("AKID").build()))
        .containsExactly(
            "tarjuma.engines.aws.secret is missing: set the AWS secret access key, or neither key"
                + " nor secret for the AWS default credentials chain");
    assertThat(
            factory.problems(
                "aws", EngineSettings.builder("amazon").baseUrl(baseUrl()).secret("s").build()))
        .containsExactly(
            "tarjuma.engines.aws.key is missing: set it, or the environment variable"
                + " TARJUMA_ENGINES_AWS_KEY");
  }

  @Test
  void signsWithTheEnvironmentsKeyAndSendsItsSessionToken() {
    Map<String, String> environment = new java.util.HashMap<>(NO_FILES_NO_ROLE);
    environment.put("AWS_ACCESS_KEY_ID", "ASIAENVIRONMENT00001");
    environment.put("AWS_SECRET_ACCESS_KEY", "environment-secret-0001");
    environment.put("AWS_SESSION_TOKEN", "FwoGZXIvYXdzEnvironmentToken");

    ChildJvm.Outcome outcome = ChildJvm.run(Probe.class, AWS, environment, baseUrl());

    assertThat(outcome.line("translated: ")).as(outcome.output()).isEqualTo(URDU);
    wiremock.verify(
        1,
        postRequestedFor(urlEqualTo("/"))
            .withHeader(
                "Authorization",
                matching(
                    "AWS4-HMAC-SHA256 Credential=ASIAENVIRONMENT00001/\\d{8}/eu-west-1/translate/"
                        + "aws4_request, SignedHeaders=.*x-amz-security-token.* Signature=[0-9a-f]{64}"))
            .withHeader("X-Amz-Security-Token", equalTo("FwoGZXIvYXdzEnvironmentToken")));
  }

  @Test
  void noCredentialsAnywhereStopsTheStartWithOneLineNamingTheSettings() {
    ChildJvm.Outcome outcome = ChildJvm.run(Probe.class, AWS, NO_FILES_NO_ROLE, baseUrl());

    assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
    assertThat(outcome.line("refused: "))
        .isEqualTo(
            "tarjuma.engines.aws.key and .secret are not set and the AWS default credentials chain"
                + " found none: set both, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a"
                + " profile or a role");
    assertThat(wiremock.getAllServeEvents()).isEmpty();
  }

  @Test
  void credentialsAreAskedForAgainForEachRequest() {
    AtomicInteger asked = new AtomicInteger();
    TranslationEngine engine =
        new AmazonEngine(
            "aws",
            settings(baseUrl()),
            Capabilities.targetCodes(Fixtures.LANGUAGES, "amazon"),
            () -> {
              int n = asked.incrementAndGet();
              return AwsSessionCredentialsIdentity.create(
                  "ASIAROTATED0000000" + n, "secret-" + n, "token-" + n);
            });

    engine.translate(EngineTesting.request("ur", "ISPR said on Monday."));
    engine.translate(EngineTesting.request("ur", "ISPR said on Monday."));

    List<LoggedRequest> sent = wiremock.findAll(postRequestedFor(urlEqualTo("/")));
    assertThat(sent)
        .extracting(r -> r.getHeader("X-Amz-Security-Token"))
        .containsExactly("token-1", "token-2");
    assertThat(sent.get(1).getHeader("Authorization")).contains("Credential=ASIAROTATED00000002/");
  }

  private static EngineSettings settings(String baseUrl) {
    return EngineSettings.builder("amazon")
        .baseUrl(baseUrl)
        .region("eu-west-1")
        .timeout(Duration.ofSeconds(5))
        .build();
  }

  /**
   * Makes an Amazon engine with neither key nor secret against the base URL given, and translates
   * one text: prints {@code translated: } and the answer, or {@code refused: } and why the engine
   * could not be made (exit code 1).
   */
  public static final class Probe {

    public static void main(String[] arguments) {
      TranslationEngine engine;
      try {
        engine = new AmazonEngineFactory(Fixtures.LANGUAGES).create("aws", settings(arguments[0]));
      } catch (IllegalStateException e) {
        System.out.println("refused: " + e.getMessage());
        System.exit(1);
        return;
      }
      String text =
          engine
              .translate(EngineTesting.request("ur", "ISPR said on Monday."))
              .translations()
              .getFirst()
              .text();
      System.out.println("translated: " + text);
    }
  }
}
