package de.kommune.intake.connector.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of one delivery attempt.
 *
 * @since 1.0
 */
public sealed interface DeliveryResult {

    /** Stored in the target; {@code targetId} is the target's own identifier (DMS id, path, URL). */
    record Delivered(String targetId) implements DeliveryResult {
        public Delivered {
            Objects.requireNonNull(targetId, "targetId");
        }
    }

    /** The target refused the document for a reason a person must look at; the document goes to review. */
    record Rejected(String reason) implements DeliveryResult {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The target is unavailable for now; the pipeline retries after at least {@code after}. */
    record RetryLater(String reason, Duration after) implements DeliveryResult {
        public RetryLater {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(after, "after");
        }
    }
}
