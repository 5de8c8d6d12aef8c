package org.tarjuma.security;

import jakarta.servlet.http.HttpSession;
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
      Object failure = session.getAttribute(SignInFailure.MESSAGE);
      model.addAttribute("message", failure instanceof String said ? said : SignInFailure.WRONG);
      session.removeAttribute(SignInFailure.MESSAGE);
    }
    if (logout != null) {
      model.addAttribute("signedOut", true);
    }
    return "login";
  }
}
