package org.tarjuma.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tarjuma.testing.ApiClient;

/** The pages' CSRF token travels in form bodies and headers only, never in a URL. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:csrf-places;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class CsrfTokenPlacesTest {

  private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String BOUNDARY = "----tarjuma-test-boundary";
  private static final String CSV = "id,en,ur\ncsrf-test,Csrf test,سی ایس آر ایف\n";

  @LocalServerPort int port;
  @Autowired UserAccount users;

  private static boolean curatorMade;

  @BeforeAll
  static void reset() {
    curatorMade = false;
  }

  /** A curator's session cookie and the token of the import page it was shown. */
  private record Page(String cookie, String token, String body) {}

  private Page importPage() {
    if (!curatorMade) {
      users.create("csrf-curator", "csrf-curator-strong-password", Role.CURATOR, null, List.of());
      curatorMade = true;
    }
    ApiClient browser = new ApiClient(port).as(null);
    HttpResponse<String> login = browser.get("/login", "text/html");
    String cookie = cookie(login);
    String form =
        "username=csrf-curator&password=csrf-curator-strong-password&_csrf="
            + URLEncoder.encode(token(login), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(browser.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    String session =
        signedIn.headers().allValues("Set-Cookie").isEmpty() ? cookie : cookie(signedIn);
    HttpResponse<String> page =
        browser.send(
            HttpRequest.newBuilder(browser.uri("/glossary/import"))
                .header("Cookie", session)
                .header("Accept", "text/html")
                .GET()
                .build());
    assertThat(page.statusCode()).isEqualTo(200);
    return new Page(session, token(page), page.body());
  }

  private HttpResponse<String> upload(Page page, String query, boolean tokenInBody) {
    StringBuilder body = new StringBuilder();
    if (tokenInBody) {
      part(body, "_csrf", page.token());
    }
    part(body, "format", "csv");
    body.append("--")
        .append(BOUNDARY)
        .append("\r\n")
        .append("Content-Disposition: form-data; name=\"file\"; filename=\"g.csv\"\r\n")
        .append("Content-Type: text/csv\r\n\r\n")
        .append(CSV)
        .append("\r\n--")
        .append(BOUNDARY)
        .append("--\r\n");
    ApiClient browser = new ApiClient(port).as(null);
    return browser.send(
        HttpRequest.newBuilder(browser.uri("/glossary/import" + query))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .header("Cookie", page.cookie())
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build());
  }

  private static void part(StringBuilder body, String name, String value) {
    body.append("--")
        .append(BOUNDARY)
        .append("\r\n")
        .append("Content-Disposition: form-data; name=\"")
        .append(name)
        .append("\"\r\n\r\n")
        .append(value)
        .append("\r\n");
  }

  @Test
  void theImportFormCarriesItsTokenInItsBodyAndTheUploadIsAccepted() {
    Page page = importPage();
    assertThat(page.body()).doesNotContain("_csrf=").contains("enctype=\"multipart/form-data\"");
    HttpResponse<String> preview = upload(page, "", true);
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.body()).contains("1 added");
  }

  @Test
  void aTokenInTheUrlIsRefusedEvenWithTheRightOneInTheBody() {
    Page page = importPage();
    String query = "?_csrf=" + URLEncoder.encode(page.token(), StandardCharsets.UTF_8);
    assertThat(upload(page, query, false).statusCode()).isEqualTo(403);
    assertThat(upload(page, query, true).statusCode()).isEqualTo(403);
    assertThat(upload(page, "?%5Fcsrf=x", true).statusCode()).isEqualTo(403);
  }

  @Test
  void noTemplatePutsTheTokenInAUrl() throws IOException {
    try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
      List<Path> html = templates.filter(p -> p.toString().endsWith(".html")).toList();
      assertThat(html).isNotEmpty();
      for (Path template : html) {
        assertThat(Files.readString(template))
            .as("%s", template)
            .doesNotContainPattern("(th:action|th:href|th:src|action|href)=\"[^\"]*_csrf");
      }
    }
  }

  private static String token(HttpResponse<String> page) {
    Matcher token = FORM_TOKEN.matcher(page.body());
    assertThat(token.find()).as("a CSRF token in %s", page.uri()).isTrue();
    return token.group(1);
  }

  private static String cookie(HttpResponse<String> answer) {
    String set =
        answer.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("SESSION="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie"));
    return set.substring(0, set.indexOf(';'));
  }
}
