package de.kommune.intake.pipeline.review;

/** A decision that cannot be taken: the task is missing, already decided, or the input is invalid. */
public class ReviewDecisionException extends RuntimeException {

    public enum Kind { NOT_FOUND, ALREADY_DECIDED, INVALID }

    private final Kind kind;

    public ReviewDecisionException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
