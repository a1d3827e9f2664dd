package de.kommune.intake.pipeline.ledger;

import de.kommune.intake.pipeline.model.Outcome;

import java.time.Instant;

/** One step in the life of an input or document. {@code detail} never holds document content. */
public record HistoryEntry(Instant at, Outcome status, String stage, String detail) {
}
