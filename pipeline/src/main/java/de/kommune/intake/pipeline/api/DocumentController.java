package de.kommune.intake.pipeline.api;

import de.kommune.intake.pipeline.batches.BatchUpload;
import de.kommune.intake.pipeline.intake.IntakeService;
import de.kommune.intake.pipeline.ledger.DocumentRecord;
import de.kommune.intake.pipeline.ledger.HistoryEntry;
import de.kommune.intake.pipeline.ledger.InputRecord;
import de.kommune.intake.pipeline.ledger.Ledger;
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
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Upload and status for the citizen portal and integrators: {@code POST /api/v1/documents} (multipart field
 * {@code file}, optional {@code batch}: a label that groups uploads into one batch) returns an id;
 * {@code GET /api/v1/documents/{id}} tells where it stands, with its history.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/v1/documents")
class DocumentController {

    private final IntakeService intake;
    private final Ledger ledger;
    private final BatchUpload batches;

    DocumentController(IntakeService intake, Ledger ledger, BatchUpload batches) {
        this.intake = intake;
        this.ledger = ledger;
        this.batches = batches;
    }

    /** @param batchId the batch named in the upload; {@code null} when none was named */
    record Accepted(String id, String status, String statusUrl, String batchId) {
    }

    record DocumentStatus(String id, String status, String documentType, List<String> reviewReasons,
                          List<Integer> pages, List<HistoryEntry> history) {
    }

    record InputStatus(String id, String fileName, String status, String rejectReason, String rejectMessage,
                       String receivedAt, List<DocumentStatus> documents, List<HistoryEntry> history) {
    }

    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<Accepted> upload(@RequestParam("file") MultipartFile file,
                                    @RequestParam(value = "batch", required = false) String batch,
                                    Authentication auth) throws IOException {
        if (file.isEmpty() && file.getOriginalFilename() == null) {
            throw new IllegalArgumentException("multipart field 'file' is missing");
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "upload" : file.getOriginalFilename();
        // Uploads naming the same batch label (per client) are one batch, e.g. all pages of one application.
        String batchId = batch == null || batch.isBlank() ? null : batches.named(batch, auth.getName());
        InputTicket ticket;
        try (InputStream in = file.getInputStream()) {
            ticket = intake.submit(in, name, "upload", UUID.randomUUID().toString(), batchId);
        }
        String url = "/api/v1/documents/" + ticket.inputId();
        return ResponseEntity.accepted().location(URI.create(url))
                .body(new Accepted(ticket.inputId(), "received", url, batchId));
    }

    @GetMapping("/{id}")
    ResponseEntity<InputStatus> status(@PathVariable String id) {
        if (!id.matches("[A-Za-z0-9-]{1,64}")) {
            return ResponseEntity.notFound().build();
        }
        return ledger.input(id).map(this::toStatus).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private InputStatus toStatus(InputRecord r) {
        List<DocumentStatus> docs = new ArrayList<>();
        if (r.documentIds() != null) {
            for (String docId : r.documentIds()) {
                ledger.document(docId).map(DocumentController::toStatus).ifPresent(docs::add);
            }
        }
        return new InputStatus(r.inputId(), r.fileName(), lower(r.status().name()), r.rejectReason(),
                r.rejectMessage(), r.receivedAt().toString(), docs, r.history());
    }

    private static DocumentStatus toStatus(DocumentRecord d) {
        return new DocumentStatus(d.documentId(), lower(d.status().name()), d.documentType(), d.reviewReasons(),
                d.pages(), d.history());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The upload exceeds the size limit (spring.servlet.multipart.max-file-size).");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
