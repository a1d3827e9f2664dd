package de.kommune.intake.pipeline.delivery;

import de.kommune.intake.classify.ExtractedField;
import de.kommune.intake.connector.spi.DeliveryResult;
import de.kommune.intake.connector.spi.FieldValue;
import de.kommune.intake.connector.spi.FiledDocument;
import de.kommune.intake.pipeline.analyze.DocumentPages;
import de.kommune.intake.pipeline.intake.MediaTypeDetector;
import de.kommune.intake.pipeline.ledger.Ledger;
import de.kommune.intake.pipeline.model.AnalyzedDocument;
import de.kommune.intake.pipeline.model.DocumentTicket;
import de.kommune.intake.pipeline.model.Outcome;
import de.kommune.intake.pipeline.model.PageResult;
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
import java.util.stream.Collectors;

/**
 * Last stage: renders the searchable PDF, the text and the index record, and hands them to the connector of the
 * routed target. The document id is the idempotency key, so a redelivery after a crash replaces, never doubles.
 */
public final class DeliveryStage {

    public static final String DELIVERY_REJECTED = "DELIVERY_REJECTED";

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

    public DeliveryStage(ContentStore store, Ledger ledger, DocumentPages pages, ConnectorRegistry connectors,
                         InputCompletion completion, ObjectMapper json, String language, String engineName,
                         MeterRegistry meters) {
        this.store = store;
        this.ledger = ledger;
        this.pages = pages;
        this.connectors = connectors;
        this.completion = completion;
        this.json = json;
        this.language = language;
        this.engineName = engineName;
        this.meters = meters;
    }

    public void process(AnalyzedDocument doc) throws IOException {
        DocumentTicket ticket = doc.ticket();
        if (ledger.document(ticket.documentId()).map(d -> d.status().terminal()).orElse(true)) {
            return;
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
        String indexJson = json.writerWithDefaultPrettyPrinter()
                .writeValueAsString(IndexRecord.of(doc, results.size(), language, engineName));

        DeliveryResult result = connectors.target(doc.target()).deliver(new FiledDocument(ticket.documentId(),
                ticket.documentId(), doc.analysis().documentType(), fieldValues(doc), doc.caseKey(), doc.target(),
                doc.reviewRequired(), doc.reviewReasons(), ticket.input().fileName(), ticket.input().receivedAt(),
                new StoredContent(store, pdfKey, "application/pdf"), new StoredContent(store, textKey, "text/plain"),
                new StoredContent(store, StoreKeys.original(ticket.input().inputId()), ticket.input().mediaType()),
                indexJson));

        if (result instanceof DeliveryResult.RetryLater retry) {
            throw new DeliveryRetryException("target '" + doc.target() + "' asks to retry: " + retry.reason());
        }
        List<String> reasons = new ArrayList<>(doc.reviewReasons());
        String deliveredTo = null;
        if (result instanceof DeliveryResult.Rejected) {
            reasons.add(DELIVERY_REJECTED);
        } else if (result instanceof DeliveryResult.Delivered delivered) {
            deliveredTo = doc.target() + ":" + delivered.targetId();
        }
        Outcome outcome = reasons.isEmpty() ? Outcome.FILED : Outcome.REVIEW;
        String target = deliveredTo;
        ledger.updateDocument(ticket.documentId(),
                d -> d.finished(outcome, doc.analysis().documentType(), reasons, target, "deliver"));
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
