package org.tarjuma.engine;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tarjuma.cluster.Instances;
import org.tarjuma.security.Caller;

/**
 * The admins' engines page: state, use and routes of every engine; pause and resume; and the
 * instances sharing the database.
 */
@Controller
class EnginePageController {

  private final EngineController api;
  private final Instances instances;

  EnginePageController(EngineController api, Instances instances) {
    this.api = api;
    this.instances = instances;
  }

  @GetMapping("/admin/engines")
  String engines(Model model) {
    model.addAttribute("caller", Caller.current().orElseThrow());
    model.addAttribute("engines", api.engines());
    model.addAttribute("instances", instances.list());
    return "admin/engines";
  }

  @PostMapping("/admin/engines/{name}")
  String change(
      @PathVariable String name,
      @RequestParam String action,
      Model model,
      HttpServletResponse response) {
    try {
      switch (action) {
        case "pause" -> api.pause(name);
        case "resume" -> api.resume(name);
        default -> {
          response.setStatus(400);
          model.addAttribute("message", "Unknown action '" + action + "': pause or resume.");
          return engines(model);
        }
      }
      return "redirect:/admin/engines";
    } catch (ErrorResponseException e) {
      response.setStatus(e.getStatusCode().value());
      model.addAttribute("message", e.getBody().getDetail());
      return engines(model);
    }
  }
}
