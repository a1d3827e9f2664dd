package de.kommune.intake.pipeline.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs the {@link RetentionSweep} on a fixed delay, on one daemon thread, from shortly after start until close. */
public final class RetentionSchedule implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "retention-sweep");
        t.setDaemon(true);
        return t;
    });

    /** @param firstAfter delay of the first pass, so it does not compete with the start for the database */
    public RetentionSchedule(RetentionSweep sweep, Duration firstAfter, Duration interval) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                sweep.sweep();
            } catch (RuntimeException e) {
                // e.g. the database is down: try again next time; an escaping exception would end the schedule
                log.warn("Retention sweep failed ({})", e.getClass().getSimpleName());
            }
        }, firstAfter.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
