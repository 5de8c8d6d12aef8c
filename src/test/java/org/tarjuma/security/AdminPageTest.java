package org.tarjuma.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.PageSession;

/** The admins' page for users and keys, by the API's rules; a new key is shown once. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:admin-page;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class AdminPageTest {

  private static final Pattern NEW_KEY = Pattern.compile("id=\"new-key\">(tj_[^<]+)</output>");

  @LocalServerPort int port;

  private PageSession admin() {
    return PageSession.signIn(port, "admin", "test-admin-password");
  }

  @Test
  void aKeyMadeOnThePageIsShownOnceWorksAndStopsWhenRevoked() {
    PageSession page = admin();
    HttpResponse<String> created =
        page.post(
            "/admin/keys",
            Map.of(
                "label", "Dawn <script>window.x=1</script>", "role", "outlet", "outlet", "dawn"));
    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
    Matcher shown = NEW_KEY.matcher(created.body());
    assertThat(shown.find()).as("the new key on the page").isTrue();
    String key = shown.group(1);
    assertThat(created.body())
        .contains("Dawn &lt;script&gt;window.x=1&lt;/script&gt;")
        .doesNotContain("<script>window.x");

    ApiClient outlet = new ApiClient(port).as(key);
    assertThat(outlet.get("/api/v1/languages").statusCode()).isEqualTo(200);
    String listed = page.get("/admin").body();
    // Both forms offer the three target languages.
    assertThat(listed.split("name=\"languages\" value=\"prs\"", -1)).hasSize(3);
    assertThat(listed).doesNotContain(key).contains("Dawn &lt;script&gt;");

    String id = key.split("_")[1];
    HttpResponse<String> revoked = page.post("/admin/keys/" + id + "/revoke", Map.of());
    assertThat(revoked.body()).contains("Revoked the key " + id);
    assertThat(outlet.get("/api/v1/languages").statusCode()).isEqualTo(401);
  }

  @Test
  void aFormPostedWithoutItsTokenIsRefusedEvenWithTheSessionCookie() {
    PageSession page = admin();
    HttpResponse<String> forged =
        page.postWithoutToken(
            "/admin/users",
            Map.of("username", "mallory", "password", "mallory-strong-password", "role", "admin"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(page.get("/admin").body()).doesNotContain("data-user=\"mallory\"");
  }

  @Test
  void usersAreAddedByTheApisRulesAndDisabled() {
    PageSession page = admin();
    HttpResponse<String> weak =
        page.post(
            "/admin/users",
            Map.of("username", "zarmina", "password", "short", "role", "translator"));
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.body()).contains("at least 12 characters");

    HttpResponse<String> made =
        page.post(
            "/admin/users",
            Map.of(
                "username",
                "zarmina",
                "password",
                "zarmina-strong-password",
                "role",
                "translator",
                "languages",
                "ps"));
    assertThat(made.statusCode()).isEqualTo(200);
    assertThat(made.body()).contains("Created the user &#39;zarmina&#39;", "data-user=\"zarmina\"");

    HttpResponse<String> expired =
        page.post("/admin/keys", Map.of("label", "old", "role", "curator", "expires", "yesterday"));
    assertThat(expired.statusCode()).isEqualTo(400);
    assertThat(expired.body()).contains("Expires must be a date like 2027-01-31");

    // Not hers: a page that says so, not a problem document.
    PageSession translator = PageSession.signIn(port, "zarmina", "zarmina-strong-password");
    HttpResponse<String> forbidden = translator.get("/admin");
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.body())
        .contains("<h1>403 Forbidden</h1>", "Your role does not allow this");

    page.post("/admin/users/zarmina/disable", Map.of());
    HttpResponse<String> refused =
        PageSession.tryToSignIn(port, "zarmina", "zarmina-strong-password");
    assertThat(refused.headers().firstValue("Location").orElse("")).contains("/login?error");
  }
}
