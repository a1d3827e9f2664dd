package de.kommune.intake.pipeline.ledger;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A ledger passing every call on: tests override one method to show a stage what another process saw. */
public class ForwardingLedger implements Ledger {

    private final Ledger ledger;

    public ForwardingLedger(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public String claimContent(String sha256, String inputId) {
        return ledger.claimContent(sha256, inputId);
    }

    @Override
    public void transferClaim(String sha256, String fromInputId, String toInputId) {
        ledger.transferClaim(sha256, fromInputId, toInputId);
    }

    @Override
    public void saveInput(InputRecord record) {
        ledger.saveInput(record);
    }

    @Override
    public Optional<InputRecord> input(String inputId) {
        return ledger.input(inputId);
    }

    @Override
    public InputRecord updateInput(String inputId, UnaryOperator<InputRecord> change) {
        return ledger.updateInput(inputId, change);
    }

    @Override
    public void saveDocument(DocumentRecord record) {
        ledger.saveDocument(record);
    }

    @Override
    public Optional<DocumentRecord> document(String documentId) {
        return ledger.document(documentId);
    }

    @Override
    public DocumentRecord updateDocument(String documentId, UnaryOperator<DocumentRecord> change) {
        return ledger.updateDocument(documentId, change);
    }

    @Override
    public List<InputRecord> inputs() {
        return ledger.inputs();
    }
}
