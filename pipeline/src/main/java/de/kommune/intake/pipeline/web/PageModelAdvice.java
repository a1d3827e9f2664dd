package de.kommune.intake.pipeline.web;

import de.kommune.intake.pipeline.security.CurrentUser;
import de.kommune.intake.pipeline.security.Roles;
import de.kommune.intake.pipeline.security.SecurityProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Model values every page uses: who is signed in, which links they may see, whether OIDC login is offered. */
@ControllerAdvice(annotations = Controller.class)
@ConditionalOnWebApplication
class PageModelAdvice {

    private final SecurityProperties security;

    PageModelAdvice(SecurityProperties security) {
        this.security = security;
    }

    @ModelAttribute("currentUser")
    String currentUser(Authentication auth) {
        return auth == null ? "" : auth.getName();
    }

    /** The batch dashboard link, for the roles the dashboard admits. */
    @ModelAttribute("mayViewBatches")
    boolean mayViewBatches(Authentication auth) {
        return auth != null && (CurrentUser.hasRole(auth, Roles.BACKOFFICE) || CurrentUser.hasRole(auth, Roles.ADMIN));
    }

    @ModelAttribute("oidcEnabled")
    boolean oidcEnabled() {
        return security.oidc().enabled();
    }
}
