package de.kommune.intake.pipeline.review;

import de.kommune.intake.classify.AnalysisResult;
import de.kommune.intake.classify.ExtractedField;
import de.kommune.intake.pipeline.delivery.InputCompletion;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.model.AnalyzedDocument;
import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.routing.RoutingStage;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decisions on held documents. Approve: the corrected document is routed again and its deliver message is written
 * to the {@link DeliveryOutbox} in the decision's transaction, then sent (the held input is reopened so it
 * completes when its documents do). Reject: the document ends rejected with the
 * reviewer's reason stored on the task.
 */
public final class ReviewService {

    private final ReviewTasks tasks;
    private final Corrections corrections;
    private final Ledger ledger;
    private final InputCompletion completion;
    private final RoutingStage routing;
    private final Set<String> knownTypes;
    private final DeliveryOutbox outbox;
    private final ObjectMapper json;
    private final TransactionTemplate tx;
    private final CorrectedValues values;

    public ReviewService(ReviewTasks tasks, Corrections corrections, Ledger ledger, RoutingStage routing,
                         Set<String> knownTypes, CorrectedValues values, DeliveryOutbox outbox, ObjectMapper json,
                         TransactionTemplate tx) {
        this.values = values;
        this.tasks = tasks;
        this.corrections = corrections;
        this.ledger = ledger;
        this.completion = new InputCompletion(ledger);
        this.routing = routing;
        this.knownTypes = knownTypes;
        this.outbox = outbox;
        this.json = json;
        this.tx = tx;
    }

    public List<ReviewTask> openTasks() {
        return tasks.open();
    }

    public ReviewTask task(String documentId) {
        return tasks.find(documentId).orElseThrow(() -> notFound());
    }

    /**
     * @param fields corrected values by field code; blank values remove the field
     * @return the document as it goes to delivery
     */
    public AnalyzedDocument approve(String documentId, String documentType, Map<String, String> fields, String actor) {
        if (documentType == null || !knownTypes.contains(documentType)) {
            throw new ReviewDecisionException(ReviewDecisionException.Kind.INVALID, "unknown document type");
        }
        Map<String, String> checked = values.normalise(fields);
        AnalyzedDocument approved = tx.execute(s -> {
            ReviewTask task = openTask(documentId);
            AnalyzedDocument held = task.analyzed();
            AnalysisResult original = held.analysis();
            AnalysisResult corrected = new AnalysisResult(documentType, 1.0, correctedFields(original, checked),
                    List.of(), original.sensitivity());
            AnalyzedDocument routed = routing.process(new AnalyzedDocument(held.ticket(), corrected,
                    held.meanConfidence(), held.ocrSkipped(), List.of(), held.target(), held.caseKey()));
            tasks.decide(documentId, ReviewTask.Status.APPROVED, actor, null);
            corrections.record(held.ticket(), original, corrected, actor);
            ledger.updateDocument(documentId, d -> d.with(Outcome.PROCESSING, "review", "approved"));
            reopenInput(task.inputId());
            outbox.add(documentId, json.writeValueAsString(routed));
            return routed;
        });
        // Only after the commit: the delivery stage must see the document as no longer held. A broker that
        // refuses now leaves the message in the outbox for its drain.
        outbox.flush(documentId);
        return approved;
    }

    public void reject(String documentId, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new ReviewDecisionException(ReviewDecisionException.Kind.INVALID, "a reason is required");
        }
        tx.executeWithoutResult(s -> {
            ReviewTask task = openTask(documentId);
            tasks.decide(documentId, ReviewTask.Status.REJECTED, actor, reason.strip());
            ledger.updateDocument(documentId, d -> d.finished(Outcome.REJECTED, d.documentType(),
                    List.of(InputCompletion.REJECTED_IN_REVIEW), null, "review"));
            reopenInput(task.inputId());
            // the input waits while any document does, and is rejected when every document was
            completion.documentFinished(task.inputId());
        });
    }

    private ReviewTask openTask(String documentId) {
        ReviewTask task = tasks.lock(documentId).orElseThrow(ReviewService::notFound);
        if (task.status() != ReviewTask.Status.OPEN) {
            throw new ReviewDecisionException(ReviewDecisionException.Kind.ALREADY_DECIDED,
                    "the document was already " + task.status().name().toLowerCase());
        }
        return task;
    }

    /** The input waited on this document; it completes again once all its documents are final. */
    private void reopenInput(String inputId) {
        ledger.updateInput(inputId, r -> r.status() == Outcome.REVIEW ? r.with(Outcome.PROCESSING, "review",
                "reopened") : r);
    }

    private static Map<String, ExtractedField> correctedFields(AnalysisResult original, Map<String, String> values) {
        Map<String, ExtractedField> out = new LinkedHashMap<>();
        values.forEach((code, value) -> {
            ExtractedField before = original.fields().get(code);
            out.put(code, new ExtractedField(value, 1.0, before == null ? 0 : before.page()));
        });
        return out;
    }

    private static ReviewDecisionException notFound() {
        return new ReviewDecisionException(ReviewDecisionException.Kind.NOT_FOUND, "no review task");
    }
}
