package org.tarjuma.security;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admins' page for users and API keys, by the same rules as the API. A new key's secret is
 * shown on the answer to its creation only (not stored, not cached, not in a redirect's URL).
 */
@Controller
class AdminPageController {

  private final AccessController api;

  AdminPageController(AccessController api) {
    this.api = api;
  }

  @GetMapping("/admin")
  String access(Model model) {
    model.addAttribute("caller", Caller.current().orElseThrow());
    model.addAttribute("users", api.users());
    model.addAttribute("keys", api.keys());
    model.addAttribute("roles", Role.values());
    return "admin/access";
  }

  @PostMapping("/admin/users")
  String createUser(
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(defaultValue = "") String outlet,
      @RequestParam(required = false) List<String> languages,
      Model model,
      HttpServletResponse response) {
    return act(
        () ->
            api.createUser(
                new AccessController.UserRequest(username, password, role, outlet, languages)),
        "Created the user '" + username.strip() + "'.",
        model,
        response);
  }

  @PostMapping("/admin/users/{username}/disable")
  String disableUser(@PathVariable String username, Model model, HttpServletResponse response) {
    return act(
        () -> api.disable(username), "Disabled the user '" + username + "'.", model, response);
  }

  @PostMapping("/admin/keys")
  String createKey(
      @RequestParam(defaultValue = "") String label,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(defaultValue = "") String outlet,
      @RequestParam(required = false) List<String> languages,
      @RequestParam(defaultValue = "") String expires,
      Model model,
      HttpServletResponse response) {
    try {
      Instant expiresAt =
          expires.isBlank()
              ? null
              : LocalDate.parse(expires.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
      ApiKeys.Created created =
          api.createKey(new AccessController.KeyRequest(label, role, outlet, languages, expiresAt))
              .getBody();
      response.setHeader("Cache-Control", "no-store");
      model.addAttribute("created", created);
    } catch (DateTimeParseException e) {
      response.setStatus(400);
      model.addAttribute(
          "message", "Expires must be a date like 2027-01-31, not '" + expires + "'.");
    } catch (ErrorResponseException e) {
      failed(e, model, response);
    }
    return access(model);
  }

  @PostMapping("/admin/keys/{id}/revoke")
  String revokeKey(@PathVariable String id, Model model, HttpServletResponse response) {
    return act(() -> api.revoke(id), "Revoked the key " + id + ".", model, response);
  }

  /** Does it through the API's rules; the page again, saying it was done or why not. */
  private String act(Runnable change, String done, Model model, HttpServletResponse response) {
    try {
      change.run();
      model.addAttribute("saved", done);
    } catch (ErrorResponseException e) {
      failed(e, model, response);
    }
    return access(model);
  }

  private static void failed(ErrorResponseException e, Model model, HttpServletResponse response) {
    response.setStatus(e.getStatusCode().value());
    model.addAttribute("message", e.getBody().getDetail());
  }
}
