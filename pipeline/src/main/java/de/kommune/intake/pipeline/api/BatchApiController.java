package de.kommune.intake.pipeline.api;

import de.kommune.intake.pipeline.audit.AuditLog;
import de.kommune.intake.pipeline.batches.BatchDashboard;
import de.kommune.intake.pipeline.batches.BatchInput;
import de.kommune.intake.pipeline.batches.BatchProgress;
import de.kommune.intake.pipeline.batches.BatchUpload;
import de.kommune.intake.pipeline.batches.InputRerun;
import de.kommune.intake.pipeline.batches.RerunRefused;
import de.kommune.intake.pipeline.batches.StraightThroughRates;
import de.kommune.intake.pipeline.model.InputTicket;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Batches for integrators and operators: {@code POST /api/v1/batches} (multipart, several {@code files}) takes them
 * in as one batch; list, detail with rejected inputs, and re-run are for operator clients (see the security chain).
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/v1/batches")
class BatchApiController {

    private final BatchUpload upload;
    private final BatchDashboard dashboard;
    private final InputRerun rerun;
    private final AuditLog audit;

    BatchApiController(BatchUpload upload, BatchDashboard dashboard, InputRerun rerun, AuditLog audit) {
        this.upload = upload;
        this.dashboard = dashboard;
        this.rerun = rerun;
        this.audit = audit;
    }

    record AcceptedInput(String id, String fileName, String statusUrl) {
    }

    record AcceptedBatch(String id, String label, List<AcceptedInput> inputs, String statusUrl) {
    }

    record Summary(String id, String label, String channel, Instant createdAt, String createdBy,
                   Integer expectedInputs, int inputs, int done, int total, boolean running, int pages,
                   Double pagesPerMinute, Outcomes outcomes) {
    }

    record Outcomes(int filed, int review, int rejected, int processing) {
    }

    record Input(String id, String fileName, String status, String rejectReason, int pages, Instant receivedAt,
                 String rerunAs, String rerunOf) {
    }

    record Detail(Summary batch, List<Input> inputs) {
    }

    record Overview(List<Summary> batches, StraightThroughRates.Report straightThrough) {
    }

    record Rerun(String id, String rerunOf, String statusUrl) {
    }

    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<AcceptedBatch> upload(@RequestParam(value = "files", required = false) List<MultipartFile> files,
                                         @RequestParam(value = "label", required = false) String label,
                                         Authentication auth) throws IOException {
        List<BatchUpload.Part> parts = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                String name = f.getOriginalFilename() == null || f.getOriginalFilename().isBlank()
                        ? "upload-" + (parts.size() + 1) : f.getOriginalFilename();
                parts.add(new BatchUpload.Part(name, f::getInputStream));
            }
        }
        BatchUpload.Received received = upload.submit(label, parts, auth.getName());
        List<AcceptedInput> inputs = received.inputs().stream().map(BatchApiController::accepted).toList();
        String url = "/api/v1/batches/" + received.batch().id();
        return ResponseEntity.accepted().location(URI.create(url))
                .body(new AcceptedBatch(received.batch().id(), received.batch().label(), inputs, url));
    }

    @GetMapping
    Overview list() {
        BatchDashboard.Overview o = dashboard.overview();
        return new Overview(o.batches().stream().map(p -> summary(p, o.at())).toList(), o.straightThrough());
    }

    @GetMapping("/{id}")
    ResponseEntity<Detail> detail(@PathVariable String id, Authentication auth) {
        if (!id.matches("[A-Za-z0-9-]{1,64}")) {
            return ResponseEntity.notFound().build();
        }
        return dashboard.detail(id).map(d -> {
            audit.record(auth.getName(), AuditLog.Action.VIEW_BATCH, id);
            return ResponseEntity.ok(new Detail(summary(d.progress(), d.at()),
                    d.inputs().stream().map(BatchApiController::input).toList()));
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/{id}/inputs/{inputId}/rerun")
    ResponseEntity<Rerun> rerun(@PathVariable String id, @PathVariable String inputId, Authentication auth) {
        if (!id.matches("[A-Za-z0-9-]{1,64}") || !inputId.matches("[A-Za-z0-9-]{1,64}")) {
            return ResponseEntity.notFound().build();
        }
        String newId = rerun.rerun(id, inputId, auth.getName());
        String url = "/api/v1/documents/" + newId;
        return ResponseEntity.accepted().location(URI.create(url)).body(new Rerun(newId, inputId, url));
    }

    private static AcceptedInput accepted(InputTicket t) {
        return new AcceptedInput(t.inputId(), t.fileName(), "/api/v1/documents/" + t.inputId());
    }

    private static Summary summary(BatchProgress p, Instant now) {
        var b = p.batch();
        return new Summary(b.id(), b.label(), b.channel(), b.createdAt(), b.createdBy(), b.expectedInputs(),
                p.inputs(), p.done(), p.total(), p.running(), p.pages(), p.pagesPerMinute(now),
                new Outcomes(p.filed(), p.review(), p.rejected(), p.processing()));
    }

    private static Input input(BatchInput i) {
        return new Input(i.inputId(), i.fileName(), i.current() ? lower(i.status().name()) : "superseded",
                i.rejectReason(), i.pages(), i.receivedAt(), i.rerunAs(), i.rerunOf());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    @ExceptionHandler(RerunRefused.class)
    ProblemDetail refused(RerunRefused e) {
        HttpStatus status = e.kind() == RerunRefused.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setProperty("refusal", e.kind().name());
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
