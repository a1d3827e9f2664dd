package de.kommune.intake.pipeline.routes;

import de.kommune.intake.pipeline.delivery.DeliveryAttempt;
import de.kommune.intake.pipeline.delivery.DeliveryRetryPolicy;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;

/**
 * The deliver route's one processor: runs the delivery stage and, when the target is unavailable, decides with
 * the {@link DeliveryRetryPolicy} whether the message goes back to the deliver queue as a scheduled message
 * (Artemis delivers it at the given time; the journal keeps it across restarts) or to the dead-letter queue with
 * the reason. Both happen in the route's JMS transaction, so the document is never in neither queue nor in both.
 */
public final class DeliveryStep implements Processor {

    /** Retries scheduled so far for this document. */
    public static final String RETRIES = "intakeDeliveryRetries";
    /** Epoch millis of the first attempt. */
    public static final String FIRST_ATTEMPT = "intakeFirstDeliveryAt";
    /** Queue the route forwards the message to; absent when the document is finished. */
    public static final String NEXT = "intakeNext";
    public static final String DEAD_REASON = "intakeReason";
    public static final String DEAD_STAGE = "intakeStage";
    public static final String DEAD_AT = "intakeDeadLetteredAt";
    /** Artemis' scheduled-delivery property (Message.HDR_SCHEDULED_DELIVERY_TIME). */
    static final String SCHEDULED_DELIVERY = "_AMQ_SCHED_DELIVERY";

    private static final Logger log = LoggerFactory.getLogger(DeliveryStep.class);

    private final StageEndpoints stages;
    private final DeliveryRetryPolicy policy;
    private final Clock clock;

    public DeliveryStep(StageEndpoints stages, DeliveryRetryPolicy policy, Clock clock) {
        this.stages = stages;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        String body = in.getBody(String.class);
        int retries = in.getHeader(RETRIES, 0, Integer.class);
        Instant now = clock.instant();
        Instant first = Instant.ofEpochMilli(in.getHeader(FIRST_ATTEMPT, now.toEpochMilli(), Long.class));
        DeliveryAttempt attempt = stages.deliver(body);
        in.removeHeaders("*");
        if (!(attempt instanceof DeliveryAttempt.RetryLater retry)) {
            return;
        }
        DeliveryRetryPolicy.Decision decision = policy.next(retries, first, now, retry.after());
        String documentId = stages.documentId(body); // only for the log line of this rare path
        if (decision instanceof DeliveryRetryPolicy.Decision.RetryAt at) {
            log.warn("Document {}: target unavailable ({}), retry {} at {}", documentId, retry.reason(), retries + 1,
                    at.at());
            in.setHeader(RETRIES, retries + 1);
            in.setHeader(FIRST_ATTEMPT, first.toEpochMilli());
            in.setHeader(SCHEDULED_DELIVERY, at.at().toEpochMilli());
            in.setHeader(NEXT, Queues.DELIVER);
        } else {
            log.error("Document {}: target unavailable since {} ({}); moved to {} for replay", documentId, first,
                    retry.reason(), Queues.DEAD_LETTER);
            stages.deadLettered(body);
            in.setHeader(RETRIES, retries);
            in.setHeader(FIRST_ATTEMPT, first.toEpochMilli());
            in.setHeader(DEAD_STAGE, "deliver");
            in.setHeader(DEAD_REASON, retry.reason());
            in.setHeader(DEAD_AT, now.toEpochMilli());
            in.setHeader(NEXT, Queues.DEAD_LETTER);
        }
    }
}
