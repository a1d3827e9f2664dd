package de.kommune.intake.pipeline.ocr;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class StepClockTest {

    /** Spends {@code millis} of this thread's CPU time (not wall time: holds on a loaded machine). */
    private static long busy(long millis) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        long x = 0;
        while (threads.getCurrentThreadCpuTime() < end) {
            x += x * 31 + 7;
        }
        return x;
    }

    @Test
    void eachStepGetsItsOwnTimerOfCpuTime() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        StepClock clock = new StepClock(meters);

        clock.time("recognize", () -> busy(60));
        clock.time("recognize", () -> busy(60));
        long t = clock.now();
        Thread.sleep(80); // waiting costs no CPU
        clock.record("store-image", t);

        Timer recognize = meters.get("intake.ocr.step.cpu").tag("step", "recognize").timer();
        Timer store = meters.get("intake.ocr.step.cpu").tag("step", "store-image").timer();
        assertThat(recognize.count()).isEqualTo(2);
        assertThat(recognize.totalTime(TimeUnit.MILLISECONDS)).isBetween(120.0, 400.0);
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.totalTime(TimeUnit.MILLISECONDS)).isLessThan(40.0);
    }

    @Test
    void theClockWithoutRegistryRecordsNothingAndStillRunsTheStep() {
        assertThat(StepClock.NONE.time("x", () -> "done")).isEqualTo("done");
        assertThat(StepClock.NONE.now()).isZero();
    }
}
