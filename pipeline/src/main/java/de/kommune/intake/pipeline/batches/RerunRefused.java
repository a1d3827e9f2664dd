package de.kommune.intake.pipeline.batches;

/** A re-run that must not happen; {@link #kind()} says why (the UI has a text per kind). */
public final class RerunRefused extends RuntimeException {

    public enum Kind {
        /** No such input in this batch. */
        NOT_FOUND,
        /** Only rejected inputs are re-run; the others are on their way or done. */
        NOT_REJECTED,
        /** Its content belongs to another input; running it again would file that content twice. */
        DUPLICATE,
        /** The stored original has 0 bytes; only a new delivery of the file helps. */
        EMPTY,
        /** A document of it was filed, or is held or under way; a re-run would file it a second time. */
        PARTLY_FILED,
        /** There is no stored original (it could not even be read). */
        NO_ORIGINAL,
        /** This attempt was already re-run; the newer attempt is the one to re-run. */
        ALREADY_RERUN
    }

    private final Kind kind;

    public RerunRefused(Kind kind) {
        super("re-run refused: " + kind.name().toLowerCase(java.util.Locale.ROOT));
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
