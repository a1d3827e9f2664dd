package de.kommune.intake.pipeline.retention;

/**
 * A delivery still under way that the ledger status alone does not show. Broker retries and dead letters keep a
 * document in {@code PROCESSING} or {@code REVIEW}, but an approval's outbox row can outlive the delivery it
 * caused (a send whose delete was lost is repeated), and that repeat may still read the working copies.
 */
@FunctionalInterface
public interface PendingDeliveries {

    /** Without an outbox (no serve-mode database): nothing beyond the ledger status. */
    PendingDeliveries NONE = documentId -> false;

    boolean pending(String documentId);
}
