package de.kommune.intake.pipeline.web;

import de.kommune.intake.pipeline.audit.AuditLog;
import de.kommune.intake.pipeline.security.ApiClients;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** ADMIN: API clients. A new client's token is shown exactly once. */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/admin/api-clients")
class AdminController {

    private final ApiClients clients;
    private final AuditLog audit;

    AdminController(ApiClients clients, AuditLog audit) {
        this.clients = clients;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("clients", clients.list());
        return "admin/clients";
    }

    @PostMapping
    String create(@RequestParam String name, @RequestParam(defaultValue = "false") boolean operator,
                  Authentication auth, Model model) {
        try {
            model.addAttribute("token", clients.create(name, auth.getName(), operator));
            model.addAttribute("createdName", name);
            audit.record(auth.getName(), AuditLog.Action.CREATE_API_CLIENT, null);
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", "admin.clients.invalid");
        }
        model.addAttribute("clients", clients.list());
        return "admin/clients";
    }

    @PostMapping("/revoke")
    String revoke(@RequestParam String name) {
        clients.revoke(name);
        return "redirect:/admin/api-clients";
    }
}
