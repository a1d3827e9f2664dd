package de.kommune.intake.pipeline.delivery;

import java.time.Duration;

/** What one pass of the delivery stage achieved. */
public sealed interface DeliveryAttempt {

    /** The document has its final status (filed, or review because its target refused it). */
    record Finished() implements DeliveryAttempt {
    }

    /** The target is unavailable: offer the document again, not before {@code after} (may be zero). */
    record RetryLater(String reason, Duration after) implements DeliveryAttempt {
    }
}
