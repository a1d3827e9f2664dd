package de.kommune.intake.pipeline.web;

import de.kommune.intake.classify.taxonomy.Taxonomy;
import de.kommune.intake.pipeline.analyze.DocumentPages;
import de.kommune.intake.pipeline.audit.AuditLog;
import de.kommune.intake.pipeline.model.AnalyzedDocument;
import de.kommune.intake.pipeline.model.PageResult;
import de.kommune.intake.pipeline.review.ReviewDecisionException;
import de.kommune.intake.pipeline.review.ReviewService;
import de.kommune.intake.pipeline.review.ReviewTask;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The review station: queue of held documents, one document with pages and form, approve / reject. */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/review")
class ReviewStationController {

    private static final String FIELD_PREFIX = "f_";

    private final ReviewService reviews;
    private final DocumentPages pages;
    private final PagePreview previews;
    private final ReviewForm form;
    private final AuditLog audit;

    ReviewStationController(ReviewService reviews, DocumentPages pages, PagePreview previews, Taxonomy reviewTaxonomy,
                            AuditLog audit) {
        this.reviews = reviews;
        this.pages = pages;
        this.previews = previews;
        this.form = new ReviewForm(reviewTaxonomy);
        this.audit = audit;
    }

    record PageView(int number, String text, String imageUrl) {
    }

    @GetMapping
    String queue(Model model) {
        model.addAttribute("tasks", reviews.openTasks());
        return "review/queue";
    }

    @GetMapping("/{id:[A-Za-z0-9-]+}")
    String document(@PathVariable String id, @RequestParam(required = false) String type, Model model,
                    Authentication auth) throws IOException {
        ReviewTask task = reviews.task(id);
        AnalyzedDocument doc = task.analyzed();
        audit.record(auth.getName(), AuditLog.Action.VIEW, id);
        String selected = type != null && form.knows(type) ? type : doc.analysis().documentType();
        List<PageResult> results = pages.load(doc.ticket());
        List<PageView> views = results.stream().map(p -> new PageView(p.page(), p.text(),
                "/review/" + id + "/pages/" + p.page() + ".png")).toList();
        List<ReviewTask> open = reviews.openTasks();
        int at = indexOf(open, id);
        model.addAttribute("task", task);
        model.addAttribute("pages", views);
        model.addAttribute("types", form.types());
        model.addAttribute("selectedType", selected);
        model.addAttribute("fields", form.fields(selected, doc.analysis().fields()));
        model.addAttribute("previousId", at > 0 ? open.get(at - 1).documentId() : null);
        model.addAttribute("nextId", at >= 0 && at + 1 < open.size() ? open.get(at + 1).documentId() : null);
        return "review/document";
    }

    @GetMapping("/{id:[A-Za-z0-9-]+}/pages/{page:\\d{1,4}}.png")
    ResponseEntity<byte[]> page(@PathVariable String id, @PathVariable int page) throws IOException {
        ReviewTask task = reviews.task(id);
        if (!task.analyzed().ticket().sourcePages().contains(page)) {
            throw new NotFound();
        }
        return previews.png(task.analyzed().ticket(), page)
                .map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.noStore()).body(png))
                .orElseThrow(NotFound::new);
    }

    @PostMapping("/{id:[A-Za-z0-9-]+}/approve")
    String approve(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Authentication auth,
                   RedirectAttributes flash) {
        String next = nextAfter(id);
        Map<String, String> fields = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith(FIELD_PREFIX) && !v.isEmpty()) {
                fields.put(k.substring(FIELD_PREFIX.length()), v.get(0));
            }
        });
        try {
            reviews.approve(id, params.getFirst("documentType"), fields, auth.getName());
        } catch (ReviewDecisionException e) {
            if (e.kind() != ReviewDecisionException.Kind.INVALID) {
                throw e;
            }
            flash.addFlashAttribute("error", "review.error.invalid");
            flash.addFlashAttribute("errorDetail", e.getMessage());
            return "redirect:/review/" + id;
        }
        audit.record(auth.getName(), AuditLog.Action.APPROVE, id);
        flash.addFlashAttribute("notice", "review.approved");
        return next == null ? "redirect:/review" : "redirect:/review/" + next;
    }

    @PostMapping("/{id:[A-Za-z0-9-]+}/reject")
    String reject(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Authentication auth,
                  RedirectAttributes flash) {
        String next = nextAfter(id);
        reviews.reject(id, reason, auth.getName());
        audit.record(auth.getName(), AuditLog.Action.REJECT, id);
        flash.addFlashAttribute("notice", "review.rejected");
        return next == null ? "redirect:/review" : "redirect:/review/" + next;
    }

    @ExceptionHandler(ReviewDecisionException.class)
    String decisionFailed(ReviewDecisionException e, RedirectAttributes flash) {
        if (e.kind() == ReviewDecisionException.Kind.NOT_FOUND) {
            throw new NotFound();
        }
        flash.addFlashAttribute("error", e.kind() == ReviewDecisionException.Kind.ALREADY_DECIDED
                ? "review.error.decided" : "review.error.invalid");
        return "redirect:/review";
    }

    private String nextAfter(String id) {
        List<ReviewTask> open = reviews.openTasks();
        int at = indexOf(open, id);
        return at >= 0 && at + 1 < open.size() ? open.get(at + 1).documentId() : null;
    }

    private static int indexOf(List<ReviewTask> tasks, String id) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).documentId().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
