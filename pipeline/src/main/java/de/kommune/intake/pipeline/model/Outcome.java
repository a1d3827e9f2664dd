package de.kommune.intake.pipeline.model;

/** Where a document or input stands. The last three are terminal. */
public enum Outcome {
    RECEIVED, PROCESSING, FILED, REVIEW, REJECTED;

    public boolean terminal() {
        return this == FILED || this == REVIEW || this == REJECTED;
    }
}
