package org.tarjuma.outlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarjuma.calendar.DateStyle;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.PageSession;
import tools.jackson.databind.JsonNode;

/**
 * Outlet profiles: defaults per language, settings, what an admin stores through the API and the
 * page, who may read and change them, and what is refused.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:outlet-profiles;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds",
      "tarjuma.outlets.dawn.ur.digits=eastern",
      "tarjuma.outlets.tolo.prs.calendar=solar-hijri"
    })
class OutletProfilesTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired OutletProfiles profiles;

  private HttpResponse<String> put(ApiClient client, String outlet, String body) {
    return client.put("/api/v1/outlets/" + outlet, body);
  }

  private static String style(JsonNode profile, String lang) {
    JsonNode style = profile.get("languages").get(lang);
    return style.get("digits").asString()
        + "/"
        + style.get("calendar").asString()
        + "/"
        + style.get("from").asString();
  }

  /** An outlet nobody set: Urdu latin and Gregorian, Pashto and Dari eastern and both. */
  @Test
  void anOutletNobodySetHasTheLanguagesDefaults() {
    JsonNode profile = ApiClient.json(new ApiClient(port).get("/api/v1/outlets/nobody"));
    assertThat(style(profile, "ur")).isEqualTo("latin/gregorian/default");
    assertThat(style(profile, "ps")).isEqualTo("eastern/both/default");
    assertThat(style(profile, "prs")).isEqualTo("eastern/both/default");
  }

  /** A setting sets what it names; the language's default fills the rest. */
  @Test
  void settingsSetWhatTheyName() {
    JsonNode dawn = ApiClient.json(new ApiClient(port).get("/api/v1/outlets/dawn"));
    assertThat(style(dawn, "ur")).isEqualTo("eastern/gregorian/setting");
    JsonNode tolo = ApiClient.json(new ApiClient(port).get("/api/v1/outlets/tolo"));
    assertThat(style(tolo, "prs")).isEqualTo("eastern/solar-hijri/setting");
    assertThat(profiles.style("tolo", "prs"))
        .isEqualTo(new DateStyle(DateStyle.Digits.EASTERN, DateStyle.Calendar.SOLAR_HIJRI));
  }

  /** A PUT stores what it names over the setting, keeps the rest, and is read back. */
  @Test
  void anAdminStoresAProfile() {
    ApiClient admin = new ApiClient(port);
    HttpResponse<String> stored =
        put(admin, "khyber", "{\"languages\": {\"ps\": {\"calendar\": \"solar-hijri\"}}}");
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
    assertThat(style(ApiClient.json(stored), "ps")).isEqualTo("eastern/solar-hijri/stored");
    assertThat(style(ApiClient.json(stored), "ur")).isEqualTo("latin/gregorian/default");
    put(admin, "khyber", "{\"languages\": {\"ps\": {\"digits\": \"latin\"}}}");
    assertThat(style(ApiClient.json(admin.get("/api/v1/outlets/khyber")), "ps"))
        .isEqualTo("latin/solar-hijri/stored");
    assertThat(
            jdbc.queryForObject(
                "SELECT changed_by FROM outlet_profile WHERE outlet = 'khyber'", String.class))
        .isEqualTo("admin key");
  }

  /** An outlet's key reads its own profile only, and changes none. */
  @Test
  void anOutletReadsItsOwnProfileOnly() {
    ApiClient admin = new ApiClient(port);
    HttpResponse<String> key =
        admin.post(
            "/api/v1/keys",
            "{\"label\": \"pajhwok\", \"role\": \"outlet\", \"outlet\": \"pajhwok\"}");
    ApiClient outlet = admin.as(ApiClient.json(key).get("key").asString());
    assertThat(outlet.get("/api/v1/outlets/pajhwok").statusCode()).isEqualTo(200);
    ApiClient.assertProblem(outlet.get("/api/v1/outlets/dawn"), 404, "its own profile");
    assertThat(
            put(outlet, "pajhwok", "{\"languages\": {\"ps\": {\"digits\": \"latin\"}}}")
                .statusCode())
        .isEqualTo(403);
    assertThat(count("pajhwok")).isZero();
  }

  /** Unknown values and languages, and an empty change: 400 naming them, nothing stored. */
  @Test
  void badChangesAreRefusedWhole() {
    ApiClient admin = new ApiClient(port);
    ApiClient.assertProblem(
        put(
            admin,
            "refused",
            "{\"languages\": {\"ur\": {\"digits\": \"latin\"}, \"ps\": {\"digits\": \"roman\"}}}"),
        400,
        "languages.ps.digits must be latin or eastern, not 'roman'");
    ApiClient.assertProblem(
        put(admin, "refused", "{\"languages\": {\"prs\": {\"calendar\": \"lunar\"}}}"),
        400,
        "languages.prs.calendar must be gregorian, solar-hijri or both");
    ApiClient.assertProblem(
        put(admin, "refused", "{\"languages\": {\"en\": {\"digits\": \"latin\"}}}"),
        400,
        "languages.en");
    ApiClient.assertProblem(put(admin, "refused", "{}"), 400, "languages");
    assertThat(count("refused")).isZero();
  }

  /** A setting with a value nobody has stops the start with a line naming it. */
  @Test
  void aBadSettingNamesItself() {
    assertThatThrownBy(
            () ->
                new OutletSettings(
                    Map.of("dawn", Map.of("ur", new OutletSettings.Setting("arabic", null)))))
        .hasMessage("tarjuma.outlets.dawn.ur.digits must be latin or eastern, not 'arabic'");
  }

  /** The page shows an outlet's profile, saves it, and refuses a value nobody has. */
  @Test
  void thePageSetsAProfile() {
    PageSession admin = PageSession.signIn(port, "admin", "test-admin-password");
    assertThat(admin.get("/admin/outlets?outlet=tolo").body())
        .contains("data-lang=\"prs\"")
        .contains("<option value=\"solar-hijri\" selected=\"selected\">solar-hijri</option>");
    HttpResponse<String> saved =
        admin.post(
            "/admin/outlets/shamshad", Map.of("digits.ps", "latin", "calendar.ps", "gregorian"));
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body()).contains("Saved the profile of &#39;shamshad&#39;.");
    assertThat(profiles.style("shamshad", "ps"))
        .isEqualTo(new DateStyle(DateStyle.Digits.LATIN, DateStyle.Calendar.GREGORIAN));
    HttpResponse<String> refused =
        admin.post("/admin/outlets/ariana", Map.of("digits.ps", "roman", "calendar.ps", "both"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("digits.ps must be latin or eastern");
    assertThat(count("ariana")).isZero();
  }

  private int count(String outlet) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM outlet_profile WHERE outlet = ?", Integer.class, outlet);
  }
}
