package org.tarjuma.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
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
      String message = "Wrong user name or password.";
      if (failure instanceof LockedException locked) {
        // Its message says how long to wait; it never says whether the name exists.
        message = locked.getMessage();
      } else if (failure instanceof DisabledException) {
        message = "This user is disabled; ask an admin.";
      }
      model.addAttribute("message", message);
      session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
    if (logout != null) {
      model.addAttribute("signedOut", true);
    }
    return "login";
  }
}
