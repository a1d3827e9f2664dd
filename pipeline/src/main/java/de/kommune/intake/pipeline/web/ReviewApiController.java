package de.kommune.intake.pipeline.web;

import de.kommune.intake.classify.ExtractedField;
import de.kommune.intake.pipeline.audit.AuditLog;
import de.kommune.intake.pipeline.model.AnalyzedDocument;
import de.kommune.intake.pipeline.review.ReviewDecisionException;
import de.kommune.intake.pipeline.review.ReviewService;
import de.kommune.intake.pipeline.review.ReviewTask;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Review decisions for integrators: list open tasks, read one, approve (with corrections) or reject. */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/v1/reviews")
class ReviewApiController {

    private final ReviewService reviews;
    private final AuditLog audit;

    ReviewApiController(ReviewService reviews, AuditLog audit) {
        this.reviews = reviews;
        this.audit = audit;
    }

    record TaskSummary(String documentId, String inputId, String status, String documentType, List<String> reasons,
                       String team, Instant createdAt) {
    }

    record TaskDetail(String documentId, String inputId, String status, String documentType, List<String> reasons,
                      String team, List<Integer> pages, Map<String, String> fields, Instant createdAt,
                      Instant decidedAt, String rejectReason) {
    }

    /** @param fields replaces the extracted fields; omitted = keep them as extracted */
    record Approval(String documentType, Map<String, String> fields) {
    }

    record Rejection(String reason) {
    }

    record Decision(String documentId, String status, String target, String caseKey) {
    }

    @GetMapping
    List<TaskSummary> open() {
        return reviews.openTasks().stream().map(t -> new TaskSummary(t.documentId(), t.inputId(),
                t.status().name().toLowerCase(), t.documentType(), t.reasons(), t.team(), t.createdAt())).toList();
    }

    @GetMapping("/{id:[A-Za-z0-9-]+}")
    TaskDetail task(@PathVariable String id, Authentication auth) {
        ReviewTask t = reviews.task(id);
        audit.record(auth.getName(), AuditLog.Action.VIEW, id);
        return new TaskDetail(t.documentId(), t.inputId(), t.status().name().toLowerCase(), t.documentType(),
                t.reasons(), t.team(), t.analyzed().ticket().sourcePages(),
                values(t.analyzed().analysis().fields()), t.createdAt(), t.decidedAt(), t.rejectReason());
    }

    @PostMapping("/{id:[A-Za-z0-9-]+}/approve")
    ResponseEntity<Decision> approve(@PathVariable String id, @RequestBody Approval body, Authentication auth) {
        Map<String, String> fields = body.fields() != null ? body.fields()
                : values(reviews.task(id).analyzed().analysis().fields());
        AnalyzedDocument approved = reviews.approve(id, body.documentType(), fields, auth.getName());
        audit.record(auth.getName(), AuditLog.Action.APPROVE, id);
        return ResponseEntity.accepted().body(new Decision(id, "approved", approved.target(), approved.caseKey()));
    }

    @PostMapping("/{id:[A-Za-z0-9-]+}/reject")
    Decision reject(@PathVariable String id, @RequestBody Rejection body, Authentication auth) {
        reviews.reject(id, body.reason(), auth.getName());
        audit.record(auth.getName(), AuditLog.Action.REJECT, id);
        return new Decision(id, "rejected", null, null);
    }

    @ExceptionHandler(ReviewDecisionException.class)
    ProblemDetail failed(ReviewDecisionException e) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case ALREADY_DECIDED -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        return ProblemDetail.forStatusAndDetail(status, e.getMessage());
    }

    private static Map<String, String> values(Map<String, ExtractedField> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        new TreeMap<>(fields).forEach((k, v) -> out.put(k, v.value()));
        return out;
    }
}
