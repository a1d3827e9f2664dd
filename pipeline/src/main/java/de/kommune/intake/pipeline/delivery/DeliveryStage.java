package de.kommune.intake.pipeline.delivery;

import de.kommune.intake.classify.ExtractedField;
import de.kommune.intake.connector.spi.DeliveryResult;
import de.kommune.intake.connector.spi.DmsConnector;
import de.kommune.intake.connector.spi.FieldValue;
import de.kommune.intake.connector.spi.FiledDocument;
import de.kommune.intake.pipeline.analyze.DocumentPages;
import de.kommune.intake.pipeline.intake.MediaTypeDetector;
import de.kommune.intake.pipeline.ledger.DocumentRecord;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.model.AnalyzedDocument;
import de.kommune.intake.pipeline.model.DocumentTicket;
import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.model.PageResult;
import de.kommune.intake.pipeline.review.ReviewGate;
import de.kommune.intake.pipeline.store.ContentStore;
import de.kommune.intake.pipeline.store.StoreKeys;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Last stage: renders the searchable PDF, the text and the index record, and hands them to the connector of the
 * routed target. The document id is the idempotency key, so a redelivery after a crash replaces, never doubles.
 * Whether and when to try again after an unavailable target is the caller's decision ({@link DeliveryRetryPolicy}).
 */
public final class DeliveryStage {

    public static final String DELIVERY_REJECTED = "DELIVERY_REJECTED";
    public static final String DELIVERY_FAILED = "DELIVERY_FAILED";

    private final ContentStore store;
    private final Ledger ledger;
    private final DocumentPages pages;
    private final ConnectorRegistry connectors;
    private final InputCompletion completion;
    private final SearchablePdfBuilder pdfBuilder = new SearchablePdfBuilder();
    private final ObjectMapper json;
    private final String language;
    private final String engineName;
    private final MeterRegistry meters;
    private final String fallbackTarget;
    private final ReviewGate reviewGate;

    public DeliveryStage(ContentStore store, Ledger ledger, DocumentPages pages, ConnectorRegistry connectors,
                         InputCompletion completion, ObjectMapper json, String language, String engineName,
                         MeterRegistry meters) {
        this(store, ledger, pages, connectors, completion, json, language, engineName, meters, null);
    }

    /** @param fallbackTarget where a document goes that its own target refused, or null for nowhere */
    public DeliveryStage(ContentStore store, Ledger ledger, DocumentPages pages, ConnectorRegistry connectors,
                         InputCompletion completion, ObjectMapper json, String language, String engineName,
                         MeterRegistry meters, String fallbackTarget) {
        this(store, ledger, pages, connectors, completion, json, language, engineName, meters, fallbackTarget,
                ReviewGate.PASS_THROUGH);
    }

    /** @param reviewGate may hold a document needing review instead of delivering it (serve mode) */
    public DeliveryStage(ContentStore store, Ledger ledger, DocumentPages pages, ConnectorRegistry connectors,
                         InputCompletion completion, ObjectMapper json, String language, String engineName,
                         MeterRegistry meters, String fallbackTarget, ReviewGate reviewGate) {
        this.reviewGate = reviewGate;
        this.store = store;
        this.ledger = ledger;
        this.pages = pages;
        this.connectors = connectors;
        this.completion = completion;
        this.json = json;
        this.language = language;
        this.engineName = engineName;
        this.meters = meters;
        this.fallbackTarget = fallbackTarget;
    }

    /**
     * Renders and delivers the document. Returns {@link DeliveryAttempt.RetryLater} when the target is unavailable
     * (it answered {@code RetryLater} or threw, as the connector contract says an exception means); the caller
     * schedules the next attempt. Rendering failures are thrown: they are processing failures, not outages.
     */
    public DeliveryAttempt process(AnalyzedDocument doc) throws IOException {
        DocumentTicket ticket = doc.ticket();
        Optional<DocumentRecord> record = ledger.document(ticket.documentId());
        if (record.map(d -> d.status().terminal()).orElse(true)) {
            // A redelivery after a crash between finishing the document and completing its input: complete it now,
            // or the input (and the batch waiting for it) stays in progress for ever.
            completion.documentFinished(ticket.input().inputId());
            return new DeliveryAttempt.Finished();
        }
        // a dead letter put back: its document still carries the reason its giving up left
        boolean replayed = record.get().reviewReasons().contains(DELIVERY_FAILED);
        if (reviewGate.hold(doc)) {
            return new DeliveryAttempt.Finished();
        }
        List<PageResult> results = pages.load(ticket);
        String dir = StoreKeys.documentDir(ticket.documentId());
        String pdfKey = dir + "/document.pdf";
        String textKey = dir + "/text.txt";
        if (!store.exists(pdfKey)) {
            store.put(pdfKey, renderPdf(doc, results));
        }
        store.put(textKey, results.stream().map(PageResult::text).collect(Collectors.joining("\f"))
                .getBytes(StandardCharsets.UTF_8));

        List<String> reasons = new ArrayList<>(doc.reviewReasons());
        String target = doc.target();
        DeliveryResult result = offer(doc, target, reasons, results, pdfKey, textKey);
        if (result instanceof DeliveryResult.Rejected && fallbackTarget != null && !fallbackTarget.equals(target)) {
            // Refused by its target: store it where a person looks, marked for review, rather than nowhere.
            reasons.add(DELIVERY_REJECTED);
            target = fallbackTarget;
            result = offer(doc, target, reasons, results, pdfKey, textKey);
        }
        if (result instanceof DeliveryResult.RetryLater retry) {
            return new DeliveryAttempt.RetryLater("target '" + target + "': " + retry.reason(), retry.after());
        }
        String deliveredTo = null;
        if (result instanceof DeliveryResult.Rejected) {
            if (!reasons.contains(DELIVERY_REJECTED)) {
                reasons.add(DELIVERY_REJECTED);
            }
            reviewGate.refused(doc, reasons);
        } else if (result instanceof DeliveryResult.Delivered delivered) {
            deliveredTo = target + ":" + delivered.targetId();
            if (replayed) {
                reviewGate.delivered(doc);
            }
        }
        finish(doc, reasons.isEmpty() ? Outcome.FILED : Outcome.REVIEW, reasons, deliveredTo);
        return new DeliveryAttempt.Finished();
    }

