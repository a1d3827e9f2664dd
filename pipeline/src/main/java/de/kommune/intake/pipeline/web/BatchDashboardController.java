package de.kommune.intake.pipeline.web;

import de.kommune.intake.classify.taxonomy.Taxonomy;
import de.kommune.intake.classify.taxonomy.TypeDefinition;
import de.kommune.intake.pipeline.audit.AuditLog;
import de.kommune.intake.pipeline.batches.BatchDashboard;
import de.kommune.intake.pipeline.batches.InputRerun;
import de.kommune.intake.pipeline.batches.RerunRefused;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;
import java.util.stream.Collectors;

/** The back office's batch dashboard: batches with progress, straight-through rates, rejected inputs, re-run. */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/batches")
class BatchDashboardController {

    private final BatchDashboard dashboard;
    private final InputRerun rerun;
    private final AuditLog audit;
    private final Map<String, String> typeNames;

    BatchDashboardController(BatchDashboard dashboard, InputRerun rerun, AuditLog audit, Taxonomy reviewTaxonomy) {
        this.dashboard = dashboard;
        this.rerun = rerun;
        this.audit = audit;
        this.typeNames = reviewTaxonomy.types().stream()
                .collect(Collectors.toMap(TypeDefinition::code, TypeDefinition::name, (a, b) -> a));
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("overview", dashboard.overview());
        model.addAttribute("typeNames", typeNames);
        return "batches/list";
    }

    @GetMapping("/{id:[A-Za-z0-9-]{1,64}}")
    String detail(@PathVariable String id, Model model, Authentication auth) {
        BatchDashboard.Detail detail = dashboard.detail(id).orElseThrow(NotFound::new);
        audit.record(auth.getName(), AuditLog.Action.VIEW_BATCH, id);
        model.addAttribute("detail", detail);
        return "batches/detail";
    }

    @PostMapping("/{id:[A-Za-z0-9-]{1,64}}/inputs/{inputId:[A-Za-z0-9-]{1,64}}/rerun")
    String rerun(@PathVariable String id, @PathVariable String inputId, Authentication auth,
                 RedirectAttributes flash) {
        try {
            rerun.rerun(id, inputId, auth.getName());
            flash.addFlashAttribute("notice", "batches.rerun.started");
        } catch (RerunRefused e) {
            if (e.kind() == RerunRefused.Kind.NOT_FOUND) {
                throw new NotFound();
            }
            flash.addFlashAttribute("error", "batches.rerun.refused." + e.kind().name());
        }
        return "redirect:/batches/" + id;
    }
}
