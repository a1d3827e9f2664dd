package de.kommune.intake.pipeline.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When to offer a document to its target again after the target asked to retry later, and when to stop.
 * Exponential back-off with a ceiling; a connector's own hint ("retry after 30 s") is a lower bound.
 *
 * @param initialDelay wait before the first retry
 * @param multiplier   growth per further retry (>= 1)
 * @param maxDelay     ceiling of one wait
 * @param giveUpAfter  total time after the first attempt after which the document is dead-lettered
 */
public record DeliveryRetryPolicy(Duration initialDelay, double multiplier, Duration maxDelay, Duration giveUpAfter) {

    public DeliveryRetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
        if (multiplier < 1) {
            throw new IllegalArgumentException("multiplier must be >= 1");
        }
    }

    /** What to do after a failed attempt. */
    public sealed interface Decision {
        /** Offer it again at {@code at}. */
        record RetryAt(Instant at) implements Decision {
        }

        /** Stop: the document goes to the dead-letter queue. */
        record GiveUp() implements Decision {
        }
    }

    /**
     * @param retriesSoFar how many retries have already been scheduled (0 after the first failed attempt)
     * @param firstAttempt when the document was first offered to the target
     * @param hint         the connector's requested minimum wait, or null
     */
    public Decision next(int retriesSoFar, Instant firstAttempt, Instant now, Duration hint) {
        if (!now.isBefore(firstAttempt.plus(giveUpAfter))) {
            return new Decision.GiveUp();
        }
        double factor = Math.pow(multiplier, Math.max(0, retriesSoFar));
        long millis = (long) Math.min(maxDelay.toMillis(), initialDelay.toMillis() * factor);
        if (hint != null && hint.toMillis() > millis) {
            millis = Math.min(hint.toMillis(), Math.max(maxDelay.toMillis(), millis));
        }
        return new Decision.RetryAt(now.plusMillis(Math.max(0, millis)));
    }
}
