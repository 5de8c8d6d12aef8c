package org.tarjuma.engine.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.tarjuma.Tarjuma;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.Fixtures;
import tools.jackson.databind.JsonNode;

/**
 * The README's local-model example as written: its {@code --tarjuma.*} arguments, Ollama's port
 * swapped for a stand-in that answers as Ollama does, and no key in the environment.
 */
class LocalModelReadmeTest {

  private static final String OLLAMA = "http://localhost:11434";
  private static final Pattern ARGUMENT = Pattern.compile("--tarjuma\\.[^\\s\\\\\"]+");
  private WireMockServer ollama;

  @BeforeEach
  void start() {
    ollama = new WireMockServer(options().dynamicPort());
    ollama.start();
    ollama.stubFor(
        post(urlPathEqualTo("/v1/chat/completions"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.resource("/engine/openai/standin-ur.json"))));
  }

  @AfterEach
  void stop() {
    ollama.stop();
  }

  /** The arguments of the README's example, from its heading to the end of its code block. */
  static List<String> readmeArguments() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int from = readme.indexOf("**A local model, no cloud key.**");
    int block = readme.indexOf("```sh", from);
    String example = readme.substring(block, readme.indexOf("```\n", block + 5));
    List<String> out = new ArrayList<>();
    Matcher argument = ARGUMENT.matcher(example);
    while (argument.find()) {
      out.add(argument.group());
    }
    return out;
  }

  /** The example's engine needs no key, asks the model named, and translates into Urdu. */
  @Test
  void theReadmeExampleTranslatesWithNoKey() throws IOException {
    List<String> readme = readmeArguments();
    assertThat(readme)
        .contains(
            "--tarjuma.engines.local.base-url=" + OLLAMA,
            "--tarjuma.engines.local.model=qwen3:14b",
            "--tarjuma.routing.ur=local")
        .noneMatch(a -> a.contains(".key="));
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add(
        "--spring.datasource.url=jdbc:h2:mem:local-model;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    readme.forEach(a -> args.add(a.replace(OLLAMA, "http://localhost:" + ollama.port())));

    SpringApplication app = new SpringApplication(Tarjuma.class);
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .replace(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of()));
    app.setEnvironment(environment);
    try (ConfigurableApplicationContext context = app.run(args.toArray(String[]::new))) {
      ApiClient api =
          new ApiClient(((WebServerApplicationContext) context).getWebServer().getPort());
      JsonNode urdu =
          ApiClient.json(
                  api.post(
                      "/api/v1/translate",
                      "{\"text\": \"ISPR said an attack near the Durand Line killed 12 soldiers.\","
                          + " \"targets\": [\"ur\"]}"))
              .at("/translations/ur");

      assertThat(urdu.get("text").asString()).contains("آئی ایس پی آر", "ڈیورنڈ لائن", "12");
      assertThat(urdu.at("/segments/0/engine").asString()).isEqualTo("local");
    }
    var request = ollama.getAllServeEvents().getFirst().getRequest();
    assertThat(request.containsHeader("Authorization")).isFalse();
    JsonNode body = ApiClient.JSON.readTree(request.getBodyAsString());
    assertThat(body.get("model").asString()).isEqualTo("qwen3:14b");
    assertThat(body.at("/response_format/type").asString()).isEqualTo("json_schema");
  }
}
