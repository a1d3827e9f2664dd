package de.kommune.intake.pipeline.routes;

import de.kommune.intake.classify.AnalysisResult;
import de.kommune.intake.pipeline.delivery.DeliveryStage;
import de.kommune.intake.pipeline.intake.Rejections;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.model.AnalyzedDocument;
import de.kommune.intake.pipeline.model.DocumentTicket;
import de.kommune.intake.pipeline.model.InputTicket;
import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.model.RejectReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;

/**
 * Where a message goes after its stage failed on every attempt. Nothing is dropped: an input that cannot be read
 * is rejected with {@code PROCESSING_FAILED} (original copied next to the reason); a document that cannot be
 * analysed is still delivered, untyped and marked for review; if even that fails, its input is rejected.
 * If this handler itself fails, the transaction rolls back and the broker redelivers later.
 */
public final class StageFailures {

    public static final String PROCESSING_FAILED = "PROCESSING_FAILED";
    private static final Logger log = LoggerFactory.getLogger(StageFailures.class);

    private final Rejections rejections;
    private final DeliveryStage delivery;
    private final Ledger ledger;
    private final ObjectMapper json;

    public StageFailures(Rejections rejections, DeliveryStage delivery, Ledger ledger, ObjectMapper json) {
        this.rejections = rejections;
        this.delivery = delivery;
        this.ledger = ledger;
        this.json = json;
    }

    public void failed(String stage, String message, Exception cause) throws Exception {
        // Exception class only: messages of parsers can quote document content.
        String what = cause == null ? "unknown error" : cause.getClass().getSimpleName();
        switch (stage) {
            case "intake", "ocr" -> {
                InputTicket ticket = json.readValue(message, InputTicket.class);
                log.warn("Stage {} failed for input {}: {}", stage, ticket.inputId(), what);
                rejectInput(ticket, stage, what);
            }
            case "analyze" -> {
                DocumentTicket ticket = json.readValue(message, DocumentTicket.class);
                log.warn("Stage {} failed for document {}: {}", stage, ticket.documentId(), what);
                deliverUnclassified(ticket, stage, what);
            }
            default -> {
                AnalyzedDocument doc = json.readValue(message, AnalyzedDocument.class);
                log.warn("Stage {} failed for document {}: {}", stage, doc.ticket().documentId(), what);
                if ("deliver".equals(stage)) {
                    failDocument(doc.ticket(), stage, what);
                } else {
                    deliverUnclassified(doc.ticket(), stage, what);
                }
            }
        }
    }

    private void deliverUnclassified(DocumentTicket ticket, String stage, String what) throws Exception {
        AnalysisResult unknown = new AnalysisResult("SONSTIGES", 0, Map.of(), List.of(PROCESSING_FAILED), "NORMAL");
        AnalyzedDocument doc = new AnalyzedDocument(ticket, unknown, 0, false, List.of(PROCESSING_FAILED),
                "default", null);
        try {
            delivery.process(doc);
        } catch (Exception e) {
            failDocument(ticket, stage, what);
        }
    }

    private void failDocument(DocumentTicket ticket, String stage, String what) throws Exception {
        ledger.updateDocument(ticket.documentId(), d -> d.finished(Outcome.REJECTED, d.documentType(),
                List.of(PROCESSING_FAILED), null, stage));
        rejectInput(ticket.input(), stage, what);
    }

    private void rejectInput(InputTicket ticket, String stage, String what) throws Exception {
        rejections.reject(ticket, RejectReason.PROCESSING_FAILED,
                "Stage '" + stage + "' failed on every attempt (" + what + "). The original is kept here.", stage);
    }
}
