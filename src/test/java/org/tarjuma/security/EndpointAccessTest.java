package org.tarjuma.security;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tarjuma.testing.ApiClient;
import org.tarjuma.testing.Fixtures;
import org.tarjuma.testing.PageSession;

/**
 * Every endpoint the application maps, called by every role and by no one. The expected access is
 * written out here, apart from the rules it checks, and the endpoints come from the application's
 * own handler mappings: a new endpoint fails this test until it is given an expectation here and a
 * rule in {@link EndpointRules}; and within an endpoint, memory and X-Tarjuma-User.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:access;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tarjuma.memory.seed-path=target/no-seeds"
    })
class EndpointAccessTest {

  private static final Set<String> PUBLIC = Set.of("public");
  private static final Set<String> ANY = Set.of("outlet", "translator", "curator");
  private static final Set<String> ADMIN_ONLY = Set.of();

  /** Who besides admin may call each endpoint; {@link #PUBLIC}: anyone, signed in or not. */
  private static final Map<String, Set<String>> EXPECTED =
      Map.ofEntries(
          entry("GET /api/v1/languages", ANY),
          entry("POST /api/v1/segment", ANY),
          entry("POST /api/v1/translate", Set.of("outlet")),
          entry("GET /api/v1/usage", ADMIN_ONLY),
          entry("POST /api/v1/jobs", Set.of("outlet")),
          entry("GET /api/v1/jobs", Set.of("outlet", "translator")),
          entry("GET /api/v1/jobs/{id}", Set.of("outlet", "translator")),
          entry("GET /api/v1/jobs/{id}/events", Set.of("outlet", "translator")),
          entry("GET /api/v1/jobs/{id}/result/{lang}", Set.of("outlet", "translator")),
          entry("POST /api/v1/jobs/{id}/result/{lang}", Set.of("translator")),
          entry("GET /api/v1/glossary/terms", ANY),
          entry("GET /api/v1/glossary/terms/{id}", ANY),
          entry("GET /api/v1/glossary/terms/{id}/history", ANY),
          entry("GET /api/v1/glossary/export", ANY),
          entry("POST /api/v1/glossary/match", ANY),
          entry("POST /api/v1/glossary/terms", Set.of("curator")),
          entry("PUT /api/v1/glossary/terms/{id}", Set.of("curator")),
          entry("DELETE /api/v1/glossary/terms/{id}", Set.of("curator")),
          entry("POST /api/v1/glossary/import", Set.of("curator")),
          entry("POST /api/v1/memory/import", Set.of("translator")),
          entry("GET /api/v1/memory/export", Set.of("translator")),
          entry("GET /api/v1/memory/suggestions", Set.of("translator")),
          entry("GET /api/v1/keys", ADMIN_ONLY),
          entry("POST /api/v1/keys", ADMIN_ONLY),
          entry("DELETE /api/v1/keys/{id}", ADMIN_ONLY),
          entry("GET /api/v1/users", ADMIN_ONLY),
          entry("POST /api/v1/users", ADMIN_ONLY),
          entry("DELETE /api/v1/users/{username}", ADMIN_ONLY),
          entry("GET /api/v1/engines", ADMIN_ONLY),
          entry("POST /api/v1/engines/{name}/pause", ADMIN_ONLY),
          entry("POST /api/v1/engines/{name}/resume", ADMIN_ONLY),
          entry("GET /api/v1/instances", ADMIN_ONLY),
          entry("GET /api/v1/outlets/{outlet}", Set.of("outlet")),
          entry("PUT /api/v1/outlets/{outlet}", ADMIN_ONLY),
          entry("GET /", ANY),
          entry("GET /articles", ANY),
          entry("GET /articles/{id}", ANY),
          entry("POST /articles/{id}/segments/{lang}/{position}", Set.of("translator")),
          entry("GET /articles/{id}/segments/{lang}/{position}/suggestions", Set.of("translator")),
          entry("GET /articles/{id}/approve-unflagged", Set.of("translator")),
          entry("POST /articles/{id}/approve-unflagged", Set.of("translator")),
          entry("GET /glossary", ANY),
          entry("GET /glossary/terms/{id}", ANY),
          entry("GET /glossary/terms/{id}/impact", ANY),
          entry("POST /glossary/terms/{id}", Set.of("curator")),
          entry("GET /glossary/export", ANY),
          entry("GET /glossary/import", Set.of("curator")),
          entry("GET /glossary/new", Set.of("curator")),
          entry("POST /glossary/new", Set.of("curator")),
          entry("POST /glossary/import", Set.of("curator")),
          entry("GET /admin", ADMIN_ONLY),
          entry("POST /admin/users", ADMIN_ONLY),
          entry("POST /admin/users/{username}/disable", ADMIN_ONLY),
          entry("POST /admin/keys", ADMIN_ONLY),
          entry("POST /admin/keys/{id}/revoke", ADMIN_ONLY),
          entry("GET /admin/engines", ADMIN_ONLY),
          entry("POST /admin/engines/{name}", ADMIN_ONLY),
          entry("GET /admin/outlets", ADMIN_ONLY),
          entry("POST /admin/outlets/{outlet}", ADMIN_ONLY),
          entry("GET /admin/usage", ADMIN_ONLY),
          entry("GET /admin/usage/data", ADMIN_ONLY),
          entry("GET /admin/usage/csv", ADMIN_ONLY),
          entry("GET /error", PUBLIC),
          entry("GET /login", PUBLIC),
          entry("GET /v3/api-docs", PUBLIC),
          entry("GET /v3/api-docs.yaml", PUBLIC),
          entry("GET /v3/api-docs/swagger-config", PUBLIC),
          entry("GET /swagger-ui.html", PUBLIC));

  @LocalServerPort int port;
  @Autowired ApiKeys keys;
  @Autowired UserAccount users;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private record Endpoint(String method, String pattern, String contentType) {
    String name() {
      return method + " " + pattern;
    }

    /** The pattern with made-up values for its variables: unknown ids, so nothing is changed. */
    String path() {
      return pattern.replaceAll("\\{[^}]+}", "unknown-x1");
    }
  }

  private List<Endpoint> endpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
      String type = consumes.isEmpty() ? "application/json" : consumes.iterator().next().toString();
      for (String pattern : info.getPatternValues()) {
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          endpoints.add(new Endpoint(method.name(), pattern, type));
        }
      }
    }
    return endpoints;
  }

  @Test
  void everyEndpointAnswersEveryRoleAsExpected() {
    Map<String, String> keyOf = new LinkedHashMap<>();
    keyOf.put("outlet", keys.create("o", Role.OUTLET, "dawn", List.of(), null, "test").key());
    keyOf.put(
        "translator", keys.create("t", Role.TRANSLATOR, null, List.of("ur"), null, "test").key());
    keyOf.put("curator", keys.create("c", Role.CURATOR, null, List.of(), null, "test").key());
    keyOf.put("admin", keys.create("a", Role.ADMIN, null, List.of(), null, "test").key());
    ApiClient api = new ApiClient(port);
    Map<String, PageSession> sessions = new LinkedHashMap<>();
    sessions.put("outlet", session(Role.OUTLET, "dawn", List.of()));
    sessions.put("translator", session(Role.TRANSLATOR, null, List.of("ur")));
    sessions.put("curator", session(Role.CURATOR, null, List.of()));
    sessions.put("admin", session(Role.ADMIN, null, List.of()));

    List<Endpoint> endpoints = endpoints();
    assertThat(endpoints).extracting(Endpoint::name).contains("POST /api/v1/jobs", "GET /error");
    List<String> checked = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      assertThat(EXPECTED)
          .as("an expected access (and a rule in EndpointRules) for %s", endpoint.name())
          .containsKey(endpoint.name());
      Set<String> allowed = EXPECTED.get(endpoint.name());
      if (endpoint.pattern().equals("/error")) {
        continue; // reached by forwarding, not called
      }
      int anonymous = call(api.as(null), endpoint);
      if (allowed == PUBLIC) {
        assertThat(anonymous).as("anonymous %s", endpoint.name()).isNotIn(401, 403);
        continue;
      }
      assertThat(anonymous)
          .as("anonymous %s", endpoint.name())
          .isEqualTo(
              endpoint.pattern().startsWith("/api/")
                  ? 401
                  // A page form posted without its CSRF token is refused before anything else.
                  : endpoint.method().equals("GET") ? 302 : 403);
      if (!endpoint.pattern().startsWith("/api/")) {
        // Pages take a session, never a key: each role signs in through the form.
        for (Map.Entry<String, PageSession> role : sessions.entrySet()) {
          HttpResponse<String> answer =
              endpoint.method().equals("GET")
                  ? role.getValue().get(endpoint.path())
                  : role.getValue().post(endpoint.path(), Map.of());
          String as = role.getKey() + " " + endpoint.name();
          if (role.getKey().equals("admin") || allowed.contains(role.getKey())) {
            assertThat(answer.statusCode()).as(as).isNotIn(401, 403);
            assertThat(answer.headers().firstValue("Location").orElse(""))
                .as(as)
                .doesNotEndWith("/login");
          } else {
            assertThat(answer.statusCode()).as(as).isEqualTo(403);
          }
        }
        checked.add(endpoint.name());
        continue;
      }
      for (Map.Entry<String, String> role : keyOf.entrySet()) {
        int status = call(api.as(role.getValue()), endpoint);
        if (role.getKey().equals("admin") || allowed.contains(role.getKey())) {
          assertThat(status).as("%s %s", role.getKey(), endpoint.name()).isNotIn(401, 403);
        } else {
          assertThat(status).as("%s %s", role.getKey(), endpoint.name()).isEqualTo(403);
        }
      }
      checked.add(endpoint.name());
    }
    assertThat(checked).hasSizeGreaterThanOrEqualTo(50);
  }

  @Autowired JdbcTemplate jdbc;

  private int memoryUnits() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM memory_unit", Integer.class);
  }

  private static HttpResponse<String> importTmx(ApiClient api, String tmx) {
    return api.send(
        HttpRequest.newBuilder(api.uri("/api/v1/memory/import"))
            .header("Content-Type", "application/x-tmx+xml")
            .POST(HttpRequest.BodyPublishers.ofString(tmx))
            .build());
  }

  @Test
  void aTranslatorImportsAndExportsMemoryOnlyInTheirLanguages() {
    ApiClient urdu =
        new ApiClient(port)
            .as(keys.create("tm", Role.TRANSLATOR, null, List.of("ur"), null, "test").key());
    int before = memoryUnits();
    // Urdu, Dari and Pashto units in one file: refused whole, naming the languages not theirs.
    HttpResponse<String> mixed = importTmx(urdu, Fixtures.resource("/memory/sample.tmx"));
    ApiClient.assertProblem(mixed, 403, "Dari (prs), Pashto (ps): nothing was imported.");
    assertThat(memoryUnits()).isEqualTo(before);

    String urduOnly =
        Fixtures.resource("/memory/sample.tmx")
            .replaceAll("(?s)\\s*<tuv xml:lang=\"fa-AF\">.*?</tuv>", "")
            .replaceAll("(?s)\\s*<tu tuid=\"2\">.*?</tu>", "");
    assertThat(importTmx(urdu, urduOnly).statusCode()).isEqualTo(200);
    assertThat(importTmx(new ApiClient(port), Fixtures.resource("/memory/sample.tmx")).statusCode())
        .isEqualTo(200);

    ApiClient.assertProblem(urdu.get("/api/v1/memory/export?lang=ps"), 403, "Pashto (ps)");
    HttpResponse<String> theirs = urdu.get("/api/v1/memory/export");
    assertThat(theirs.statusCode()).isEqualTo(200);
    assertThat(theirs.body()).contains("مذاکرات ختم ہو گئے۔").doesNotContain("وویل او ووت");
    assertThat(new ApiClient(port).get("/api/v1/memory/export").body()).contains("وویل او ووت");
  }

  @Test
  void xTarjumaUserIsHonouredForTheMasterKeyOnlyAndRefusedForEveryOtherKey() {
    for (Role role : Role.values()) {
      String outlet = role == Role.OUTLET ? "dawn" : null;
      String key = keys.create("u", role, outlet, List.of("ur"), null, "t").key();
      HttpResponse<String> refused = entryFor(new ApiClient(port).as(key), "Koh " + role.id());
      ApiClient.assertProblem(refused, 403, "honoured only with the admin key (TARJUMA_ADMIN_KEY)");
      assertThat(new ApiClient(port).get("/api/v1/glossary/terms/koh-" + role.id()).statusCode())
          .as("nothing written for %s", role)
          .isEqualTo(404);
    }
    assertThat(entryFor(new ApiClient(port), "Koh master").statusCode()).isEqualTo(201);
    String history = new ApiClient(port).get("/api/v1/glossary/terms/koh-master/history").body();
    assertThat(ApiClient.JSON.readTree(history).get(0).get("changedBy").asString())
        .isEqualTo("amina");
  }

  /** A new glossary entry for {@code english}, sent with {@code X-Tarjuma-User: amina}. */
  private static HttpResponse<String> entryFor(ApiClient api, String english) {
    String entry =
        "{\"english\": {\"preferred\": {\"text\": \"%s\"}}, \"targets\": {\"ur\":"
            + " {\"preferred\": \"زرغون غر\", \"status\": \"PROPOSED\"}}}";
    return api.send(
        HttpRequest.newBuilder(api.uri("/api/v1/glossary/terms"))
            .header("Content-Type", "application/json")
            .header("X-Tarjuma-User", "amina")
            .POST(HttpRequest.BodyPublishers.ofString(entry.formatted(english)))
            .build());
  }

  private PageSession session(Role role, String outlet, List<String> languages) {
    String name = "walker-" + role.id();
    users.create(name, name + "-strong-password", role, outlet, languages);
    return PageSession.signIn(port, name, name + "-strong-password");
  }

  private static int call(ApiClient api, Endpoint endpoint) {
    HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(endpoint.path()));
    if (endpoint.method().equals("GET") || endpoint.method().equals("DELETE")) {
      request.method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", endpoint.contentType())
          .method(endpoint.method(), HttpRequest.BodyPublishers.ofString("{}"));
    }
    HttpResponse<String> response = api.send(request.build());
    return response.statusCode();
  }
}
