package de.kommune.intake.pipeline.web;

import de.kommune.intake.pipeline.security.CurrentUser;
import de.kommune.intake.pipeline.security.Roles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Login page, and the start page by role. */
@Controller
@ConditionalOnWebApplication
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Authentication auth) {
        if (CurrentUser.hasRole(auth, Roles.BACKOFFICE) || CurrentUser.hasRole(auth, Roles.ADMIN)) {
            return "redirect:/review";
        }
        if (CurrentUser.hasRole(auth, Roles.CASEWORKER)) {
            return "redirect:/inbox";
        }
        return "no-role";
    }
}
