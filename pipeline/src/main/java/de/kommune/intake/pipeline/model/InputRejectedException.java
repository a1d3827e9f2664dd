package de.kommune.intake.pipeline.model;

/** A business rejection of an input: it ends in {@code rejected/} with this reason, the batch goes on. */
public class InputRejectedException extends RuntimeException {

    private final RejectReason reason;

    public InputRejectedException(RejectReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
