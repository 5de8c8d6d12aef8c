package org.tarjuma.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call each API endpoint and open each page; an admin may call every one. An endpoint not
 * listed here is for admins only (so are the actuator's, but health and info, which probes call),
 * and the endpoint-by-role test fails until it is listed.
 */
final class EndpointRules {

  private EndpointRules() {}

  /** One endpoint (Spring path pattern) and the roles besides admin that may call it. */
  record Rule(HttpMethod method, String path, List<Role> roles) {}

  private static final Role[] ANY = {Role.OUTLET, Role.TRANSLATOR, Role.CURATOR};

  static final List<Rule> API =
      List.of(
          rule(GET, "/api/v1/languages", ANY),
          rule(POST, "/api/v1/segment", ANY),
          rule(POST, "/api/v1/translate", Role.OUTLET),
          rule(GET, "/api/v1/usage"),
          rule(POST, "/api/v1/jobs", Role.OUTLET),
          rule(GET, "/api/v1/jobs", Role.OUTLET, Role.TRANSLATOR),
          rule(GET, "/api/v1/jobs/*", Role.OUTLET, Role.TRANSLATOR),
          rule(GET, "/api/v1/jobs/*/events", Role.OUTLET, Role.TRANSLATOR),
          rule(GET, "/api/v1/jobs/*/result/*", Role.OUTLET, Role.TRANSLATOR),
          rule(POST, "/api/v1/jobs/*/result/*", Role.TRANSLATOR),
          rule(GET, "/api/v1/glossary/terms", ANY),
          rule(GET, "/api/v1/glossary/terms/*", ANY),
          rule(GET, "/api/v1/glossary/terms/*/history", ANY),
          rule(GET, "/api/v1/glossary/export", ANY),
          rule(POST, "/api/v1/glossary/match", ANY),
          rule(POST, "/api/v1/glossary/terms", Role.CURATOR),
          rule(PUT, "/api/v1/glossary/terms/*", Role.CURATOR),
          rule(DELETE, "/api/v1/glossary/terms/*", Role.CURATOR),
          rule(POST, "/api/v1/glossary/import", Role.CURATOR),
          rule(POST, "/api/v1/memory/import", Role.TRANSLATOR),
          rule(GET, "/api/v1/memory/export", Role.TRANSLATOR),
          rule(GET, "/api/v1/memory/suggestions", Role.TRANSLATOR),
          rule(GET, "/api/v1/outlets/*", Role.OUTLET),
          rule(PUT, "/api/v1/outlets/*"),
          rule(GET, "/api/v1/keys"),
          rule(POST, "/api/v1/keys"),
          rule(DELETE, "/api/v1/keys/*"),
          rule(GET, "/api/v1/users"),
          rule(POST, "/api/v1/users"),
          rule(DELETE, "/api/v1/users/*"));

  /**
   * Pages that not every signed-in person may open; every other page is for anyone signed in, and
   * shows what their role allows. A translator's language and an outlet's own jobs are checked by
   * the page itself.
   */
  static final List<Rule> PAGES =
      List.of(
          rule(POST, "/articles/**", Role.TRANSLATOR),
          rule(GET, "/articles/*/segments/*/*/suggestions", Role.TRANSLATOR),
          rule(GET, "/articles/*/approve-unflagged", Role.TRANSLATOR),
          rule(GET, "/glossary/new", Role.CURATOR),
          rule(POST, "/glossary/**", Role.CURATOR),
          rule(GET, "/glossary/import", Role.CURATOR),
          rule(GET, "/admin"),
          rule(GET, "/admin/**"),
          rule(POST, "/admin/**"));

  private static Rule rule(HttpMethod method, String path, Role... roles) {
    return new Rule(method, path, Arrays.asList(roles));
  }

  static void apply(
      AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
    // An async dispatch (server-sent events) continues a request already let in; an error
    // dispatch only renders the problem of one.
    requests
        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
        .permitAll()
        .requestMatchers(GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
        .permitAll();
    require(requests, API);
    requests.anyRequest().hasRole(Role.ADMIN.name());
  }

  /** The pages' rules: {@link #PAGES}, then any signed-in person. */
  static void applyPages(
      AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
    require(requests, PAGES);
    requests.anyRequest().authenticated();
  }

  private static void require(
      AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests,
      List<Rule> rules) {
    for (Rule rule : rules) {
      String[] authorities =
          java.util.stream.Stream.concat(
                  rule.roles().stream(), java.util.stream.Stream.of(Role.ADMIN))
              .map(Role::name)
              .toArray(String[]::new);
      requests.requestMatchers(rule.method(), rule.path()).hasAnyRole(authorities);
    }
  }
}