    /**
     * The target stayed unavailable for longer than the retry budget: the document is marked for review with
     * {@code DELIVERY_FAILED} (its message waits in the dead-letter queue for a replay), so its input completes;
     * in serve mode the review gate opens its review task with that reason.
     */
    public void deadLettered(AnalyzedDocument doc) {
        if (ledger.document(doc.ticket().documentId()).map(d -> d.status().terminal()).orElse(true)) {
            return;
        }
        List<String> reasons = new ArrayList<>(doc.reviewReasons());
        reasons.add(DELIVERY_FAILED);
        reviewGate.refused(doc, reasons);
        finish(doc, Outcome.REVIEW, reasons, null);
    }

    private DeliveryResult offer(AnalyzedDocument doc, String target, List<String> reasons, List<PageResult> pages,
                                 String pdfKey, String textKey) throws IOException {
        DocumentTicket ticket = doc.ticket();
        AnalyzedDocument shown = new AnalyzedDocument(ticket, doc.analysis(), doc.meanConfidence(), doc.ocrSkipped(),
                reasons, target, doc.caseKey(), doc.team());
        String indexJson = json.writerWithDefaultPrettyPrinter()
                .writeValueAsString(IndexRecord.of(shown, pages, language, engineName));
        FiledDocument filed = new FiledDocument(ticket.documentId(), ticket.documentId(),
                doc.analysis().documentType(), fieldValues(doc), doc.caseKey(), target, !reasons.isEmpty(),
                reasons, ticket.input().fileName(), ticket.input().receivedAt(),
                new StoredContent(store, pdfKey, "application/pdf"), new StoredContent(store, textKey, "text/plain"),
                new StoredContent(store, StoreKeys.original(ticket.input().inputId()), ticket.input().mediaType()),
                indexJson);
        DmsConnector connector = connectors.target(target); // an unknown target is a configuration error: thrown
        try {
            DeliveryResult result = connector.deliver(filed);
            return result != null ? result
                    : new DeliveryResult.RetryLater("connector returned no result", java.time.Duration.ZERO);
        } catch (RuntimeException e) {
            // The connector contract: an exception counts as "retry later". Class name only, never the message.
            return new DeliveryResult.RetryLater(e.getClass().getSimpleName(), java.time.Duration.ZERO);
        }
    }

    private void finish(AnalyzedDocument doc, Outcome outcome, List<String> reasons, String deliveredTo) {
        DocumentTicket ticket = doc.ticket();
        ledger.updateDocument(ticket.documentId(),
                d -> d.finished(outcome, doc.analysis().documentType(), reasons, deliveredTo, "deliver"));
        meters.counter("intake.documents", "outcome", outcome.name().toLowerCase(),
                "type", doc.analysis().documentType()).increment();
        completion.documentFinished(ticket.input().inputId());
    }

    private byte[] renderPdf(AnalyzedDocument doc, List<PageResult> results) throws IOException {
        String inputId = doc.ticket().input().inputId();
        Path originalPdf = MediaTypeDetector.PDF.equals(doc.ticket().input().mediaType())
                ? store.localFile(StoreKeys.original(inputId)) : null;
        return pdfBuilder.build(results, originalPdf, page -> store.read(StoreKeys.pageImage(inputId, page)),
                doc.analysis().documentType());
    }

    private static Map<String, FieldValue> fieldValues(AnalyzedDocument doc) {
        Map<String, FieldValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, ExtractedField> e : doc.analysis().fields().entrySet()) {
            out.put(e.getKey(), new FieldValue(e.getValue().value(), e.getValue().confidence(), e.getValue().page()));
        }
        return out;
    }
}
