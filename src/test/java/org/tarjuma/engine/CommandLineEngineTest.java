package org.tarjuma.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tarjuma.testing.ApiClient.assertProblem;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.tarjuma.Tarjuma;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.Fixtures;
import tools.jackson.databind.JsonNode;

/**
 * The "done when": an engine configured only by command-line properties (and its key by an
 * environment variable) against a local stand-in server translates a sentence with ISPR and the
 * Durand Line into Urdu, Pashto and Dari with the glossary's forms; bad configuration stops the
 * start with one line per problem; the key is never logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineEngineTest {

  private static final String KEY = "standin-key-0d5e2a7c91";
  private WireMockServer standIn;

  @BeforeEach
  void start() {
    standIn = new WireMockServer(options().dynamicPort());
    standIn.start();
    for (String lang : new String[] {"ur", "ps", "prs"}) {
      String language =
          Map.of("ur", "Urdu (اردو)", "ps", "Pashto (پښتو)", "prs", "Dari (Afghan Persian, دری)")
              .get(lang);
      standIn.stubFor(
          post(urlPathEqualTo("/v1/chat/completions"))
              .withHeader("Authorization", equalTo("Bearer " + KEY))
              .withRequestBody(containing(language))
              .willReturn(
                  aResponse()
                      .withHeader("Content-Type", "application/json")
                      .withBody(Fixtures.resource("/engine/openai/standin-" + lang + ".json"))));
    }
  }

  @AfterEach
  void stop() {
    standIn.stop();
  }

  private ConfigurableApplicationContext run(Map<String, Object> environment, String... args) {
    SpringApplication app = new SpringApplication(Tarjuma.class);
    StandardEnvironment env = new StandardEnvironment();
    env.getPropertySources()
        .replace(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
    app.setEnvironment(env);
    return app.run(args);
  }

  private String[] args(String... engine) {
    String[] common = {
      "--server.port=0",
      "--spring.datasource.url=jdbc:h2:mem:cli-"
          + System.nanoTime()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
    };
    String[] all = new String[common.length + engine.length];
    System.arraycopy(common, 0, all, 0, common.length);
    System.arraycopy(engine, 0, all, common.length, engine.length);
    return all;
  }

  @Test
  void translatesWithAnEngineSetOnTheCommandLine(CapturedOutput output) {
    try (ConfigurableApplicationContext context =
        run(
            Map.of("TARJUMA_ENGINES_STANDIN_KEY", KEY),
            args(
                "--tarjuma.engines.standin.type=openai",
                "--tarjuma.engines.standin.base-url=http://localhost:" + standIn.port(),
                "--tarjuma.engines.standin.model=aya-expanse:8b",
                "--tarjuma.routing.ur=standin",
                "--tarjuma.routing.ps=standin",
                "--tarjuma.routing.prs=standin"))) {
      ApiClient api =
          new ApiClient(((WebServerApplicationContext) context).getWebServer().getPort());

      JsonNode translations =
          ApiClient.json(
                  api.post(
                      "/api/v1/translate",
                      "{\"text\": \"ISPR said an attack near the Durand Line killed 12 soldiers.\","
                          + " \"targets\": [\"ur\", \"ps\", \"prs\"]}"))
              .get("translations");

      assertThat(translations.get("ur").get("text").asString())
          .contains("آئی ایس پی آر", "ڈیورنڈ لائن", "12");
      assertThat(translations.get("ps").get("text").asString())
          .contains("آی اېس پي آر", "ډیورنډ کرښې", "۱۲");
      assertThat(translations.get("prs").get("text").asString())
          .contains("آی اس پی آر", "خط دیورند", "۱۲");
      for (String lang : new String[] {"ur", "ps", "prs"}) {
        JsonNode segment = translations.get(lang).get("segments").get(0);
        assertThat(segment.get("engine").asString()).isEqualTo("standin");
        assertThat(segment.get("flags")).isEmpty();
      }
      // The forms went in the prompt.
      assertThat(standIn.getAllServeEvents())
          .anySatisfy(
              e ->
                  assertThat(e.getRequest().getBodyAsString())
                      .contains("Durand Line → ډیورنډ کرښه"));
    }
    assertThat(output.getAll()).contains("Route ur: standin").doesNotContain(KEY);
  }

  @Test
  void aTargetWithoutARouteIsRefusedNamingTheRoutes(CapturedOutput output) {
    standIn.stubFor(
        post(urlPathEqualTo("/v1/chat/completions"))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.resource("/engine/openai/error-401-vllm.json"))));
    try (ConfigurableApplicationContext context =
        run(
            Map.of(),
            args(
                "--tarjuma.engines.standin.type=openai",
                "--tarjuma.engines.standin.base-url=http://localhost:" + standIn.port(),
                "--tarjuma.engines.standin.key=" + KEY,
                "--tarjuma.engines.standin.model=aya-expanse:8b",
                "--tarjuma.routing.ur=standin",
                "--tarjuma.routing.ps=standin"))) {
      ApiClient api =
          new ApiClient(((WebServerApplicationContext) context).getWebServer().getPort());
      assertProblem(
          api.post("/api/v1/translate", "{\"text\": \"It rained.\", \"targets\": [\"prs\"]}"),
          400,
          "routes exist for: ps, ur");
      JsonNode ur =
          ApiClient.json(
                  api.post(
                      "/api/v1/translate", "{\"text\": \"It rained.\", \"targets\": [\"ur\"]}"))
              .get("translations")
              .get("ur");
      assertThat(ur.get("problems").get(0).asString())
          .contains("401", "Unauthorized")
          .doesNotContain(KEY);
    }
    assertThat(output.getAll()).contains("standin").doesNotContain(KEY);
  }

  @Test
  void aBadConfigurationStopsTheStartWithOneLinePerProblem(CapturedOutput output) {
    assertThatThrownBy(
            () ->
                run(
                    Map.of(),
                    args(
                        "--tarjuma.engines.az.type=azure",
                        "--tarjuma.engines.az.base-url=https://api.cognitive.microsofttranslator.com",
                        "--tarjuma.engines.x.type=systran",
                        "--tarjuma.engines.libre.type=libretranslate",
                        "--tarjuma.engines.libre.base-url=http://localhost:" + standIn.port(),
                        "--tarjuma.engines.libre.key=" + KEY,
                        "--tarjuma.routing.ur=az,nowhere")))
        .hasStackTraceContaining("engine configuration has 4 problems");
    assertThat(output.getAll())
        .contains(
            "tarjuma.engines.az.key is missing: set it, or the environment variable TARJUMA_ENGINES_AZ_KEY",
            "tarjuma.engines.x.type=systran is not a known engine type: use one of amazon, azure, deepl, google, libretranslate, memory, openai",
            "tarjuma.engines.libre: could not read the languages of http://localhost:"
                + standIn.port()
                + "/languages",
            "tarjuma.routing.ur names engine 'nowhere', which is not configured (configured: az, libre, memory, x)")
        .contains("APPLICATION FAILED TO START")
        .doesNotContain(KEY);
  }
}
