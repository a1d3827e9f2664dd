package de.kommune.intake.connector.spi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A processed document ready for the target system.
 *
 * @param id              the pipeline's document id (stable across retries)
 * @param idempotencyKey  key the connector uses to recognise a redelivery; equal for every attempt of one document
 * @param documentType    taxonomy code, e.g. {@code KONTOAUSZUG}
 * @param fields          extracted fields by taxonomy field code
 * @param caseKey         the Jobcenter case key (BG number) when known, else {@code null}
 * @param target          routing target name, e.g. {@code leistung}
 * @param reviewRequired  whether a person still has to look at the document
 * @param reviewReasons   machine codes such as {@code LOW_TYPE_CONFIDENCE}
 * @param sourceFileName  the input's name relative to its intake root, {@code /}-separated
 * @param receivedAt      when the input was received
 * @param pdf             the searchable PDF/A
 * @param text            the recognised text, UTF-8, pages separated by form feed
 * @param original        the input as received
 * @param indexRecordJson the index record in the contract's JSON form (spec/index-record.md)
 * @since 1.0
 */
public record FiledDocument(
        String id,
        String idempotencyKey,
        String documentType,
        Map<String, FieldValue> fields,
        String caseKey,
        String target,
        boolean reviewRequired,
        List<String> reviewReasons,
        String sourceFileName,
        Instant receivedAt,
        ContentSource pdf,
        ContentSource text,
        ContentSource original,
        String indexRecordJson) {

    public FiledDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(documentType, "documentType");
        fields = Map.copyOf(fields);
        reviewReasons = List.copyOf(reviewReasons);
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(indexRecordJson, "indexRecordJson");
    }
}
