package de.kommune.intake.pipeline.batches;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BatchProgressTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aRunningBatchCountsPagesPerMinuteUpToNow() {
        BatchProgress p = new BatchProgress(batch(null), 4, 1, 2, 1, 0, 30, START.plusSeconds(100));

        assertThat(p.running()).isTrue();
        assertThat(p.done()).isEqualTo(3);
        assertThat(p.pagesPerMinute(START.plusSeconds(600))).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void aFinishedBatchCountsUpToItsLastStep() {
        BatchProgress p = new BatchProgress(batch(null), 3, 0, 2, 0, 1, 20, START.plusSeconds(120));

        assertThat(p.running()).isFalse();
        assertThat(p.pagesPerMinute(START.plusSeconds(3600))).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void filesStillToArriveKeepTheBatchRunning() {
        BatchProgress p = new BatchProgress(batch(5), 3, 0, 3, 0, 0, 3, START.plusSeconds(60));

        assertThat(p.total()).isEqualTo(5);
        assertThat(p.running()).isTrue();
    }

    @Test
    void noPagesDoneMeansNoRate() {
        BatchProgress p = new BatchProgress(batch(null), 1, 0, 0, 0, 1, 0, START.plusSeconds(5));

        assertThat(p.pagesPerMinute(START.plusSeconds(60))).isNull();
    }

    private static Batch batch(Integer expected) {
        return new Batch("b-1", "Post", "upload", START, "portal", expected);
    }
}
