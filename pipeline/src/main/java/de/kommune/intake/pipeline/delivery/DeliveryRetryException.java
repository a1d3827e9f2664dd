package de.kommune.intake.pipeline.delivery;

/** The target asked to retry later; the route's redelivery policy backs off and tries again. */
public class DeliveryRetryException extends RuntimeException {

    public DeliveryRetryException(String message) {
        super(message);
    }
}
