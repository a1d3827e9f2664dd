package de.kommune.intake.pipeline.ledger;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The durable record of every input and document: status, history, and the SHA-256 index that recognises
 * duplicates. Shared by all stages and processes that share the data directory.
 */
public interface Ledger {

    /**
     * Records that {@code inputId} owns this content hash.
     *
     * @return the input that owns it: {@code inputId} itself when this is the first time the content was seen
     */
    String claimContent(String sha256, String inputId);

    void saveInput(InputRecord record);

    Optional<InputRecord> input(String inputId);

    /** Applies the change under a lock and stores the result. */
    InputRecord updateInput(String inputId, UnaryOperator<InputRecord> change);

    void saveDocument(DocumentRecord record);

    Optional<DocumentRecord> document(String documentId);

    DocumentRecord updateDocument(String documentId, UnaryOperator<DocumentRecord> change);

    List<InputRecord> inputs();
}
