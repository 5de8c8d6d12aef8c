package org.tarjuma.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security's form sign-in takes what it posts. */
@Controller
class SignInController {

  @GetMapping("/login")
  String signIn(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String logout,
      HttpSession session,
      Model model) {
    if (error != null) {
      Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
      // Whether a name exists or is disabled is not said to whoever is guessing; only how long to
      // wait after too many failures, which any name gets alike.
      model.addAttribute(
          "message",
          failure instanceof LockedException locked
              ? locked.getMessage()
              : "Wrong user name or password.");
      session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
    if (logout != null) {
      model.addAttribute("signedOut", true);
    }
    return "login";
  }
}
