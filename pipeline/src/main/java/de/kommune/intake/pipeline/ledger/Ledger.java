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

    /**
     * Hands the content claim of a rejected input to its re-run, so the duplicate check does not reject the new
     * attempt for the old one's content. Does nothing unless {@code fromInputId} holds the claim.
     */
    void transferClaim(String sha256, String fromInputId, String toInputId);

    void saveInput(InputRecord record);

    Optional<InputRecord> input(String inputId);

    /** Applies the change under a lock and stores the result. */
    InputRecord updateInput(String inputId, UnaryOperator<InputRecord> change);

    void saveDocument(DocumentRecord record);

    Optional<DocumentRecord> document(String documentId);

    DocumentRecord updateDocument(String documentId, UnaryOperator<DocumentRecord> change);

    List<InputRecord> inputs();
}
