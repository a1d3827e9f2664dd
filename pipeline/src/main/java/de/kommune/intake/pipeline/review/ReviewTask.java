package de.kommune.intake.pipeline.review;

import de.kommune.intake.pipeline.model.AnalyzedDocument;

import java.time.Instant;
import java.util.List;

/** A document held for review, with the analysis it would have been filed with. */
public record ReviewTask(String documentId, String inputId, Status status, List<String> reasons, String documentType,
                         String team, AnalyzedDocument analyzed, Instant createdAt, Instant decidedAt,
                         String decidedBy, String rejectReason) {

    public enum Status { OPEN, APPROVED, REJECTED }

    public ReviewTask {
        reasons = List.copyOf(reasons);
    }
}
