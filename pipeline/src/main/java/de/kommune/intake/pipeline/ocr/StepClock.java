package de.kommune.intake.pipeline.ocr;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * CPU time of the steps inside the OCR stage (render, prepare, barcodes, recognise, ...), as timers
 * {@code intake.ocr.step.cpu} tagged by step. CPU time of the calling thread, not wall time: on a machine
 * with more busy threads than cores wall time would count the waiting too, and the point is to see where the
 * processor goes (what {@code bin/intake bench} prints next to the bare Tesseract figure).
 */
final class StepClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final MeterRegistry meters;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final boolean enabled;

    /** A clock that records nothing (stages built without a meter registry, tests). */
    static final StepClock NONE = new StepClock(null);

    StepClock(MeterRegistry meters) {
        this.meters = meters;
        this.enabled = meters != null && THREADS.isCurrentThreadCpuTimeSupported();
    }

    <T> T time(String step, Supplier<T> work) {
        long start = now();
        try {
            return work.get();
        } finally {
            record(step, start);
        }
    }

    long now() {
        return enabled ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    void record(String step, long startNanos) {
        if (enabled) {
            timers.computeIfAbsent(step, s -> Timer.builder("intake.ocr.step.cpu").tag("step", s)
                            .description("CPU time of one step of the OCR stage").register(meters))
                    .record(now() - startNanos, TimeUnit.NANOSECONDS);
        }
    }
}
