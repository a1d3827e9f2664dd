package de.kommune.intake.pipeline.web;

import de.kommune.intake.pipeline.audit.AuditLog;
import de.kommune.intake.pipeline.review.RoutedDocuments;
import de.kommune.intake.pipeline.store.ContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;

/** The caseworker inbox: filed documents of the user's team, by case and type; open the PDF, mark done. */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/inbox")
class InboxController {

    private final RoutedDocuments routed;
    private final DocumentAccess access;
    private final ContentStore store;
    private final AuditLog audit;

    InboxController(RoutedDocuments routed, DocumentAccess access, ContentStore store, AuditLog audit) {
        this.routed = routed;
        this.access = access;
        this.store = store;
        this.audit = audit;
    }

    @GetMapping
    String inbox(@RequestParam(required = false) String type, @RequestParam(required = false) String bg,
                 @RequestParam(defaultValue = "open") String state, Authentication auth, Model model) {
        Boolean done = switch (state) {
            case "done" -> Boolean.TRUE;
            case "all" -> null;
            default -> Boolean.FALSE;
        };
        String team = access.teamFilter(auth);
        model.addAttribute("documents", routed.filed(new RoutedDocuments.Filter(team, blankToNull(type),
                blankToNull(bg), done)));
        model.addAttribute("team", team);
        model.addAttribute("type", type);
        model.addAttribute("bg", bg);
        model.addAttribute("state", state);
        return "inbox/list";
    }

    @GetMapping("/{id:[A-Za-z0-9-]+}/document.pdf")
    ResponseEntity<InputStreamResource> pdf(@PathVariable String id, Authentication auth) throws IOException {
        access.inboxDocument(auth, id);
        String key = StoreKeys.documentDir(id) + "/document.pdf";
        if (!store.exists(key)) {
            throw new NotFound();
        }
        audit.record(auth.getName(), AuditLog.Action.DOWNLOAD, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(id + ".pdf").build()
                        .toString())
                .cacheControl(CacheControl.noStore())
                .body(new InputStreamResource(store.open(key)));
    }

    @PostMapping("/{id:[A-Za-z0-9-]+}/done")
    String done(@PathVariable String id, Authentication auth) {
        access.inboxDocument(auth, id);
        routed.markDone(id, auth.getName());
        audit.record(auth.getName(), AuditLog.Action.MARK_DONE, id);
        return "redirect:/inbox";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
