package de.kommune.intake.pipeline.batches;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a batch stands, counted over its current attempts (an input that was re-run counts once, as its re-run).
 *
 * @param inputs       inputs received so far
 * @param processing   received or in the pipeline
 * @param pages        pages of the inputs that are done (filed, in review or rejected)
 * @param lastActivity the latest step of any of its inputs; {@code null} before the first
 */
public record BatchProgress(Batch batch, int inputs, int processing, int filed, int review, int rejected,
                            int pages, Instant lastActivity) {

    public int done() {
        return filed + review + rejected;
    }

    /** The expected count while files are still arriving, else what arrived. */
    public int total() {
        return batch.expectedInputs() == null ? inputs : Math.max(inputs, batch.expectedInputs());
    }

    public boolean running() {
        return processing > 0 || done() < total();
    }

    /**
     * Pages done per minute since the batch began: up to now while it runs, up to its last step once done.
     *
     * @return {@code null} while no page is done
     */
    public Double pagesPerMinute(Instant now) {
        if (pages == 0) {
            return null;
        }
        Instant end = running() || lastActivity == null ? now : lastActivity;
        long millis = Math.max(Duration.between(batch.createdAt(), end).toMillis(), 1000);
        return pages * 60_000.0 / millis;
    }
}
