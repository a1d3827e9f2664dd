package de.kommune.intake.pipeline.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Drains the {@link DeliveryOutbox} on a fixed delay, on one daemon thread, from start-up until close. */
public final class OutboxDrain implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxDrain.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "delivery-outbox");
        t.setDaemon(true);
        return t;
    });

    public OutboxDrain(DeliveryOutbox outbox, Duration interval) {
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(() -> {
            try {
                int sent = outbox.drain();
                if (sent > 0) {
                    log.info("Delivery outbox: {} waiting message(s) sent", sent);
                }
            } catch (RuntimeException e) {
                // A database outage: try again next time; an escaping exception would end the schedule.
                log.warn("Delivery outbox not drained ({})", e.getClass().getSimpleName());
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
