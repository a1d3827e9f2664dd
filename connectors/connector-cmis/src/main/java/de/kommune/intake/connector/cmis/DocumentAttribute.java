package de.kommune.intake.connector.cmis;

import de.kommune.intake.connector.spi.FiledDocument;

import java.util.Arrays;
import java.util.Optional;

/**
 * Values of a {@link FiledDocument} other than its extracted fields that {@code attribute-mapping.<name>} can put
 * into a CMIS property, e.g. {@code attribute-mapping.source-file-name=cmis:description}.
 */
enum DocumentAttribute {

    ID("id"),
    IDEMPOTENCY_KEY("idempotency-key"),
    DOCUMENT_TYPE("document-type"),
    CASE_KEY("case-key"),
    TARGET("target"),
    SOURCE_FILE_NAME("source-file-name"),
    RECEIVED_AT("received-at"),
    REVIEW_REQUIRED("review-required"),
    INDEX_RECORD("index-record");

    private final String key;

    DocumentAttribute(String key) {
        this.key = key;
    }

    /** The name used in the settings key. */
    String key() {
        return key;
    }

    /** The value as text ({@code received-at} as ISO-8601 instant), empty when the document has none. */
    Optional<String> valueOf(FiledDocument document) {
        return Optional.ofNullable(switch (this) {
            case ID -> document.id();
            case IDEMPOTENCY_KEY -> document.idempotencyKey();
            case DOCUMENT_TYPE -> document.documentType();
            case CASE_KEY -> document.caseKey();
            case TARGET -> document.target();
            case SOURCE_FILE_NAME -> document.sourceFileName();
            case RECEIVED_AT -> document.receivedAt() == null ? null : document.receivedAt().toString();
            case REVIEW_REQUIRED -> Boolean.toString(document.reviewRequired());
            case INDEX_RECORD -> document.indexRecordJson();
        });
    }

    static Optional<DocumentAttribute> byKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }
}
