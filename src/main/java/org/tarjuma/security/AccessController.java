package org.tarjuma.security;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tarjuma.language.ControlCharacters;
import org.tarjuma.language.Language;
import org.tarjuma.language.Languages;
import org.tarjuma.web.Limits;
import org.tarjuma.web.Problems;

/** The admins' API: API keys (shown once at creation) and users. */
@RestController
class AccessController {

  private final ApiKeys keys;
  private final UserAccount users;
  private final Languages languages;

  AccessController(ApiKeys keys, UserAccount users, Languages languages) {
    this.keys = keys;
    this.users = users;
    this.languages = languages;
  }

  /**
   * @param label what the key is for ("Dawn newsroom CMS")
   * @param role outlet, translator, curator or admin
   * @param outlet the outlet it acts for (required for the outlet role)
   * @param languages the target languages a translator key may edit
   * @param expiresAt when it stops working (optional)
   */
  record KeyRequest(
      String label, String role, String outlet, List<String> languages, Instant expiresAt) {}

  /**
   * @param password at least 12 characters
   */
  record UserRequest(
      String username, String password, String role, String outlet, List<String> languages) {}

  @PostMapping("/api/v1/keys")
  ResponseEntity<ApiKeys.Created> createKey(@RequestBody KeyRequest request) {
    if (request.label() == null || request.label().isBlank()) {
      throw bad("label", "A key needs a label that says what it is for.");
    }
    Limits.check("The field 'label'", request.label(), Limits.KEY_LABEL);
    Limits.check("The field 'outlet'", request.outlet(), Limits.OUTLET);
    visible("label", request.label());
    Role role = role(request.role());
    String outlet = outlet(role, request.outlet());
    if (request.expiresAt() != null && !request.expiresAt().isAfter(Instant.now())) {
      throw bad("expiresAt", "expiresAt is in the past.");
    }
    ApiKeys.Created created =
        keys.create(
            request.label().strip(),
            role,
            outlet,
            targets(request.languages()),
            request.expiresAt(),
            Caller.current().map(Caller::name).orElse("unknown"));
    return ResponseEntity.created(URI.create("/api/v1/keys/" + created.info().id()))
        .header("Cache-Control", "no-store")
        .body(created);
  }

  @GetMapping("/api/v1/keys")
  List<ApiKeys.KeyInfo> keys() {
    return keys.all();
  }

  @DeleteMapping("/api/v1/keys/{id}")
  ResponseEntity<Void> revoke(@PathVariable String id) {
    if (!keys.revoke(id)) {
      throw Problems.of(HttpStatus.NOT_FOUND, "Unknown key", "There is no API key " + id + ".");
    }
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/users")
  ResponseEntity<UserAccount.UserInfo> createUser(@RequestBody UserRequest request) {
    Limits.check("The field 'username'", request.username(), Limits.USERNAME);
    Limits.check("The field 'outlet'", request.outlet(), Limits.OUTLET);
    Role role = role(request.role());
    visible("username", request.username());
    try {
      UserAccount.UserInfo user =
          users.create(
              request.username() == null ? null : request.username().strip(),
              request.password(),
              role,
              outlet(role, request.outlet()),
              targets(request.languages()));
      return ResponseEntity.created(URI.create("/api/v1/users/" + user.username())).body(user);
    } catch (IllegalArgumentException e) {
      throw bad("user", e.getMessage());
    }
  }

  @GetMapping("/api/v1/users")
  List<UserAccount.UserInfo> users() {
    return users.all();
  }

  @DeleteMapping("/api/v1/users/{username}")
  ResponseEntity<Void> disable(@PathVariable String username) {
    if (!users.disable(username)) {
      throw Problems.of(HttpStatus.NOT_FOUND, "Unknown user", "There is no user " + username + ".");
    }
    return ResponseEntity.noContent().build();
  }

  private static Role role(String id) {
    try {
      return Role.of(id);
    } catch (IllegalArgumentException e) {
      throw bad("role", e.getMessage());
    }
  }

  private static String outlet(Role role, String outlet) {
    String o = outlet == null || outlet.isBlank() ? null : outlet.strip();
    if (role == Role.OUTLET && o == null) {
      throw bad("outlet", "An outlet key or user needs the outlet it acts for.");
    }
    visible("outlet", o);
    return o;
  }

  /** No NUL, other control or bidi control in a name: it must read as what it is. */
  private static void visible(String field, String text) {
    ControlCharacters.problem(field, text, false)
        .ifPresent(
            problem -> {
              throw bad(field, problem);
            });
  }

  /** The languages, each once: the column holds the three codes, not a list repeated at will. */
  private List<String> targets(List<String> asked) {
    Set<String> codes = new LinkedHashSet<>();
    for (String code : asked == null ? List.<String>of() : asked) {
      Language language =
          languages
              .find(code)
              .filter(Language::rightToLeft)
              .orElseThrow(
                  () -> bad("languages", "'" + code + "' is not a target language (ur, ps, prs)."));
      codes.add(language.code());
    }
    return new ArrayList<>(codes);
  }

  private static RuntimeException bad(String field, String detail) {
    return Problems.of(HttpStatus.BAD_REQUEST, "Invalid " + field, detail);
  }
}
