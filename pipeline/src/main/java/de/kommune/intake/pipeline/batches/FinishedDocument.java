package de.kommune.intake.pipeline.batches;

import java.time.Instant;

/**
 * A document that reached an end (filed, held for review, rejected).
 *
 * @param documentType   the type code; {@code null} when it was never classified
 * @param finishedAt     when it first reached an end
 * @param straightThrough filed without ever being held for review
 */
public record FinishedDocument(String documentType, Instant finishedAt, boolean straightThrough) {
}
