package de.kommune.intake.connector.spi;

/**
 * Delivers filed documents to one target system.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #deliver} must be idempotent per {@link FiledDocument#idempotencyKey()}: delivering the same
 *       document again (after a crash or a retry) must not create a second document in the target.</li>
 *   <li>Business outcomes are returned, never thrown: {@link DeliveryResult.Rejected} sends the document to
 *       human review, {@link DeliveryResult.RetryLater} makes the pipeline retry with back-off. An exception
 *       is treated like {@code RetryLater}.</li>
 *   <li>The connector opens the {@link ContentSource}s it needs and closes what it opened.</li>
 *   <li>Instances are called from several threads at once and must be thread-safe.</li>
 * </ul>
 *
 * @since 1.0
 */
public interface DmsConnector extends AutoCloseable {

    DeliveryResult deliver(FiledDocument document);

    /** A cheap reachability probe that returns within a few seconds. */
    HealthStatus check();

    @Override
    default void close() {
    }
}
